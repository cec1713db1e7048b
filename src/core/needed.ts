/**
 * @summary 全年目标所需后期增速 / growth still needed in the rest of the year
 *
 * From rates (METHODS.md §1.12, T31): g_rest = [(1 + g_target) − w(1 + g_cum)] / (1 − w) − 1, where w is the
 * prior-year share of the elapsed period (上年1–10月 / 上年全年). From levels (T30):
 * g_rest = (B_full × (1 + g_target) − C_done) / (B_full − B_done) − 1.
 *
 * Units: growth rates in % (8 means 8%); w a fraction strictly between 0 and 1 (10/12 ≈ 0.833); levels in
 * any one unit. The result is in %. Equal monthly weights (w = m/12) are only an approximation.
 *
 * Edge cases: w ≤ 0 or w ≥ 1 → #NUM! weightRange; B_full − B_done ≤ 0 → #NUM! noRemainder; B_full ≤ 0 → #NUM!; a rate
 * at or below −100 → #NUM! rateTooLow; non-finite input → #NUM!.
 *
 * @example needed(8, 6.5, 10 / 12) // => 15.5
 * @example neededFromLevels(500, 8, 430, 410) // => 22.22222222222222
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** Growth % needed in the remaining period, from rates and the prior-year weight of the elapsed period. */
export function needed(targetGrowth: number, cumGrowth: number, weight: number): number | IndicatorError {
  if (![targetGrowth, cumGrowth, weight].every(Number.isFinite)) return fail("num", "notFinite");
  if (!(weight > 0 && weight < 1)) return fail("num", "weightRange", { got: String(weight) });
  for (const g of [targetGrowth, cumGrowth])
    if (g <= -100) return fail("num", "rateTooLow", { got: String(g) });
  const t = 1 + targetGrowth / 100;
  const c = 1 + cumGrowth / 100;
  const r = ((t - weight * c) / (1 - weight) - 1) * 100;
  return finiteResult(r);
}

/**
 * Growth % needed in the remaining period, from levels.
 * @param baseFull 上年全年 level
 * @param targetGrowth target growth for the year, %
 * @param done level done so far this year (本年累计)
 * @param baseDone prior-year level of the same elapsed period (上年同期累计)
 */
export function neededFromLevels(
  baseFull: number,
  targetGrowth: number,
  done: number,
  baseDone: number,
): number | IndicatorError {
  if (![baseFull, targetGrowth, done, baseDone].every(Number.isFinite)) return fail("num", "notFinite");
  if (baseFull <= 0) return fail("num", "negativeBase");
  if (targetGrowth <= -100) return fail("num", "rateTooLow", { got: String(targetGrowth) });
  const rest = baseFull - baseDone;
  // Nothing (or less than nothing) left of the prior year: no base for the remaining months.
  if (rest <= 0) return fail("num", "noRemainder", { full: String(baseFull), done: String(baseDone) });
  const r = ((baseFull * (1 + targetGrowth / 100) - done) / rest - 1) * 100;
  return finiteResult(r);
}
