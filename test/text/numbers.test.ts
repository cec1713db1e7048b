/** The quantity scanner: numerals, magnitudes, units, 余/多, ranges, fractions, 成, ratios, ranks, slots. */
import { scanNumbers, unitAt } from "../../src/text/numbers";

function first(s: string) {
  const spans = scanNumbers(s);
  expect(spans.length).toBeGreaterThan(0);
  const sp = spans[0]!;
  return { ...sp, text: s.slice(sp.start, sp.end) };
}

describe("scanNumbers", () => {
  it.each([
    ["完成35.6亿元，", 35.6, "亿元", "35.6亿元"],
    ["达到1.35亿千瓦", 1.35, "亿千瓦", "1.35亿千瓦"],
    ["突破1.2万亿元", 1.2, "万亿元", "1.2万亿元"],
    ["新增623万千瓦", 623, "万千瓦", "623万千瓦"],
    ["提升3个百分点", 3, "个百分点", "3个百分点"],
    ["增长6.1%", 6.1, "%", "6.1%"],
    ["压缩至34个工作日内", 34, "个工作日", "34个工作日"],
    ["高于市场价1元/斤", 1, "元/斤", "1元/斤"],
    ["就业1,200人", 1200, "人", "1,200人"],
  ])("%s → %d %s", (s, value, unit, text) => {
    const sp = first(s.replace(/^[^\d]*/, ""));
    expect(sp.value).toBe(value);
    expect(sp.unit).toBe(unit);
    expect(sp.text).toBe(text);
  });

  it("reads 余/多 inside numbers as the qualifier", () => {
    expect(first("2800余万元")).toMatchObject({ value: 2800, unit: "万元", inner: "余" });
    expect(first("300多亿元")).toMatchObject({ value: 300, unit: "亿元", inner: "多" });
    expect(first("180余家")).toMatchObject({ value: 180, unit: "家", inner: "余" });
  });

  it("reads Chinese numerals", () => {
    expect(first("一千二百人")).toMatchObject({ value: 1200, unit: "人", chinese: true });
    expect(first("两百万吨")).toMatchObject({ value: 200, unit: "万吨" });
  });

  it("reads ranges with the unit of either end", () => {
    expect(first("1—2家")).toMatchObject({ value: 1, high: 2, unit: "家" });
    expect(first("6%-7%")).toMatchObject({ value: 6, high: 7, unit: "%" });
    expect(first("8-10%")).toMatchObject({ value: 8, high: 10, unit: "%" });
  });

  it("reads fractions and 成 as percents", () => {
    expect(first("三分之一")).toMatchObject({ form: "fraction", value: 33.33 });
    expect(first("1/4")).toMatchObject({ form: "fraction", value: 25 });
    expect(first("七成")).toMatchObject({ form: "cheng", value: 70, unit: "%" });
  });

  it("reads ratios, ranks, 翻番 and bare magnitudes", () => {
    expect(first("47：23：30")).toMatchObject({ form: "structure", parts: [47, 23, 30] });
    expect(first("x：x：x")).toMatchObject({
      form: "structure",
      parts: [null, null, null],
      placeholder: true,
    });
    expect(first("首位")).toMatchObject({ form: "rank", value: 1, unit: "位" });
    expect(first("第一")).toMatchObject({ form: "rank", value: 1, unit: null });
    expect(first("第20位")).toMatchObject({ form: "rank", value: 20, unit: "位" });
    expect(first("第x位")).toMatchObject({ form: "rank", value: null, placeholder: true, unit: "位" });
    expect(first("翻番")).toMatchObject({ form: "double", value: 2 });
    expect(first("翻两番")).toMatchObject({ form: "double", value: 4 });
    expect(scanNumbers("突破万亿元")[0]).toMatchObject({ form: "bare", value: 1, unit: "万亿元" });
    expect(scanNumbers("近万人")[0]).toMatchObject({ form: "bare", value: 1, unit: "万人" });
  });

  it("reads lowercase x as a slot, never uppercase X or x inside a Latin word", () => {
    expect(first("x万元")).toMatchObject({ form: "slot", value: null, unit: "万元", placeholder: true });
    expect(scanNumbers("X县")).toEqual([]);
    expect(scanNumbers("box")).toEqual([]);
    expect(scanNumbers("Sx乌兰察布")).toEqual([]);
  });

  it("marks ordinals and leaves dates without a unit", () => {
    expect(first("第三次")).toMatchObject({ form: "ordinal" });
    const d = first("2022年");
    expect(d.unit).toBeNull();
  });

  it("does not read 个 in 个月 as a unit", () => {
    expect(unitAt("个月", 0)).toBe("");
    expect(unitAt("个百分点", 0)).toBe("个百分点");
  });
});
