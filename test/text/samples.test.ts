/**
 * The three annotated sample reports (../shared/reports, or $IND_REPORTS_DIR): precision and recall on
 * (line, metric, value, unit) and exact-match rates must stay at or above floors set a little below what the
 * engine reaches today (npm run eval:extract prints the figures), so a regression fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate, reportsDir, scoreFile } from "../../scripts/eval-extract";
import type { IndicatorRecord } from "../../src/text/types";

const dir = reportsDir();

describe("sample reports", () => {
  it("are present (set IND_REPORTS_DIR if they live elsewhere)", () => {
    expect(fs.existsSync(dir)).toBe(true);
  });

  let scores: Awaited<ReturnType<typeof evaluate>> = [];
  beforeAll(async () => {
    if (fs.existsSync(dir)) scores = await evaluate(dir);
  });
  const sum = (k: "gold" | "predicted" | "matched" | "indicator" | "kind" | "qualifier" | "scope") =>
    scores.reduce((a, s) => a + s[k], 0);

  it("covers all three reports", () => {
    expect(scores.map((s) => s.file)).toEqual([
      "000_008dee05da16c37c.txt",
      "001_9f860a2bdebb59a8.txt",
      "004_30631a15f41f696c.txt",
    ]);
  });

  it("keeps overall precision ≥ 97% and recall ≥ 97% on (line, metric, value, unit)", () => {
    expect(sum("matched") / sum("predicted")).toBeGreaterThanOrEqual(0.97);
    expect(sum("matched") / sum("gold")).toBeGreaterThanOrEqual(0.97);
  });

  it.each(["000_008dee05da16c37c.txt", "001_9f860a2bdebb59a8.txt", "004_30631a15f41f696c.txt"])(
    "keeps precision and recall ≥ 95%% on %s",
    (file) => {
      const s = scores.find((x) => x.file === file)!;
      expect(s.matched / s.predicted).toBeGreaterThanOrEqual(0.95);
      expect(s.matched / s.gold).toBeGreaterThanOrEqual(0.95);
    },
  );

  it("keeps the exact-match rates of kind, qualifier and scope ≥ 97%, indicator ≥ 90% (the issue's aim)", () => {
    const m = sum("matched");
    expect(sum("kind") / m).toBeGreaterThanOrEqual(0.97);
    expect(sum("qualifier") / m).toBeGreaterThanOrEqual(0.97);
    expect(sum("scope") / m).toBeGreaterThanOrEqual(0.97);
    expect(sum("indicator") / m).toBeGreaterThanOrEqual(0.9);
  });

  it("finds at least 70 of the 74 placeholder records of 004", () => {
    const s = scores.find((x) => x.file === "004_30631a15f41f696c.txt")!;
    expect(s.goldPlaceholders).toBe(74);
    expect(s.matchedPlaceholders).toBeGreaterThanOrEqual(70);
  });

  it("lists the name mismatches of matched records (eval --names)", () => {
    const rec = (indicator: string): IndicatorRecord => ({
      line: 1,
      quote: "9处功能区完成硬化铺装",
      indicator,
      indicator_implicit: false,
      kind: "actual",
      period: null,
      metric: "level",
      value: 9,
      unit: "处",
      qualifier: null,
      scope: null,
    });
    const score = scoreFile("t.txt", [rec("功能区硬化铺装")], [rec("功能区")]);
    expect(score.indicator).toBe(0);
    expect(score.nameDiffs).toEqual([
      { line: 1, gold: "功能区硬化铺装", predicted: "功能区", quote: "9处功能区完成硬化铺装" },
    ]);
    expect(scoreFile("t.txt", [rec("功能区硬化铺装")], [rec("功能区硬化铺装")]).nameDiffs).toEqual([]);
  });
});

/**
 * The second annotated set (test/fixtures/heldout: 11 short real texts, 290 records, annotated blind, see its
 * README). It was blind when first measured; the engine has since been corrected on what it missed there, so
 * it is now a second development set with floors a little below today's figures.
 */
describe("second annotated set (test/fixtures/heldout)", () => {
  const heldout = path.join(__dirname, "../fixtures/heldout");
  let scores: Awaited<ReturnType<typeof evaluate>> = [];
  beforeAll(async () => {
    scores = await evaluate(heldout);
  });
  const sum = (k: "gold" | "predicted" | "matched" | "indicator" | "kind" | "qualifier" | "scope") =>
    scores.reduce((a, s) => a + s[k], 0);

  it("covers its 11 texts", () => {
    expect(scores).toHaveLength(11);
  });

  it("keeps precision and recall ≥ 97% and exact indicator names ≥ 85%", () => {
    expect(sum("matched") / sum("predicted")).toBeGreaterThanOrEqual(0.97);
    expect(sum("matched") / sum("gold")).toBeGreaterThanOrEqual(0.97);
    expect(sum("indicator") / sum("matched")).toBeGreaterThanOrEqual(0.85);
    expect(sum("kind") / sum("matched")).toBeGreaterThanOrEqual(0.93);
  });
});
