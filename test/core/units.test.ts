import { IndicatorError } from "../../src/core/errors";
import { convert, lookupUnit, toBaseUnit, unitFamily } from "../../src/core/units";

describe("convert(value, from, to)", () => {
  it.each([
    [35.6, "亿元", "万元", 356000],
    [356000, "万元", "亿元", 35.6],
    [1, "万亿元", "亿元", 10000],
    [2800, "万元", "元", 28000000],
    [1.35, "亿千瓦", "千瓦", 135000000],
    [623, "万千瓦", "亿千瓦", 0.0623],
    [1, "兆瓦", "千瓦", 1000],
    [5, "亿千瓦时", "万千瓦时", 50000],
    [100, "度", "千瓦时", 100],
    [1, "万千瓦时", "度", 10000],
    [100, "公顷", "亩", 1500],
    [1500, "亩", "公顷", 100],
    [3, "万亩", "公顷", 2000],
    [2, "万吨", "吨", 20000],
    [1, "亿吨", "万吨", 10000],
    [2000, "斤", "吨", 1],
    [1, "公斤", "斤", 2],
    [1, "万吨标准煤", "公斤标准煤", 1e7],
    [1, "万吨标准煤", "千克标准煤", 1e7],
    [2500, "公斤标准煤", "吨标准煤", 2.5],
    [0.35, "吨标准煤", "千克标准煤", 350],
    [3.5, "万人", "人", 35000],
    [7, "成", "%", 70],
    [6, "%", "‰", 60],
    [1.2, "万", "", 12000],
  ])("%p %s → %p %s", (v, from, to, want) => {
    const r = convert(v, from, to);
    expect(typeof r).toBe("number");
    expect(r as number).toBeCloseTo(want, 9);
  });
  it("converts powers of ten without binary noise", () => {
    expect(convert(35.6, "亿元", "万元")).toBe(356000);
    expect(convert(356000, "万元", "亿元")).toBe(35.6);
  });
  it("returns #VALUE! naming both units for different families", () => {
    const r = convert(1, "亿元", "万千瓦") as IndicatorError;
    expect(r).toBeInstanceOf(IndicatorError);
    expect(r.code).toBe("value");
    expect(r.key).toBe("unitMismatch");
    expect(r.params).toEqual({ a: "亿元", b: "万千瓦" });
  });
  it("returns #VALUE! for an unknown unit", () => {
    expect((convert(1, "斗", "吨") as IndicatorError).key).toBe("unknownUnit");
    expect((convert(1, "吨", "xyz") as IndicatorError).params).toEqual({ unit: "xyz" });
  });
  it("returns #NUM! for a non-finite value", () => {
    expect((convert(Infinity, "元", "万元") as IndicatorError).code).toBe("num");
    expect((convert(NaN, "元", "万元") as IndicatorError).code).toBe("num");
  });
  it("does not treat 百分点 and % as one family", () => {
    expect((convert(1, "%", "个百分点") as IndicatorError).key).toBe("unitMismatch");
  });
  it("never returns -0", () => {
    expect(Object.is(convert(-0, "万元", "元"), -0)).toBe(false);
  });
});

describe("lookupUnit / unitFamily / toBaseUnit", () => {
  it("resolves prefixed units", () => {
    expect(lookupUnit("万千瓦")).toEqual({ unit: "万千瓦", family: "power", factor: 1e4, base: "千瓦" });
    expect(unitFamily("万千瓦时")).toBe("energy");
    expect(unitFamily("万户")).toBe("count:户");
    expect(unitFamily("xyz")).toBeNull();
  });
  it("normalises full-width and traditional magnitude characters", () => {
    expect(lookupUnit("億元")?.factor).toBe(1e8);
    expect(lookupUnit(" ％ ")?.family).toBe("ratio");
  });
  it("gives the value in the base unit", () => {
    expect(toBaseUnit(2800, "万元")).toEqual({ value: 28000000, unit: "元" });
    expect(toBaseUnit(1, "斗")).toBeNull();
  });
});

describe("units named like Object.prototype members", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "万toString"])(
    "%p is an unknown unit",
    (u) => {
      expect(lookupUnit(u)).toBeNull();
      expect((convert(1, u, "元") as IndicatorError).key).toBe("unknownUnit");
      expect((convert(1, "元", u) as IndicatorError).key).toBe("unknownUnit");
    },
  );
});
