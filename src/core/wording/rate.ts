/**
 * @summary 增速措辞 / the standard wording of a growth rate
 *
 * METHODS.md §2: 1 decimal; a decrease is "下降X%" with the magnitude, never "增长-X%"; a rate that rounds to
 * zero at the display precision is "持平" (|rate| < 0.05 at 1 decimal), never "增长0.0%" or "-0.0%"; a rise of
 * 100% or more is written in 倍 with 2 decimals, X = rate / 100 ("增长1.79倍" = +179%); 倍 is never used for a
 * decrease. Kind "price" (CPI, PPI) uses 上涨 / 下降 / 持平.
 *
 * Units: `rate` in percent units (6.1 means 6.1%). The choice of 倍 is made on the displayed value
 * (99.96 shows as 100.0, so it is "增长1.00倍").
 *
 * Edge cases: NaN or ±Infinity → #NUM! (`notFinite`); a fall of more than 100% (shown below −100) is impossible
 * → #NUM! (`fallBelow100`); digits outside 0…6 → #VALUE!.
 *
 * @example rateWording(6.1) // => "增长6.1%"
 * @example rateWording(-5.44) // => "下降5.4%"
 * @example rateWording(-0.04) // => "持平"
 * @example rateWording(179) // => "增长1.79倍"
 * @example rateWording(2.05, { kind: "price" }) // => "上涨2.1%"
 */
import { fail, type IndicatorError } from "../errors";
import { formatFixed, roundHalfAway } from "../round";
import { checkDigits, checkFinite, MULTIPLE_DIGITS, RATE_DIGITS, shownMagnitude } from "./display";
import { templatesFor, fill, type WordingLang } from "./templates";

export type RateKind = "growth" | "price";

export interface RateOptions {
  kind?: RateKind;
  /** Decimals of a % rate: 1 (default), 2 for 环比. */
  digits?: number;
  /** Decimals of a 倍 multiple: 2 (default). */
  multipleDigits?: number;
  lang?: WordingLang;
}

export function rateWording(rate: number, options: RateOptions = {}): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const multipleDigits = options.multipleDigits ?? MULTIPLE_DIGITS;
  const bad = checkFinite(rate) ?? checkDigits(digits) ?? checkDigits(multipleDigits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const price = options.kind === "price";
  const shown = roundHalfAway(rate, digits);
  if (shown === 0) return price ? t.priceFlat : t.rateFlat;
  // A level cannot fall by more than all of it: "下降150.0%" is a wrong number upstream, not a wording.
  if (shown < -100) return fail("num", "fallBelow100", { got: formatFixed(rate, digits) });
  if (shown < 0) return fill(price ? t.priceDown : t.rateDown, { x: shownMagnitude(shown, digits) });
  if (shown >= 100) {
    return fill(price ? t.priceMultiple : t.rateMultiple, {
      x: formatFixed(rate / 100, multipleDigits),
      pct: shownMagnitude(shown, digits),
    });
  }
  return fill(price ? t.priceUp : t.rateUp, { x: shownMagnitude(shown, digits) });
}

/** True when the rate is written in 倍 at this precision (a rise of 100% or more as displayed). */
export function isMultiple(rate: number, digits: number = RATE_DIGITS): boolean {
  return Number.isFinite(rate) && roundHalfAway(rate, digits) >= 100;
}
