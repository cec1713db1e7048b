/**
 * Display helpers shared by the wording primitives: the one place where a rate or a gap is rounded
 * (half away from zero, METHODS.md §2) and turned into the unsigned magnitude a phrase prints.
 */
import { fail, type IndicatorError } from "../errors";
import { formatFixed, roundHalfAway } from "../round";

/** 1 decimal for 同比 rates and 百分点 (§2); 2 for seasonally adjusted 环比 and 2-decimal rates such as 城镇化率. */
export const RATE_DIGITS = 1;
/** "增长1.79倍", "增长1.10倍" (§2). */
export const MULTIPLE_DIGITS = 2;

/** The sign of a number as displayed at `digits` decimals: 0 when it rounds to zero (so −0.04 is 持平). */
export function displaySign(x: number, digits: number = RATE_DIGITS): -1 | 0 | 1 {
  const r = roundHalfAway(x, digits);
  return r > 0 ? 1 : r < 0 ? -1 : 0;
}

/** The unsigned magnitude as printed: magnitude(-5.44) → "5.4". Never "-0.0". */
export function magnitude(x: number, digits: number = RATE_DIGITS): string {
  return formatFixed(Math.abs(x), digits);
}

/**
 * The printed magnitude of a value already rounded with `roundHalfAway(x, digits)`: `toFixed` cannot misround
 * a number that is already the nearest double to a `digits`-decimal value, so the (costly) rounding runs once.
 */
export function shownMagnitude(rounded: number, digits: number): string {
  return Math.abs(rounded).toFixed(digits);
}

/** Validates a number handed to a primitive: finite, else #NUM!. */
export function checkFinite(...xs: number[]): IndicatorError | null {
  for (const x of xs) {
    if (typeof x !== "number" || !Number.isFinite(x)) return fail("num", "notFinite");
  }
  return null;
}

/** Digits must be a whole number 0…6; anything else is a caller error returned as #VALUE!. */
export function checkDigits(digits: number): IndicatorError | null {
  if (!Number.isInteger(digits) || digits < 0 || digits > 6) {
    return fail("value", "wordingDigits", { got: String(digits) });
  }
  return null;
}

/**
 * a − b with the binary noise of the subtraction removed at 15 significant digits of the larger operand, the way
 * Excel's arithmetic shows it: 6.1 − 6.05 is 0.04999999999999982 in IEEE doubles but 0.05 in Excel, and its
 * 百分点 gap must print as 0.1, not 持平.
 */
export function difference(a: number, b: number): number {
  const d = a - b;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (d === 0 || scale === 0 || !Number.isFinite(d)) return d === 0 ? 0 : d;
  const places = 14 - Math.floor(Math.log10(scale));
  if (places < 0 || places > 100) return d;
  const clean = Number(d.toFixed(places));
  return clean === 0 ? 0 : clean;
}
