import { classifyHeader, detectColumns, periodsInMapping } from "../../../src/core/track/detect";
import { readInputs, targetsFromSheet } from "../../../src/core/track/inputs";
import { monthsInLabel, periodLabel } from "../../../src/core/track/periodLabel";
import { sampleSheet } from "./sampleGrid";

describe("monthsInLabel", () => {
  it.each([
    ["1-10月", 10],
    ["1—10月份", 10],
    ["１－９月", 9],
    ["1至6月", 6],
    ["一至十月", 10],
    ["1-2月", 2],
    ["前三季度", 9],
    ["上半年", 6],
    ["一季度", 3],
    ["全年", 12],
    ["1-9月增速(%)", 9],
    ["上年同期/1-10月", 10],
    ["10月", null],
    ["二季度", null],
    ["指标名称", null],
  ])("%s → %p", (label, m) => expect(monthsInLabel(label)).toBe(m));

  it("labels a period as the tracking sheet shows it", () => {
    expect(periodLabel(10)).toBe("1-10月");
    expect(periodLabel(12)).toBe("1-12月");
  });
});

describe("classifyHeader", () => {
  it.each([
    ["指标名称", "name", null],
    ["单位", "unit", null],
    ["2024年目标", "target", null],
    ["预期目标", "target", null],
    ["2023年实绩", "priorFull", null],
    ["上年全年", "priorFull", null],
    ["2023年增速(%)", "ignore", null],
    ["本年累计/1-10月", "current", 10],
    ["本月累计", "current", null],
    ["上年同期/1-9月", "prior", 9],
    ["上年同期", "prior", null],
    ["累计增速(%)（公布数）/1-10月", "growth", 10],
    ["增速(%)", "growth", null],
    ["数据来源", "ignore", null],
  ])("%s → %s", (label, role, months) => expect(classifyHeader(label)).toEqual({ role, months }));
});

describe("detectColumns", () => {
  it("reads a one-row header", () => {
    const d = detectColumns([
      ["全旗主要指标"],
      ["指标名称", "单位", "本期", "上年同期", "增速(%)", "年度目标"],
      ["固定资产投资", "亿元", 30, 27, null, "增长10%左右"],
    ]);
    expect(d.problems).toEqual([]);
    expect(d.mapping?.headerRows).toEqual([1]);
    expect(d.mapping?.firstDataRow).toBe(2);
    expect(d.mapping?.columns.map((c) => c.role)).toEqual([
      "name",
      "unit",
      "current",
      "prior",
      "growth",
      "target",
    ]);
  });

  it("reads the sample's two-row header with merged group cells", async () => {
    const { grid, merges } = await sampleSheet("主要指标");
    const d = detectColumns(grid, merges);
    expect(d.problems).toEqual([]);
    expect(d.mapping?.headerRows).toEqual([2, 3]);
    const roles = d.mapping!.columns.map((c) => c.role);
    expect(roles.slice(0, 5)).toEqual(["name", "unit", "priorFull", "ignore", "target"]);
    expect(roles.filter((r) => r === "current")).toHaveLength(9);
    expect(roles.filter((r) => r === "prior")).toHaveLength(9);
    expect(roles.filter((r) => r === "growth")).toHaveLength(9);
    expect(periodsInMapping(d.mapping!.columns)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("also reads the group labels without merge information (filled to the right)", async () => {
    const { grid } = await sampleSheet("主要指标");
    const d = detectColumns(grid);
    expect(d.mapping?.columns[14]).toMatchObject({ role: "prior", months: 2 });
  });

  it("says what is missing instead of guessing", () => {
    expect(
      detectColumns([
        [1, 2],
        [3, 4],
      ]).problems,
    ).toEqual(["noHeader"]);
    expect(
      detectColumns([
        ["指标", "单位", "备注"],
        ["a", "亿元", ""],
      ]).problems,
    ).toEqual(["noValueColumns"]);
    expect(detectColumns([])).toEqual({ mapping: null, problems: ["noHeader"] });
  });
});

describe("readInputs", () => {
  it("falls back to the latest earlier period for quarterly rows, and reads targets from 年度目标", async () => {
    const { grid, merges } = await sampleSheet("主要指标");
    const mapping = detectColumns(grid, merges).mapping!;
    const targets = targetsFromSheet([
      ["指标", "目标值", "限定词", "方向", "单位"],
      ["社会消费品零售总额", 6, "左右", "增长", "%"],
    ]);
    const inputs = readInputs(grid, mapping, 10, targets);
    const gdp = inputs.find((i) => i.name === "地区生产总值")!;
    expect(gdp.months).toBe(9);
    expect(gdp.growth).toBe(5.8);
    const retail = inputs.find((i) => i.name === "社会消费品零售总额")!;
    expect(retail.targetText).toBe("增长6%左右");
    expect(retail.targetSource).toBe("targetsSheet");
    const invest = inputs.find((i) => i.name === "固定资产投资")!;
    expect(invest).toMatchObject({
      months: 10,
      current: 426.3,
      prior: 376.9,
      priorFull: 412.6,
      targetSource: "column",
    });
  });

  it("builds target text from the 年度目标 columns", () => {
    const t = targetsFromSheet([
      ["指标", "目标值", "限定词", "方向", "单位"],
      ["城镇登记失业率", 5, "以内", "", "%"],
      ["盟级重点项目完成投资", 450, "以上", "", "亿元"],
      ["单位GDP能耗", 3, "以上", "下降", "%"],
    ]);
    expect(t.get("城镇登记失业率")).toBe("5%以内");
    expect(t.get("盟级重点项目完成投资")).toBe("450亿元以上");
    expect(t.get("单位GDP能耗")).toBe("下降3%以上");
  });
});
