import { IndicatorError } from "../../src/core/errors";
import { onTrack, parseTarget, toTarget, type Target } from "../../src/core/target";

describe("parseTarget(text)", () => {
  it.each([
    ["增长6%左右", 6, "左右", 1, "%", "growth"],
    ["控制在5%以内", 5, "以内", -1, "%", "rate"],
    ["下降3%以内", -3, "以内", 1, "%", "growth"],
    ["突破13亿元", 13, "突破", 1, "亿元", "level"],
    ["15%以上", 15, "以上", 1, "%", "rate"],
    ["增长15%以上", 15, "以上", 1, "%", "growth"],
    ["地区生产总值增长6.5%左右", 6.5, "左右", 1, "%", "growth"],
    ["城镇调查失业率控制在5.5%左右", 5.5, "左右", -1, "%", "rate"],
    ["单位GDP能耗下降3%", -3, null, -1, "%", "growth"],
    ["下降3%以上", -3, "以上", -1, "%", "growth"],
    ["力争突破1000亿元", 1000, "突破", 1, "亿元", "level"],
    ["不低于8%", 8, "不低于", 1, "%", "rate"],
    ["不超过3%", 3, "不超过", -1, "%", "rate"],
    ["提高2个百分点", 2, null, 1, "个百分点", "rate"],
    ["城镇新增就业1100万人以上", 1100, "以上", 1, "万人", "level"],
    ["６％左右", 6, "左右", 1, "%", "rate"],
    ["增长6%左右，力争7%", 6, "左右", 1, "%", "growth"],
    ["突破万亿元", 1, "突破", 1, "万亿元", "level"],
    ["增长6%-7%", 6, null, 1, "%", "growth"], // a range target: its lower bound is what must be reached
    ["增长6%—7%", 6, null, 1, "%", "growth"],
    ["力争达到8%", 8, "达到", 1, "%", "rate"],
  ])("%s → %p %p %p %p %p", (text, value, qualifier, direction, unit, metric) => {
    expect(parseTarget(text)).toEqual({ value, qualifier, direction, unit, metric });
  });
  it.each(["", "目标", "abc", "增长"])("%p is #VALUE! notTarget", (t) => {
    const r = parseTarget(t) as IndicatorError;
    expect(r).toBeInstanceOf(IndicatorError);
    expect(r.key).toBe("notTarget");
  });
  it("reads a number as a plain higher-is-better target", () => {
    expect(toTarget(6)).toEqual({ value: 6, qualifier: null, direction: 1, unit: "", metric: "level" });
    expect((toTarget(NaN) as IndicatorError).code).toBe("num");
  });
});

describe("onTrack(actual, target, options)", () => {
  it.each([
    [6.1, "增长6%左右", {}, "达标"],
    [5.96, "增长6%左右", {}, "达标"], // published 6.0
    [5.8, "增长6%左右", {}, "未达标"],
    [5.8, "增长6%左右", { tolerance: 0.5 }, "基本达标"],
    [5.4, "增长6%左右", { tolerance: 0.5 }, "未达标"],
    [5.8, "增长6%以上", { tolerance: 0.5 }, "未达标"],
    [4.9, "控制在5%以内", {}, "达标"],
    [5.2, "控制在5.5%左右", {}, "达标"],
    [5.6, "控制在5.5%左右", { tolerance: 0.2 }, "基本达标"],
    [5.1, "控制在5%以内", {}, "未达标"],
    [-3.5, "下降3%", {}, "达标"],
    [-2.5, "下降3%", {}, "未达标"],
    // A capped fall: 下降3%以内 is met by any fall up to 3% (or a rise), missed by a larger fall.
    [-1, "下降3%以内", {}, "达标"],
    [-3, "下降3%以内", {}, "达标"],
    [-4, "下降3%以内", {}, "未达标"],
    [-2, "下降不超过3%", {}, "达标"],
    [-4, "下降3%以上", {}, "达标"],
    [-2, "下降3%以上", {}, "未达标"],
    [7.8, 7.5, {}, "达标"],
    [23.1, 8, {}, "达标"],
    [-12.6, 8, {}, "未达标"],
    [7.8, 7.5, { direction: -1 as const }, "未达标"],
  ])("T18-style: actual %p vs %p %p → %s", (actual, target, opts, want) => {
    expect(onTrack(actual, target, opts)).toBe(want);
  });
  it.each([
    [60.2, 50, "快于序时进度"],
    [45, 50, "慢于序时进度"],
    [50.04, 50, "与序时进度持平"],
    [83.3, 83.33333333, "与序时进度持平"],
  ])("with progress: completion %p vs progress %p → %s", (actual, p, want) => {
    expect(onTrack(actual, "", { progress: p })).toBe(want);
  });
  it("returns errors for bad input", () => {
    expect((onTrack(NaN, 6) as IndicatorError).code).toBe("num");
    expect((onTrack(6, "abc") as IndicatorError).key).toBe("notTarget");
    expect((onTrack(6, 6, { tolerance: -1 }) as IndicatorError).key).toBe("outOfRange");
    expect((onTrack(6, 6, { digits: 1.5 }) as IndicatorError).key).toBe("outOfRange");
    expect((onTrack(6, 6, { progress: Infinity }) as IndicatorError).code).toBe("num");
  });
  it("does not mutate a target object", () => {
    const t: Target = Object.freeze({
      value: 6,
      qualifier: "左右",
      direction: 1,
      unit: "%",
      metric: "growth",
    });
    expect(onTrack(6, t)).toBe("达标");
  });
});
