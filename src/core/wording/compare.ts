/**
 * @summary 与参照比较 / comparison with a reference rate in percentage points
 *
 * gap = rate − reference, computed from the unrounded inputs and rounded once to `digits` (1 by default,
 * METHODS.md §2: a difference of two percentages is written in 百分点, never in %). gap > 0 → "高于{name}X个百分点",
 * gap < 0 → "低于{name}X个百分点", a gap that rounds to zero → "与{name}持平". The reference is an input (the
 * league's aggregate rate, §1.16), never a mean of members.
 *
 * Edge cases: non-finite input → #NUM!; an empty name uses "平均水平".
 *
 * @example compareWording(8.5, 6.4, { name: "全盟平均" }) // => "高于全盟平均2.1个百分点"
 * @example compareWording(-12.6, 8.0, { name: "全区" }) // => "低于全区20.6个百分点"
 * @example compareWording(6.44, 6.4, { name: "全盟平均" }) // => "与全盟平均持平"
 */
import type { IndicatorError } from "../errors";
import { checkDigits, checkFinite, difference, displaySign, magnitude, RATE_DIGITS } from "./display";
import { fill, templatesFor, type WordingLang } from "./templates";

export interface CompareOptions {
  /** What the rate is compared with, as it reads in the sentence ("全盟平均", "全国"). */
  name?: string;
  digits?: number;
  lang?: WordingLang;
}

export function compareWording(
  rate: number,
  reference: number,
  options: CompareOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(rate, reference) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const name = options.name?.trim() || t.defaultReference;
  const gap = difference(rate, reference);
  const sign = displaySign(gap, digits);
  if (sign === 0) return fill(t.compareSame, { name });
  return fill(sign > 0 ? t.compareAbove : t.compareBelow, { name, x: magnitude(gap, digits) });
}
