/**
 * @summary 完成进度与序时进度 / completion of the annual target and time progress
 *
 * `completionWording(completion)`: "完成年度目标的67.0%" (completion in %, 1 decimal by default; 0 for "113%").
 * `scheduleWording(completion, progress)`: gap = completion − progress (序时进度, e.g. 83.3 for 1–10月) in
 * percentage points, rounded once: "快于序时进度1.7个百分点", "慢于序时进度…", "与序时进度持平"
 * (METHODS.md §1.11: "完成进度高于时间进度7.99个百分点").
 *
 * Edge cases: non-finite → #NUM!; a negative completion or a progress outside 0…100 → #VALUE!.
 *
 * @example completionWording(67.0) // => "完成年度目标的67.0%"
 * @example scheduleWording(85, 83.333) // => "快于序时进度1.7个百分点"
 * @example scheduleWording(50.1, 50) // => "快于序时进度0.1个百分点"
 */
import { fail, type IndicatorError } from "../errors";
import { formatFixed } from "../round";
import { checkDigits, checkFinite, difference, displaySign, magnitude, RATE_DIGITS } from "./display";
import { fill, templatesFor, type WordingLang } from "./templates";

export interface ScheduleOptions {
  digits?: number;
  lang?: WordingLang;
}

export function completionWording(
  completion: number,
  options: ScheduleOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(completion) ?? checkDigits(digits);
  if (bad) return bad;
  if (completion < 0) return fail("value", "wordingCompletion", { got: String(completion) });
  return fill(templatesFor(options.lang).completionOf, { x: formatFixed(completion, digits) });
}

export function scheduleWording(
  completion: number,
  progress: number,
  options: ScheduleOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(completion, progress) ?? checkDigits(digits);
  if (bad) return bad;
  if (completion < 0) return fail("value", "wordingCompletion", { got: String(completion) });
  if (progress < 0 || progress > 100) return fail("value", "wordingProgress", { got: String(progress) });
  const t = templatesFor(options.lang);
  const gap = difference(completion, progress);
  const sign = displaySign(gap, digits);
  if (sign === 0) return t.scheduleSame;
  return fill(sign > 0 ? t.scheduleAhead : t.scheduleBehind, { x: magnitude(gap, digits) });
}
