import { IndicatorError } from "../../src/core/errors";
import { parseQuantity, quantityInBase } from "../../src/core/quantity";

describe("parseQuantity(text)", () => {
  it.each([
    ["35.6亿元", 35.6, "亿元", null],
    ["2800余万元", 2800, "万元", "余"],
    ["300多亿元", 300, "亿元", "多"],
    ["1.35亿千瓦", 1.35, "亿千瓦", null],
    ["6%", 6, "%", null],
    ["６％", 6, "%", null],
    ["6%左右", 6, "%", "左右"],
    ["增长6%左右", 6, "%", "左右"],
    ["下降5.4%", -5.4, "%", null],
    ["15%以上", 15, "%", "以上"],
    ["控制在5%以内".slice(3), 5, "%", "以内"],
    ["三分之一", 1 / 3, "", null],
    ["近1/4", 0.25, "", "近"],
    ["七成", 7, "成", null],
    ["百分之六", 6, "%", null],
    ["千分之三", 3, "‰", null],
    ["一千二百", 1200, "", null],
    ["一千二百万元", 1200, "万元", null],
    ["突破万亿元", 1, "万亿元", "突破"],
    ["近万人", 1, "万人", "近"],
    ["623万千瓦", 623, "万千瓦", null],
    ["3.2个百分点", 3.2, "个百分点", null],
    ["43582元", 43582, "元", null],
    ["853家", 853, "家", null],
    ["13.7 %", 13.7, "%", null],
    ["力争8%以上", 8, "%", "以上"],
  ])("%s → %p %p %p", (text, value, unit, qualifier) => {
    const q = parseQuantity(text);
    expect(q).not.toBeInstanceOf(IndicatorError);
    const r = q as { value: number; unit: string; qualifier: string | null };
    expect(r.value).toBeCloseTo(value, 12);
    expect(r.unit).toBe(unit);
    expect(r.qualifier).toBe(qualifier);
  });
  it.each(["", "abc", "6%-7%", "增长", "35.6亿元和"])("%p is #VALUE! notQuantity", (t) => {
    const q = parseQuantity(t) as IndicatorError;
    expect(q).toBeInstanceOf(IndicatorError);
    expect(q.code).toBe("value");
    expect(q.key).toBe("notQuantity");
  });
});

describe("quantityInBase(q)", () => {
  it("converts to the family's base unit", () => {
    expect(quantityInBase({ value: 2800, unit: "万元", qualifier: "余" })).toEqual({
      value: 28000000,
      unit: "元",
    });
    expect(quantityInBase({ value: 7, unit: "成", qualifier: null })).toEqual({ value: 70, unit: "%" });
  });
  it("returns #VALUE! for an unknown unit", () => {
    expect((quantityInBase({ value: 1, unit: "斗", qualifier: null }) as IndicatorError).key).toBe(
      "unknownUnit",
    );
  });
});
