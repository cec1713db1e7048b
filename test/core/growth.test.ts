import { growth } from "../../src/core/growth";

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
