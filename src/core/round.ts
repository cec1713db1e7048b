/**
 * 四舍五入 as the bureaus and Excel's ROUND do it: half away from zero, on the decimal value, with -0 folded
 * to 0. `(1.45).toFixed(1)` gives "1.4" in JavaScript; this gives 1.5.
 *
 * @example roundHalfAway(2.15, 1) // => 2.2
 * @example roundHalfAway(-2.45, 1) // => -2.5
 * @example roundHalfAway(1.005, 2) // => 1.01
 */
export function roundHalfAway(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.min(15, Math.trunc(digits)));
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
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
