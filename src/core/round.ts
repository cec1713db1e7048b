/**
 * 四舍五入 as the bureaus and Excel's ROUND do it: half away from zero, on the decimal value, with -0 folded
 * to 0. `(1.45).toFixed(1)` gives "1.4" in JavaScript; this gives 1.5.
 *
 * @example roundHalfAway(2.15, 1) // => 2.2
 * @example roundHalfAway(-2.45, 1) // => -2.5
 * @example roundHalfAway(1.005, 2) // => 1.01
 */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function roundHalfAway(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.min(15, Math.trunc(digits)));
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  // Fast path, away from ties: for a scaled value below 1e6 the binary product and the 15-digit-cleaned
  // decimal below differ by < 1e-8, so unless the fraction is within 1e-7 of one half both round the same
  // way, and f / 10^d is the same double as the decimal text "fe-d". Ties (1.005, 2.15) take the exact route.
  const p = POW10[d] as number;
  const scaled = abs * p;
  if (scaled < 1e6) {
    const f = Math.floor(scaled);
    const frac = scaled - f;
    if (frac < 0.4999999 || frac > 0.5000001) {
      const r = (sign * (frac > 0.5 ? f + 1 : f)) / p;
      return r === 0 ? 0 : r;
    }
  }
  // toPrecision(15) removes binary noise (1.005 is 1.00499999999999989…) the way Excel's 15-digit display does.
  const clean = Number(abs.toPrecision(15));
  const [mant, expPart] = clean.toExponential().split("e");
  const exp = Number(expPart);
  // Rounding past the 15th significant digit changes nothing (and `${1e21}` would print as "1e+21").
  if (exp + d >= 15) {
    const r = sign * clean;
    return r === 0 ? 0 : r;
  }
  const shifted = Number(`${mant}e${exp + d}`);
  const rounded = Math.floor(shifted + 0.5);
  const result = sign * Number(`${rounded}e${-d}`);
  return result === 0 ? 0 : result;
}

/** Fixed-decimal text after {@link roundHalfAway}; never "-0.0". */
export function formatFixed(x: number, digits = 1): string {
  const r = roundHalfAway(x, digits);
  return (r === 0 ? 0 : r).toFixed(Math.max(0, Math.min(15, Math.trunc(digits))));
}
