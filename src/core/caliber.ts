/**
 * @summary 同口径检查 / how far a published growth rate is from the naive rate on last year's published level
 *
 * Growth rates are published on the same set of units in both years (同口径, METHODS.md §1.10), so dividing this
 * year's level by last year's *published* level can give a different, wrong rate. caliberGap = naive − published,
 * in 百分点, where naive = (current / publishedBase − 1) × 100. A gap beyond rounding (about ±0.1) means the old
 * level is not a comparable base: use the published rate, and label any naive figure 名义口径，未按可比口径调整.
 *
 * Units: levels in one unit; rates in %; the result in 百分点.
 *
 * Edge cases: publishedBase ≤ 0 → #NUM! (no rate on such a base); a published rate ≤ −100 → #NUM!;
 * non-finite → #NUM!.
 *
 * @example caliberGap(27298.3, 29047.6, 16.5) // => -22.52
 * @example caliberGap(90275, 85823, 9.8) // => -4.61
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** naive growth on the published base minus the published rate, in 百分点. */
export function caliberGap(
  current: number,
  publishedBase: number,
  publishedRate: number,
): number | IndicatorError {
  if (![current, publishedBase, publishedRate].every(Number.isFinite)) return fail("num", "notFinite");
  if (publishedBase === 0) return fail("div0", "zeroBase");
  if (publishedBase < 0) return fail("num", "negativeBase");
  if (publishedRate <= -100) return fail("num", "rateTooLow", { got: String(publishedRate) });
  const naive = ((current - publishedBase) / publishedBase) * 100;
  const d = naive - publishedRate;
  return finiteResult(d);
}
