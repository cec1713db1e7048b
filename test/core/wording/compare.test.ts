import { isIndicatorError } from "../../../src/core/errors";
import { compareListWording, compareWording, difference } from "../../../src/core/wording";

describe("compareWording(rate, reference, options)", () => {
  it.each([
    [8.1, 5.9, "全国", "高于全国2.2个百分点"],
    [8.1, 6.4, "全省", "高于全省1.7个百分点"],
    [8.1, -1.1, "去年同期", "高于去年同期9.2个百分点"],
    [8.5, 6.4, "全盟平均", "高于全盟平均2.1个百分点"],
    [4.1, 7.4, "全区", "低于全区3.3个百分点"],
  ])("T17: %p vs %p (%s) → %p", (rate, ref, name, text) => {
    expect(compareWording(rate, ref, { name })).toBe(text);
  });

  it("a gap that rounds to zero is 与…持平 (never 0.0个百分点)", () => {
    expect(compareWording(6.44, 6.4, { name: "全盟平均" })).toBe("与全盟平均持平");
    expect(compareWording(6.36, 6.4, { name: "全盟平均" })).toBe("与全盟平均持平");
  });

  it("computes the gap from unrounded rates and rounds once", () => {
    // shown separately these read 8.1 and 5.9, but the unrounded gap is 2.28 → 2.3
    expect(compareWording(8.14, 5.86, { name: "全国" })).toBe("高于全国2.3个百分点");
    expect(compareWording(6.1, 6.05, { name: "全国" })).toBe("高于全国0.1个百分点");
  });

  it("an empty name reads 平均水平", () => {
    expect(compareWording(5, 3)).toBe("高于平均水平2.0个百分点");
    expect(compareWording(5, 3, { name: "  " })).toBe("高于平均水平2.0个百分点");
  });

  it("2-decimal rates keep 2 decimals (城镇化率 提高0.68个百分点)", () => {
    expect(compareWording(87.56, 86.88, { name: "上年", digits: 2 })).toBe("高于上年0.68个百分点");
  });

  it("English", () => {
    expect(compareWording(8.5, 6.4, { name: "the league average", lang: "en" })).toBe(
      "2.1 percentage points above the league average",
    );
  });

  it("returns #NUM! for non-finite input", () => {
    const r = compareWording(NaN, 1);
    expect(isIndicatorError(r) && r.code).toBe("num");
  });
});

describe("difference(a, b)", () => {
  it("removes subtraction noise at 15 significant digits, as Excel shows it", () => {
    expect(difference(6.1, 6.05)).toBe(0.05);
    expect(difference(8.1, 5.9)).toBe(2.2);
    expect(difference(0.3, 0.1)).toBe(0.2);
    expect(Object.is(difference(5, 5), -0)).toBe(false);
    expect(difference(1e-20, 3e-20)).toBeCloseTo(-2e-20, 30);
  });
});

describe("compareListWording(rate, references) — §2 lists of differences", () => {
  it("T17 朔州: 8.1 vs 全国 5.9 and 全省 6.4 → 分别高于全国、全省2.2个和1.7个百分点", () => {
    expect(
      compareListWording(8.1, [
        { name: "全国", value: 5.9 },
        { name: "全省", value: 6.4 },
      ]),
    ).toBe("分别高于全国、全省2.2个和1.7个百分点");
  });
  it("three or more gaps are joined with 、 (15.1个、7.9个、4.8个、4.1个百分点)", () => {
    expect(
      compareListWording(23.1, [
        { name: "甲", value: 8 },
        { name: "乙", value: 15.2 },
        { name: "丙", value: 18.3 },
        { name: "丁", value: 19 },
      ]),
    ).toBe("分别高于甲、乙、丙、丁15.1个、7.9个、4.8个、4.1个百分点");
  });
  it("all below → 分别低于; mixed or level → one comparison each", () => {
    const refs = [
      { name: "全国", value: 5.9 },
      { name: "全省", value: 6.4 },
    ];
    expect(compareListWording(3, refs)).toBe("分别低于全国、全省2.9个和3.4个百分点");
    expect(compareListWording(6.1, refs)).toBe("高于全国0.2个百分点，低于全省0.3个百分点");
    expect(compareListWording(5.92, refs)).toBe("与全国持平，低于全省0.5个百分点");
  });
  it("one reference is the plain comparison; none is #VALUE!", () => {
    expect(compareListWording(8.5, [{ name: "全盟平均", value: 6.4 }])).toBe("高于全盟平均2.1个百分点");
    const r = compareListWording(8.5, []);
    expect(isIndicatorError(r) && r.key).toBe("emptyInput");
  });
  it("English", () => {
    expect(
      compareListWording(
        8.1,
        [
          { name: "the country", value: 5.9 },
          { name: "the province", value: 6.4 },
        ],
        { lang: "en" },
      ),
    ).toBe("2.2 and 1.7 percentage points above the country and the province respectively");
  });
});
