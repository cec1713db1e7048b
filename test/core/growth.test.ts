import { growth, growthAbs, isOrdinaryGrowth, ordinaryGrowth } from "../../src/core/growth";

describe("growth(current, base)", () => {
  it("T01: 120 on a base of 100 is 20%", () => {
    expect(growth(120, 100)).toBeCloseTo(20, 12);
  });
  it.each([
    [148, -46, "扭亏"],
    [0, -46, "扭亏"],
    [-20, -50, "减亏"],
    [-80, -50, "增亏"],
    [-7.7, 255, "由盈转亏"],
    [5, 0, "—"],
  ])("T35–T37: current %p on base %p is %p", (cur, base, word) => {
    expect(growth(cur, base)).toBe(word);
  });
  it("never returns -0", () => {
    expect(Object.is(growth(100, 100), -0)).toBe(false);
  });
});

describe("growthAbs(current, base) — 非标准口径", () => {
  it("T36 abs-mode: base −50, current −80 → −60%; current −20 → +60%", () => {
    expect(growthAbs(-80, -50)).toBeCloseTo(-60, 12);
    expect(growthAbs(-20, -50)).toBeCloseTo(60, 12);
  });
  it("agrees with growth() on a positive base and gives — on a zero base", () => {
    expect(growthAbs(120, 100)).toBeCloseTo(growth(120, 100) as number, 12);
    expect(growthAbs(5, 0)).toBe("—");
    expect(Object.is(growthAbs(-50, -50), -0)).toBe(false);
  });
});

describe("isOrdinaryGrowth / ordinaryGrowth", () => {
  it("is exactly growth() in the ordinary case (base > 0, current ≥ 0)", () => {
    for (const [c, b] of [
      [120, 100],
      [0, 5],
      [1e-300, 3],
      [7, 7],
    ] as const) {
      expect(isOrdinaryGrowth(c, b)).toBe(true);
      expect(ordinaryGrowth(c, b)).toBe(growth(c, b));
    }
    expect(Object.is(ordinaryGrowth(100, 100), -0)).toBe(false);
  });
  it("is not the ordinary case for zero, negative or NaN bases and negative currents", () => {
    for (const [c, b] of [
      [148, -46],
      [-1, 5],
      [5, 0],
      [NaN, 1],
      [1, NaN],
    ] as const) {
      expect(isOrdinaryGrowth(c, b)).toBe(false);
    }
  });
});
