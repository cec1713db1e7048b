import {
  checkDraft,
  factsFromSheet,
  factsFromSheets,
  findFacts,
  indicatorMatches,
  normalizePeriod,
  parseHeader,
  periodsMatch,
} from "../../../src/text/check";
import { convertUnit } from "../../../src/text/check/units";

describe("indicator names", () => {
  it.each([
    ["规上工业增加值", "规模以上工业增加值"],
    ["社零", "社会消费品零售总额"],
    ["GDP", "地区生产总值"],
    ["全社会固定资产投资", "固定资产投资"],
    ["全县地区生产总值", "地区生产总值"],
    ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
    ["地区生产总值（亿元）", "地区生产总值"],
  ])("%s ~ %s", (a, b) => expect(indicatorMatches(a, b)).toBe(true));
  it.each([
    ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"],
    ["规模以上工业增加值", "工业增加值"],
    ["上划规模以上工业企业", "规模以上工业企业"],
    ["第一产业增加值", "第二产业增加值"],
    ["民间投资", "固定资产投资"],
  ])("%s ≁ %s", (a, b) => expect(indicatorMatches(a, b)).toBe(false));
});

describe("headers, periods, units", () => {
  it("reads what a column header says", () => {
    expect(parseHeader("2023年1-10月增速(%)")).toMatchObject({
      period: "2023年1-10月",
      metric: "growth",
      unit: "%",
    });
    expect(parseHeader("全盟增速位次")).toMatchObject({ metric: "rank", scope: "全盟", basis: "growth" });
    expect(parseHeader("2024年目标")).toMatchObject({ kind: "target", period: "2024", metric: "level" });
    expect(parseHeader("占全市比重(%)")).toMatchObject({ metric: "share", denominator: "全市" });
    expect(parseHeader("比上年增减(百分点)")).toMatchObject({ metric: "pp_change" });
  });
  it("normalises and matches periods", () => {
    expect(normalizePeriod("1—10月份")).toBe("1-10月");
    expect(normalizePeriod("2022年")).toBe("2022");
    expect(periodsMatch("2022", "2022年1-12月")).toBe(true);
    expect(periodsMatch("2022", "2023")).toBe(false);
    expect(periodsMatch("1-10月", "2023年1-10月")).toBe(true);
    expect(periodsMatch("1-9月", "2023年1-10月")).toBe(false);
  });
  it("converts units of one family only", () => {
    expect(convertUnit(356000, "万元", "亿元")).toBeCloseTo(35.6, 10);
    expect(convertUnit(1007, "亿度", "亿千瓦时")).toBe(1007);
    expect(convertUnit(1, "万吨", "亿元")).toBeNull();
  });
});

describe("facts from sheets", () => {
  const wide = {
    name: "Sheet1",
    values: [
      ["2023年主要指标", null, null, null],
      ["指标", "单位", "1-10月", "增速(%)"],
      ["地区生产总值", "万元", 356123, 6.14],
      ["规上工业增加值", null, null, 8.46],
      ["说明：示例", null, null, null],
    ],
  };
  it("wide layout: one fact per numeric cell, with address, unit and period", () => {
    const f = factsFromSheet(wide);
    expect(f.map((x) => [x.indicator, x.metric, x.value, x.unit, x.period, x.address])).toEqual([
      ["地区生产总值", "level", 356123, "万元", "2023年1-10月", "C3"],
      ["地区生产总值", "growth", 6.14, "%", "2023", "D3"],
      ["规上工业增加值", "growth", 8.46, "%", "2023", "D4"],
    ]);
  });
  it("long layout (指标/时期/口径/数值)", () => {
    const f = factsFromSheet({
      name: "长表",
      top: 2,
      left: 1,
      values: [
        ["指标", "时期", "口径", "数值", "单位"],
        ["地区生产总值", "2023年", "增速", 6.1, "%"],
        ["地区生产总值", "2023年", "总量", 35.6, "亿元"],
      ],
    });
    expect(f.map((x) => [x.metric, x.value, x.period, x.address])).toEqual([
      ["growth", 6.1, "2023", "E4"],
      ["level", 35.6, "2023", "E5"],
    ]);
  });
  it("empty or header-less sheets give no facts", () => {
    expect(factsFromSheet({ name: "空", values: [] })).toEqual([]);
    expect(
      factsFromSheet({
        name: "数",
        values: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toEqual([]);
  });
  it("findFacts respects metric, unit family and scope", () => {
    const f = factsFromSheets([wide]);
    expect(findFacts(f, { indicator: "GDP", metric: "level", unit: "亿元" })).toHaveLength(1);
    expect(findFacts(f, { indicator: "GDP", metric: "level", unit: "万吨" })).toHaveLength(0);
    expect(findFacts(f, { indicator: "规模以上工业增加值", metric: "growth" })).toHaveLength(1);
  });
});

describe("claims against the workbook", () => {
  const facts = factsFromSheets([
    {
      name: "表",
      values: [
        ["指标", "单位", "2023年", "增速(%)", "全盟位次"],
        ["地区生产总值", "万元", 356123, 6.14, 3],
        ["规模以上工业增加值", "亿元", 12.5, -2.34, null],
      ],
    },
  ]);
  const run = (t: string) =>
    checkDraft(t, { facts, period: "2023" })
      .filter((r) => r.kind === "workbook")
      .map((r) => [r.stated, r.status, r.computed]);
  it("agrees within the text's rounding, after unit conversion", () => {
    expect(run("地区生产总值完成35.6亿元，增长6.1%，居全盟第3位。")).toEqual([
      ["35.6亿元", "agree", "35.6亿元"],
      ["6.1%", "agree", "6.1%"],
      ["第3位", "agree", "第3位"],
    ]);
  });
  it("flags a number that differs, with both values", () => {
    expect(run("地区生产总值完成35.7亿元，增长6.2%，居全盟第2位。")).toEqual([
      ["35.7亿元", "disagree", "35.6亿元"],
      ["6.2%", "disagree", "6.1%"],
      ["第2位", "disagree", "第3位"],
    ]);
  });
  it("a decline is compared with its sign (下降2.3% vs −2.34)", () => {
    expect(run("规上工业增加值下降2.3%。")).toEqual([["2.3%", "agree", "-2.3%"]]);
    expect(run("规上工业增加值增长2.3%。")).toEqual([["2.3%", "disagree", "-2.3%"]]);
  });
  it("qualifiers: 以上 / 近 / 左右", () => {
    expect(run("地区生产总值突破35亿元。")).toEqual([["35亿元", "agree", "36亿元"]]);
    expect(run("地区生产总值近36亿元。")).toEqual([["36亿元", "agree", "36亿元"]]);
    expect(run("地区生产总值近40亿元。")).toEqual([["40亿元", "disagree", "36亿元"]]);
    expect(run("地区生产总值近30亿元。")).toEqual([["30亿元", "disagree", "36亿元"]]);
  });
  it("not found: an indicator the workbook does not have", () => {
    expect(run("年末常住人口12.3万人。")).toEqual([["12.3万人", "not_found", null]]);
  });
});

describe("subjects from the Read engine", () => {
  it("分别 pairs resolved by the Read engine are compared with the right rows", () => {
    const facts = factsFromSheets([
      {
        name: "收入",
        values: [
          ["指标", "单位", "2022年"],
          ["城镇常住居民人均可支配收入", "元", 43582],
          ["农村常住居民人均可支配收入", "元", 16338],
        ],
      },
    ]);
    const rs = checkDraft("预计城乡常住居民人均可支配收入分别完成43582元和16338元。", {
      facts,
      period: "2022",
    });
    expect(rs.map((r) => [r.stated, r.status, r.cell?.address])).toEqual([
      ["43582元", "agree", "C2"],
      ["16338元", "agree", "C3"],
    ]);
  });
});
