import { IndicatorError } from "../../src/core/errors";
import { avgGrowth, chainGrowth } from "../../src/core/avgGrowth";
import { roundHalfAway } from "../../src/core/round";

describe("avgGrowth(rates, periods)", () => {
  it("T08: 2021 +18.3%, 2020 −6.8% → two-year average 5.0%", () => {
    expect(roundHalfAway(avgGrowth(Object.freeze([18.3, -6.8])) as number, 1)).toBe(5.0);
  });
  it("T09 chained: 35.1% and −13.5% → 8.1%", () => {
    expect(roundHalfAway(avgGrowth([35.1, -13.5]) as number, 1)).toBe(8.1);
  });
  it("a single rate over explicit periods is annualised (T07)", () => {
    expect(roundHalfAway(avgGrowth([10.3], 2) as number, 1)).toBe(5.0);
  });
  it("equal rates average to themselves", () => {
    expect(avgGrowth([5, 5, 5]) as number).toBeCloseTo(5, 12);
  });
  it("returns errors", () => {
    expect((avgGrowth([]) as IndicatorError).key).toBe("emptyInput");
    expect((avgGrowth([5, -100]) as IndicatorError).key).toBe("rateTooLow");
    expect((avgGrowth([5], 0) as IndicatorError).key).toBe("outOfRange");
    expect((avgGrowth([NaN]) as IndicatorError).code).toBe("num");
  });
  it("never returns -0", () => {
    expect(Object.is(avgGrowth([0, 0]), -0)).toBe(false);
  });
});

describe("chainGrowth(rates)", () => {
  it("T02: 环比 8.12, 6.42, 5.91, 5.13 → 定基增长 28.11% (发展速度 128.11%)", () => {
    const r = chainGrowth([8.12, 6.42, 5.91, 5.13]) as number;
    expect(Math.abs(r - 28.11)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(r + 100 - 128.11)).toBeLessThanOrEqual(0.01);
  });
  it("is not the sum of the rates", () => {
    expect(chainGrowth([10, 10]) as number).toBeCloseTo(21, 10);
  });
  it("returns errors", () => {
    expect((chainGrowth([]) as IndicatorError).key).toBe("emptyInput");
    expect((chainGrowth([-150]) as IndicatorError).key).toBe("rateTooLow");
  });
});
