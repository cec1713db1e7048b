import { IndicatorError } from "../../src/core/errors";
import { annualize, cagr, cagrCum } from "../../src/core/cagr";
import { roundHalfAway } from "../../src/core/round";

describe("cagr(start, end, years) — 水平法", () => {
  it("T03: +69.7% over 2013–2021 (n = 9) is 6.05% → 6.1", () => {
    const r = cagr(100, 169.7, 9) as number;
    expect(r).toBeCloseTo(6.052, 3);
    expect(roundHalfAway(r, 1)).toBe(6.1);
  });
  it("T04/T06: 水平法 for 100 → 160 over 5 years is 9.86%", () => {
    expect(cagr(100, 160, 5) as number).toBeCloseTo(9.856, 3);
  });
  it("agrees with Excel RRI(n, pv, fv) × 100", () => {
    // RRI(96, 10000, 11000) = 0.0009933 (Microsoft's RRI example)
    expect(cagr(10000, 11000, 96) as number).toBeCloseTo(0.09933, 5);
  });
  it("an end level of 0 is −100%", () => {
    expect(cagr(100, 0, 3)).toBe(-100);
  });
  it.each([
    [0, 100, 5, "negativeLevel"],
    [-5, 100, 5, "negativeLevel"],
    [100, -1, 5, "negativeLevel"],
    [100, 110, 0, "outOfRange"],
    [100, 110, -2, "outOfRange"],
    [NaN, 110, 2, "notFinite"],
    [100, Infinity, 2, "notFinite"],
  ])("cagr(%p, %p, %p) is #NUM! %s", (a, b, n, key) => {
    const r = cagr(a, b, n) as IndicatorError;
    expect(r.code).toBe("num");
    expect(r.key).toBe(key);
  });
  it("never returns -0", () => {
    expect(Object.is(cagr(100, 100, 3), -0)).toBe(false);
  });
});

describe("cagrCum(base, values) — 累计法", () => {
  it.each([
    ["T04", [110, 120, 135, 150, 160], 10.18],
    ["T05", [110, 121, 133.1], 10.0],
    ["T06", [200, 60, 60, 60, 160], 2.58],
  ])("%s: a0 = 100, %p → %p%%", (_id, values, want) => {
    expect(Math.abs((cagrCum(100, Object.freeze(values as number[])) as number) - want)).toBeLessThanOrEqual(
      0.01,
    );
  });
  it("satisfies its defining equation", () => {
    const vals = [110, 120, 135, 150, 160];
    const x = 1 + (cagrCum(100, vals) as number) / 100;
    const lhs = vals.reduce((s, _v, i) => s + Math.pow(x, i + 1), 0);
    expect(lhs).toBeCloseTo(6.75, 10);
  });
  it("n = 1 is the plain growth rate", () => {
    expect(cagrCum(100, [112]) as number).toBeCloseTo(12, 12);
  });
  it("handles a falling series and long series", () => {
    const fall = cagrCum(100, [90, 81, 72.9]) as number;
    expect(fall).toBeCloseTo(-10, 9);
    const long = Array.from({ length: 1000 }, (_v, i) => 100 * Math.pow(1.001, i + 1));
    expect(cagrCum(100, long) as number).toBeCloseTo(0.1, 9);
  });
  it("returns errors for a bad base, empty values and a non-positive sum", () => {
    expect((cagrCum(0, [1]) as IndicatorError).key).toBe("negativeLevel");
    expect((cagrCum(-1, [1]) as IndicatorError).key).toBe("negativeLevel");
    expect((cagrCum(100, []) as IndicatorError).key).toBe("emptyInput");
    expect((cagrCum(100, [-5, 2]) as IndicatorError).key).toBe("noRoot");
    expect((cagrCum(100, [1, NaN]) as IndicatorError).code).toBe("num");
  });
  it("an overflow (Σ/a₀ = Infinity, or Σ = Infinity) is notFinite, not 'Σ/a₀ ≤ 0'", () => {
    const e = cagrCum(1e-300, [1e300, 1e300]) as IndicatorError;
    expect(e.code).toBe("num");
    expect(e.key).toBe("notFinite");
    expect((cagrCum(1, [1.7e308, 1.7e308]) as IndicatorError).key).toBe("notFinite");
  });
  it("tiny and huge magnitudes give the same rate", () => {
    const a = cagrCum(1e-200, [1.1e-200, 1.21e-200]) as number;
    const b = cagrCum(1e200, [1.1e200, 1.21e200]) as number;
    expect(a).toBeCloseTo(10, 9);
    expect(b).toBeCloseTo(10, 9);
  });
});

describe("annualize(total, periods)", () => {
  it.each([
    ["T03", 69.7, 9, 6.1],
    ["T07", 10.3, 2, 5.0],
    ["T09", 16.9, 2, 8.1],
    ["T10", 72.1, 2, 31.2],
    ["T11 社零", 6.4, 2, 3.2],
    ["T11 投资", 3.5, 2, 1.7],
    ["T13 H1", 45.5, 2, 20.6],
    ["T13 Q2", 42.5, 2, 19.4],
  ])("%s: %p%% over %p periods → %p%% at one decimal", (_id, total, n, want) => {
    expect(roundHalfAway(annualize(total, n) as number, 1)).toBe(want);
  });
  it("T12: the rounded 9.1% gives 4.5, the unrounded 9.08% gives the published 4.4", () => {
    expect(roundHalfAway(annualize(9.1, 2) as number, 1)).toBe(4.5);
    expect(roundHalfAway(annualize(9.08, 2) as number, 1)).toBe(4.4);
  });
  it("returns #NUM! for a rate at or below −100% and bad periods", () => {
    expect((annualize(-100, 2) as IndicatorError).key).toBe("rateTooLow");
    expect((annualize(5, 0) as IndicatorError).key).toBe("outOfRange");
    expect((annualize(Infinity, 2) as IndicatorError).code).toBe("num");
  });
});
