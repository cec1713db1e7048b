import { growth, growthAbs, ordinaryGrowth } from "../../src/core/growth";

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

describe("ordinaryGrowth(current, base)", () => {
  it("is growth() where the base is positive and the current non-negative, NaN elsewhere", () => {
    expect(ordinaryGrowth(120, 100)).toBe(growth(120, 100));
    for (const [c, b] of [
      [148, -46],
      [-1, 5],
      [5, 0],
      [Infinity, 1],
      [1, Infinity],
      [NaN, 1],
    ] as const) {
      expect(Number.isNaN(ordinaryGrowth(c, b))).toBe(true);
    }
    expect(Object.is(ordinaryGrowth(100, 100), -0)).toBe(false);
  });
});
