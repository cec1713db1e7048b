/** Records as table rows: columns by id or by Chinese/English header, cell formatting. */
import { parseColumns, recordsToRows, DEFAULT_COLUMNS } from "../../src/text/table";
import type { IndicatorRecord } from "../../src/text/types";

const rec = (over: Partial<IndicatorRecord>): IndicatorRecord => ({
  line: 3,
  quote: "地区生产总值增长6%左右",
  indicator: "地区生产总值",
  indicator_implicit: false,
  kind: "target",
  period: "2024",
  metric: "growth",
  value: 6,
  unit: "%",
  qualifier: "左右",
  scope: null,
  ...over,
});

describe("parseColumns", () => {
  it("accepts ids, Chinese and English headers, separated by commas, 、 or spaces", () => {
    expect(parseColumns("indicator,value,unit")).toEqual({ ids: ["indicator", "value", "unit"] });
    expect(parseColumns("指标、数值 单位")).toEqual({ ids: ["indicator", "value", "unit"] });
    expect(parseColumns(["Indicator", "Source clause"])).toEqual({ ids: ["indicator", "quote"] });
  });
  it("names the first unknown column", () => {
    expect(parseColumns("indicator,foo")).toEqual({ unknown: "foo" });
  });
  it("gives the default columns for an empty list", () => {
    expect(parseColumns("")).toEqual({ ids: [...DEFAULT_COLUMNS] });
  });
});

describe("recordsToRows", () => {
  it("writes a header and one row per record in the chosen language", () => {
    const rows = recordsToRows(
      [rec({})],
      ["indicator", "kind", "metric", "value", "unit", "qualifier"],
      "zh",
    );
    expect(rows).toEqual([
      ["指标", "类别", "口径", "数值", "单位", "限定"],
      ["地区生产总值", "目标", "增速", 6, "%", "左右"],
    ]);
    expect(recordsToRows([rec({})], ["kind", "metric"], "en")[1]).toEqual(["target", "growth"]);
  });
  it("prints structures with full-width colons, slots as x, blanks as empty text", () => {
    const rows = recordsToRows(
      [
        rec({ metric: "structure", value: [47, 23, 30], unit: null, qualifier: null }),
        rec({ value: null, placeholder: true }),
        rec({ value: -0 }),
      ],
      ["value", "unit", "scope"],
    );
    expect(rows.slice(1)).toEqual([
      ["47：23：30", "", ""],
      ["x", "%", ""],
      [0, "%", ""],
    ]);
    expect(Object.is(rows[3]![0], -0)).toBe(false);
  });
});
