import { IndicatorError } from "../../src/core/errors";
import { parsePeriod, progress } from "../../src/core/periods";

describe("parsePeriod(label)", () => {
  it.each([
    ["1-10月", 1, 10],
    ["1—10月份", 1, 10],
    ["1——10月", 1, 10],
    ["1至10月", 1, 10],
    ["一至十月", 1, 10],
    ["1～10月", 1, 10],
    ["2024年1-10月", 1, 10],
    ["1-2月", 1, 2],
    ["10月", 10, 10],
    ["10月份", 10, 10],
    ["一季度", 1, 3],
    ["第一季度", 1, 3],
    ["二季度", 4, 6],
    ["4季度", 10, 12],
    ["前三季度", 1, 9],
    ["一至三季度", 1, 9],
    ["上半年", 1, 6],
    ["下半年", 7, 12],
    ["全年", 1, 12],
    ["2023年", 1, 12],
    ["10", 1, 10],
    [10, 1, 10],
    [12, 1, 12],
  ])("%p → %p–%p", (label, from, to) => {
    expect(parsePeriod(label)).toEqual({ from, to });
  });
  it.each(["", "13月", "0", "10-1月", "五季度", "abc", 0, 13, 2.5, -1])(
    "%p is #VALUE! notPeriod",
    (label) => {
      const r = parsePeriod(label) as IndicatorError;
      expect(r).toBeInstanceOf(IndicatorError);
      expect(r.key).toBe("notPeriod");
    },
  );
});

describe("progress(period)", () => {
  it("T24: month 6 → 50.0%, month 10 → 83.3%", () => {
    expect(progress(6)).toBe(50);
    expect(progress(10)).toBeCloseTo(83.333333, 5);
    expect(progress("1-10月")).toBeCloseTo(83.333333, 5);
  });
  it("uses the end month of the period", () => {
    expect(progress("前三季度")).toBe(75);
    expect(progress("二季度")).toBe(50);
    expect(progress({ from: 1, to: 3 })).toBe(25);
  });
  it("passes errors through", () => {
    expect((progress("xx") as IndicatorError).key).toBe("notPeriod");
  });
});
