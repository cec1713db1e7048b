import fc from "fast-check";
import { formatFixed, roundHalfAway } from "../../src/core/round";

describe("roundHalfAway(x, digits) / formatFixed(x, digits)", () => {
  it.each([
    [2.15, 1, 2.2],
    [1.45, 1, 1.5],
    [-2.45, 1, -2.5],
    [1.005, 2, 1.01],
  ])("T42: %p to %p decimals → %p (四舍五入, as Excel ROUND)", (x, d, want) => {
    expect(roundHalfAway(x, d)).toBe(want);
  });
  it("folds -0 and never prints -0.0", () => {
    expect(Object.is(roundHalfAway(-0.04, 1), -0)).toBe(false);
    expect(formatFixed(-0.04, 1)).toBe("0.0");
    expect(formatFixed(-0, 2)).toBe("0.00");
  });
  it("keeps non-finite values as they are and clamps digits to 0–15", () => {
    expect(roundHalfAway(Infinity, 1)).toBe(Infinity);
    expect(Number.isNaN(roundHalfAway(NaN, 1))).toBe(true);
    expect(roundHalfAway(2.5, -3)).toBe(3);
    expect(roundHalfAway(1.23456789, 40)).toBe(1.23456789);
  });
  it("handles huge and tiny magnitudes", () => {
    expect(roundHalfAway(1e20 + 0.5, 1)).toBe(1e20);
    expect(roundHalfAway(1e-20, 1)).toBe(0);
    expect(roundHalfAway(123456.789, 2)).toBe(123456.79);
  });
  it("formats the T24 and T19 displays", () => {
    expect(formatFixed((10 / 12) * 100, 1)).toBe("83.3");
    expect(formatFixed((25257 / 108659) * 100, 1)).toBe("23.2");
  });
});

describe("roundHalfAway agrees with exact decimal rounding (property)", () => {
  it("for values just off a tie and for binary noise", () => {
    expect(roundHalfAway(2.1500001, 1)).toBe(2.2);
    expect(roundHalfAway(2.1499999, 1)).toBe(2.1);
    expect(roundHalfAway(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundHalfAway(-0.15, 1)).toBe(-0.2);
    expect(roundHalfAway(999999.95, 1)).toBe(1000000);
    expect(roundHalfAway(4.35, 1)).toBe(4.4);
    expect(roundHalfAway(8.345, 2)).toBe(8.35);
  });
  it("for exact decimal ties (…5), which always round away from zero", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }),
        fc.integer({ min: 0, max: 6 }),
        (m, d) => {
          const tie = m * 10n + (m < 0n ? -5n : 5n); // digits of m, then a 5 at position d + 1
          const x = Number(`${tie}e-${d + 1}`);
          const away = m < 0n ? m - 1n : m + 1n;
          const want = Number(`${away}e-${d}`);
          const got = roundHalfAway(x, d);
          return got === (want === 0 ? 0 : want);
        },
      ),
      { numRuns: Number(process.env.IND_FUZZ_RUNS ?? 5000) },
    );
  });
  it("for decimals with up to 12 significant digits", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 7 }),
        (m, k, dRaw) => {
          const d = Math.min(dRaw, k - 1);
          const x = Number(`${m}e-${k}`);
          const step = 10n ** BigInt(k - d);
          const abs = m < 0n ? -m : m;
          let q = abs / step;
          if ((abs % step) * 2n >= step) q += 1n;
          const want = Number(`${m < 0n ? -q : q}e-${d}`);
          const got = roundHalfAway(x, d);
          return got === (want === 0 ? 0 : want) && !Object.is(got, -0);
        },
      ),
      { numRuns: Number(process.env.IND_FUZZ_RUNS ?? 5000) },
    );
  });
});
