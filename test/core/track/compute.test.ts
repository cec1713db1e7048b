import { computeTrack, furthestBehind, statusCounts } from "../../../src/core/track/compute";
import type { GridValue, IndicatorInput } from "../../../src/core/track/types";

function input(
  name: string,
  unit: string,
  targetText: string,
  current: GridValue,
  prior: GridValue,
  extra: Partial<IndicatorInput> = {},
): IndicatorInput {
  return {
    row: 0,
    name,
    unit,
    targetText,
    targetSource: targetText ? "column" : null,
    priorFull: null,
    months: 10,
    current,
    prior,
    growth: null,
    cols: { current: 1, prior: 2, growth: null, priorFull: null },
    ...extra,
  };
}

const one = (i: IndicatorInput, months = 10, opts = {}) => computeTrack([i], { months, ...opts })[0]!;

describe("computeTrack: growth and target gaps", () => {
  it("computes growth from levels: T01 (120 vs 100 → 20%)", () => {
    const r = one(input("社会消费品零售总额", "亿元", "增长15%以上", 120, 100));
    expect(r.growth).toBeCloseTo(20, 10);
    expect(r.growthSource).toBe("levels");
    expect(r.gap).toBeCloseTo(5, 10);
    expect(r.gapUnit).toBe("百分点");
    expect(r.status).toBe("达标");
  });

  it("takes the published comparable-price rate over levels (METHODS §1.5)", () => {
    const r = one(input("地区生产总值", "亿元", "增长6%左右", 889.6, 834, { growth: 5.8 }), 9);
    expect(r.growth).toBe(5.8);
    expect(r.growthSource).toBe("published");
  });

  it.each([
    [23.1, 8.0, 15.1, "达标"],
    [-12.6, 8.0, -20.6, "未达标"],
  ])("T18: growth %p against a target of %p → gap %p 百分点 (%s)", (g, t, gap, status) => {
    const r = one(input("规上工业增加值", "亿元", `增长${t}%`, null, null, { growth: g }));
    expect(r.gap).toBeCloseTo(gap, 10);
    expect(r.status).toBe(status);
  });

  it("左右: a shortfall within the tolerance is 基本达标, beyond it 未达标", () => {
    const i = input("地区生产总值", "亿元", "增长6%左右", null, null, { growth: 5.8 });
    expect(one(i).status).toBe("基本达标");
    expect(one(i, 10, { tolerance: 0 }).status).toBe("未达标");
    expect(one({ ...i, targetText: "增长6%以上" }).status).toBe("未达标");
  });

  it("decides at the published precision: 5.96 shows as 6.0 and meets 6%左右", () => {
    expect(one(input("地区生产总值", "亿元", "增长6%左右", null, null, { growth: 5.96 })).status).toBe(
      "达标",
    );
  });

  it("a % row is a rate compared with a lower-is-better target (控制在5%以内)", () => {
    const ok = one(input("城镇登记失业率", "%", "控制在5%以内", 3.8, 3.9));
    expect(ok.growth).toBeNull();
    expect(ok.gap).toBeCloseTo(-1.2, 10);
    expect(ok.status).toBe("达标");
    expect(one(input("城镇登记失业率", "%", "控制在5%以内", 5.2, 3.9)).status).toBe("未达标");
  });

  it("a 百分点 change target on a % row compares the change current − prior (METHODS §1.7, §1.13)", () => {
    const r = one(input("城镇化率", "%", "提高1个百分点", 65.3, 64.8));
    expect(r.gap).toBeCloseTo(-0.5, 10);
    expect(r.gapUnit).toBe("百分点");
    expect(r.status).toBe("未达标");
    const up = one(input("城镇化率", "%", "提高1%以上", 65.3, 64.8));
    expect(up.gap).toBeCloseTo(-0.5, 10);
    expect(up.status).toBe("未达标");
    const met = one(input("城镇化率", "%", "提高0.5个百分点以上", 65.3, 64.8));
    expect(met.status).toBe("达标");
    const fall = one(input("城镇调查失业率", "%", "下降0.2个百分点", 5.0, 5.3));
    expect(fall.gap).toBeCloseTo(-0.1, 10);
    expect(fall.status).toBe("达标");
    // No prior: no change, no verdict.
    const none = one(input("城镇化率", "%", "提高1个百分点", 65.3, null));
    expect(none.gap).toBeNull();
    expect(none.status).toBe("本期无数据");
  });

  it("a bare % target on an amount row is a growth target (15%以上 for investment)", () => {
    const r = one(input("固定资产投资", "亿元", "15%以上", 426.3, 376.9));
    expect(r.target?.kind).toBe("growth");
    expect(r.growth).toBeCloseTo(13.1069, 3);
    expect(r.status).toBe("未达标");
  });
});

describe("computeTrack: level targets against 序时进度", () => {
  it("T25: 737 of 1100 → completion 67.0% (1-6月: schedule 50.0%, T24)", () => {
    const r = one(input("城镇新增就业", "万人", "1100万人以上", 737, 700, { months: 6 }), 6);
    expect(r.completion).toBeCloseTo(67.0, 1);
    expect(r.schedule).toBe(50);
    expect(r.status).toBe("达标");
    expect(r.gap).toBeCloseTo(-363, 10);
    expect(r.gapUnit).toBe("万人");
  });

  it("T24: 1-10月 schedule is 83.3%; converts the target unit (1.4亿吨 on a 万吨 row)", () => {
    const r = one(input("原煤产量", "万吨", "1.4亿吨左右", 11600, 11200));
    expect(r.schedule).toBeCloseTo(83.333, 3);
    expect(r.completion).toBeCloseTo(82.857, 3);
    expect(r.status).toBe("基本达标");
    expect(one(input("原煤产量", "万吨", "1.4亿吨左右", 11000, 11200)).status).toBe("未达标");
  });

  it("growth needed from levels for a level target: (450 − 392.6) / (390 − 334.1) − 1 = 2.7%", () => {
    const r = one(input("盟级重点项目完成投资", "亿元", "450亿元以上", 392.6, 334.1, { priorFull: 390 }));
    expect(r.needed).toBeCloseTo(2.6834, 3);
    expect(r.neededMethod).toBe("levels");
  });
});

describe("computeTrack: growth still needed in the remaining months", () => {
  it("a level target with 上年全年 below 上年同期 gives no growth needed (no prior-year remainder)", () => {
    const r = one(input("固定资产投资", "亿元", "450亿元以上", 430, 600, { priorFull: 500 }));
    expect(r.needed).toBeNull();
    expect(r.neededMethod).toBeNull();
  });

  it("T30: levels — 上年全年 500, target +8%, done 430, 上年1-10月 410 → 22.2%", () => {
    const r = one(input("固定资产投资", "亿元", "增长8%", 430, 410, { priorFull: 500 }));
    expect(r.needed).toBeCloseTo(22.2, 1);
    expect(r.neededMethod).toBe("levels");
  });

  it("T31: rates — target 8%, 1-10月 6.5%, w = 10/12 → 15.5%", () => {
    const r = one(input("规上工业增加值", "亿元", "增长8%", null, null, { growth: 6.5 }));
    expect(r.needed).toBeCloseTo(15.5, 1);
    expect(r.neededMethod).toBe("rates");
  });

  it("never mixes a published comparable-price rate with current-price levels", () => {
    const r = one(input("地区生产总值", "亿元", "增长6%", 889.6, 834, { growth: 5.8, priorFull: 1205.3 }), 9);
    expect(r.neededMethod).toBe("rates");
  });

  it("has no remaining months at 1-12月", () => {
    expect(one(input("固定资产投资", "亿元", "增长8%", 540, 500, { months: 12 }), 12).needed).toBeNull();
  });
});

describe("computeTrack: per-row problems, never a silent wrong number", () => {
  it.each([
    ["上年同期为负", input("利润总额", "亿元", "增长5%", 148, -46), "扭亏"],
    ["上年同期为0", input("固定资产投资", "亿元", "增长5%", 5, 0), "—"],
  ])("%s: no rate, a word instead", (status, i, word) => {
    const r = one(i);
    expect(r.status).toBe(status);
    expect(r.growth).toBeNull();
    expect(r.growthWord).toBe(word);
    expect(r.gap).toBeNull();
  });

  it("非数值: text in a number cell", () => {
    const r = one(input("固定资产投资", "亿元", "增长5%", "约430", 410));
    expect(r.status).toBe("非数值");
    expect(r.growth).toBeNull();
  });

  it("重复指标: every row of a name used twice", () => {
    const rows = computeTrack(
      [input("固定资产投资", "亿元", "增长5%", 430, 410), input("固定资产 投资", "亿元", "增长5%", 1, 1)],
      { months: 10 },
    );
    expect(rows.map((r) => r.status)).toEqual(["重复指标", "重复指标"]);
  });

  it("单位不明: a level target on a row whose unit is unknown", () => {
    expect(one(input("某指标", "xyz", "450亿元以上", 392.6, 334.1)).status).toBe("单位不明");
    expect(one(input("某指标", "", "450亿元以上", 392.6, 334.1)).status).toBe("单位不明");
    expect(one(input("某指标", "万千瓦", "450亿元以上", 392.6, 334.1)).status).toBe("单位不明");
  });

  it("缺少目标 and 目标无法识别 keep the growth", () => {
    const a = one(input("社会消费品零售总额", "亿元", "", 158.3, 150.6));
    expect(a.status).toBe("缺少目标");
    expect(a.growth).toBeCloseTo(5.113, 3);
    expect(one(input("居民收入", "元", "与经济增长基本同步", 36120, 34310)).status).toBe("目标无法识别");
  });

  it("本期无数据: nothing in the period", () => {
    expect(one(input("固定资产投资", "亿元", "增长5%", null, null, { months: null })).status).toBe(
      "本期无数据",
    );
  });

  it("does not mutate its input and never returns -0", () => {
    const i = Object.freeze(input("规上工业增加值", "亿元", "增长0%", null, null, { growth: -0 }));
    const r = one(i);
    expect(Object.is(r.gap, -0)).toBe(false);
    expect(r.gap).toBe(0);
  });
});

describe("summaries", () => {
  it("counts statuses and lists the rows furthest behind, worst first", () => {
    const rows = computeTrack(
      [
        input("固定资产投资", "亿元", "增长15%以上", 426.3, 376.9),
        input("地区生产总值", "亿元", "增长6%左右", null, null, { growth: 5.8 }),
        input("规上工业增加值", "亿元", "增长6.5%左右", null, null, { growth: 7.2 }),
        input("社会消费品零售总额", "亿元", "", 1, 1),
      ],
      { months: 10 },
    );
    expect(statusCounts(rows)).toEqual({ 达标: 1, 基本达标: 1, 未达标: 1, 缺少目标: 1 });
    const behind = furthestBehind(rows);
    expect(behind.map((b) => b.row.name)).toEqual(["固定资产投资", "地区生产总值"]);
    expect(behind[0]!.behind).toBeCloseTo(1.893, 3);
  });
});

describe("lower-is-better targets", () => {
  it("a level target 控制在…以内: using less of the allowance than the schedule is 达标", () => {
    const ok = one(input("能源消费总量", "万吨标准煤", "控制在120万吨标准煤以内", 90, 95));
    expect(ok.target?.direction).toBe(-1);
    expect(ok.completion).toBeCloseTo(75, 10);
    expect(ok.status).toBe("达标");
    expect(one(input("能源消费总量", "万吨标准煤", "控制在120万吨标准煤以内", 110, 95)).status).toBe(
      "未达标",
    );
  });

  it("a decrease target (下降3%以上): met when the growth is −3 or lower", () => {
    const i = (g: number) => input("单位GDP能耗", "吨标准煤/万元", "下降3%以上", null, null, { growth: g });
    expect(one(i(-3.4)).status).toBe("达标");
    expect(one(i(-2.1)).status).toBe("未达标");
    expect(one(i(-2.1)).gap).toBeCloseTo(0.9, 10);
  });
});
