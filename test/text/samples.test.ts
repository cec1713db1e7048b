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
 * Two more annotated sets, each of short real texts annotated blind by another engineer (see their READMEs):
 * test/fixtures/heldout (11 texts, 290 records) and test/fixtures/heldout2 (13 texts, 319 records). Each was
 * blind when first measured (heldout: precision 93.7%, recall 91.7%, names 60.5%; heldout2: 94.9%, 93.1%,
 * 71.4%); the engine has since been corrected on what they showed, so they are development sets now, with
 * floors a little below today's figures.
 */
describe.each([
  ["heldout", 11, { precision: 0.97, recall: 0.97, indicator: 0.85, kind: 0.97 }],
  ["heldout2", 13, { precision: 0.97, recall: 0.95, indicator: 0.77, kind: 0.97 }],
])("annotated set test/fixtures/%s", (name, files, floor) => {
  let scores: Awaited<ReturnType<typeof evaluate>> = [];
  beforeAll(async () => {
    scores = await evaluate(path.join(__dirname, "../fixtures", name));
  });
  const sum = (k: "gold" | "predicted" | "matched" | "indicator" | "kind") =>
    scores.reduce((a, s) => a + s[k], 0);

  it(`covers its ${files} texts`, () => {
    expect(scores).toHaveLength(files);
  });

  it("keeps precision, recall, exact names and kinds at their floors", () => {
    expect(sum("matched") / sum("predicted")).toBeGreaterThanOrEqual(floor.precision);
    expect(sum("matched") / sum("gold")).toBeGreaterThanOrEqual(floor.recall);
    expect(sum("indicator") / sum("matched")).toBeGreaterThanOrEqual(floor.indicator);
    expect(sum("kind") / sum("matched")).toBeGreaterThanOrEqual(floor.kind);
  });
});
