import fc from "fast-check";
import { roundHalfAway } from "../../../src/core/round";
import { fillMerges, readNumberCell, roundFast } from "../../../src/core/track/grid";

describe("roundFast", () => {
  it.each([
    [2.15, 1, 2.2],
    [1.45, 1, 1.5],
    [-2.45, 1, -2.5],
    [1.005, 2, 1.01],
    [8.46, 1, 8.5],
    [-0.04, 1, 0],
  ])("roundFast(%p, %p) = %p (T42 cases)", (x, d, want) => {
    expect(roundFast(x, d)).toBe(want);
    expect(Object.is(roundFast(x, d), -0)).toBe(false);
  });

  it("agrees with roundHalfAway everywhere", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        expect(roundFast(x, d)).toBe(roundHalfAway(x, d));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 1, max: 3 }), (n, d) => {
        const x = (n + 0.5) / 10 ** d; // exact halves at the rounding digit
        expect(roundFast(x, d)).toBe(roundHalfAway(x, d));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("readNumberCell", () => {
  it.each([
    [12.5, { kind: "number", value: 12.5 }],
    ["１２．５", { kind: "number", value: 12.5 }],
    ["1,234", { kind: "number", value: 1234 }],
    ["6.1%", { kind: "number", value: 6.1 }],
    ["—", { kind: "dash" }],
    ["-", { kind: "dash" }],
    ["", { kind: "blank" }],
    [null, { kind: "blank" }],
    ["约430", { kind: "text", text: "约430" }],
    [true, { kind: "text", text: "true" }],
    ["#DIV/0!", { kind: "text", text: "#DIV/0!" }],
  ])("%p → %p", (v, want) => expect(readNumberCell(v as never)).toEqual(want));
});

describe("fillMerges", () => {
  it("fills a merged area from its top-left cell without touching the input", () => {
    const grid = Object.freeze([
      Object.freeze(["本年累计", null, null]),
      Object.freeze(["1-2月", "1-3月", "1-4月"]),
    ]);
    const out = fillMerges(grid as never, [{ top: 0, left: 0, rows: 1, cols: 3 }]);
    expect(out[0]).toEqual(["本年累计", "本年累计", "本年累计"]);
    expect(grid[0]).toEqual(["本年累计", null, null]);
  });
});
