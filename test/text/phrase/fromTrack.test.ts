import { analyzeWorkbook, rankPeers, type GridSheet } from "../../../src/core/track";
import { isIndicatorError } from "../../../src/core/errors";
import { paragraph, rowsFromPeers, rowsFromTrack } from "../../../src/text/phrase";
import { sampleSheet } from "../../core/track/sampleGrid";

let sheets: GridSheet[];
beforeAll(async () => {
  sheets = [];
  for (const name of ["主要指标", "旗县市区"]) {
    const s = await sampleSheet(name);
    sheets.push({ name, grid: s.grid, merges: s.merges });
  }
});

describe("rowsFromTrack (the league's own indicators in the sample workbook)", () => {
  it("gives one row per indicator with period, level, growth, change and target, and phrases them", () => {
    const now = analyzeWorkbook(sheets, { months: 10 });
    const before = analyzeWorkbook(sheets, { months: 9 });
    expect(now.rows.length).toBeGreaterThan(5);
    const rows = rowsFromTrack(now.rows, { region: "全盟", previous: before.rows });
    const byName = new Map(rows.map((r) => [r.indicator, r]));
    const gdp = byName.get("地区生产总值");
    // quarterly: the latest figure at 1-10月 is 1-9月
    expect(gdp?.period).toBe("1-9月");
    const industry = byName.get("规上工业增加值");
    expect(industry?.period).toBe("1-10月");
    expect(typeof industry?.growth).toBe("number");
    expect(industry?.previousLabel).toBe("1-9月");
    expect(industry?.target).toBe(6.5); // 2024 target "增长6.5%左右" in the sample
    const p = paragraph(rows);
    if (isIndicatorError(p)) throw new Error("no paragraph");
    // GDP first, its own period; every sentence ends with 。, and no sentence is empty
    expect(p.text.startsWith("1-9月，全盟地区生产总值")).toBe(true);
    expect(p.sentences.length + p.skipped.length).toBe(rows.length);
    for (const s of p.sentences) expect(s.text.length).toBeGreaterThan(6);
    expect(p.text).toMatch(
      /规上工业增加值同比增长\d+\.\d%，增速比1-9月(加快|回落)\d+\.\d个百分点|规上工业增加值同比增长\d+\.\d%，增速与1-9月持平/,
    );
  });
  it("keeps only the chosen indicators", () => {
    const now = analyzeWorkbook(sheets, { months: 10 });
    const rows = rowsFromTrack(now.rows, { indicators: ["固定资产投资"] });
    expect(rows.map((r) => r.indicator)).toEqual(["固定资产投资"]);
  });
  it("a level target becomes completion and 序时进度; a rate target is compared with the level", () => {
    const now = analyzeWorkbook(sheets, { months: 10 });
    const rows = rowsFromTrack(now.rows);
    const project = rows.find((r) => r.indicator.includes("重点项目"));
    expect(project?.completion).toBeGreaterThan(0);
    expect(project?.progress).toBeCloseTo((10 / 12) * 100, 6);
    const unemployment = rows.find((r) => r.indicator.includes("失业率"));
    if (unemployment && unemployment.level !== undefined) expect(unemployment.targetOn).toBe("level");
  });
});

describe("rowsFromPeers (a region among the 旗县市区)", () => {
  it("T32-style tie at one decimal: 锡林浩特市 and 西乌珠穆沁旗 are 并列第5位 in 规上工业增加值 1-10月", () => {
    const a = analyzeWorkbook(sheets, { months: 10 });
    const peerSheet = a.peerSheet as GridSheet;
    const prev = rankPeers(peerSheet.grid, a.peerTable!, 9);
    const rows = rowsFromPeers(a.peers, "锡林浩特市", { previous: prev });
    const ind = rows.find((r) => r.indicator === "规上工业增加值");
    expect(ind).toMatchObject({
      rank: 5,
      tied: true,
      scope: "全盟",
      period: "1-10月",
      previousLabel: "1-9月",
    });
    const p = paragraph(rows);
    if (isIndicatorError(p)) throw new Error("no paragraph");
    expect(p.text).toContain("并列全盟第5位");
    expect(p.text).toContain("全盟平均");
  });
  it("a region without a rate reads 不计算增速 and is not ranked", () => {
    const a = analyzeWorkbook(sheets, { months: 10 });
    const rows = rowsFromPeers(a.peers, "乌拉盖管理区");
    const inv = rows.find((r) => r.indicator === "固定资产投资");
    expect(inv?.rank).toBeUndefined();
    expect(typeof inv?.growth).toBe("string");
  });
  it("an unknown region gives no rows", () => {
    const a = analyzeWorkbook(sheets, { months: 10 });
    expect(rowsFromPeers(a.peers, "不存在的旗")).toEqual([]);
  });
});

describe("period style", () => {
  it("NBS style 1—10月份 and quarter names", () => {
    const now = analyzeWorkbook(sheets, { months: 10 });
    const before = analyzeWorkbook(sheets, { months: 9 });
    const nbs = rowsFromTrack(now.rows, { previous: before.rows, period: { style: "nbs" } });
    const industry = nbs.find((r) => r.indicator === "规上工业增加值");
    expect(industry?.period).toBe("1—10月份");
    expect(industry?.previousLabel).toBe("1—9月份");
    const named = rowsFromTrack(now.rows, { period: { named: true } });
    expect(named.find((r) => r.indicator === "地区生产总值")?.period).toBe("前三季度");
    expect(named.find((r) => r.indicator === "规上工业增加值")?.period).toBe("1-10月");
  });
});
