import { finiteResult, type IndicatorError } from "./errors";

/**
 * @summary 同比增长率 / growth rate
 *
 * growth = (current / base − 1) × 100, in percent units (6.1 means 6.1%), computed as (current − base) / base × 100
 * so that 120 on 100 is exactly 20 (one rounding instead of two).
 *
 * When the base is not positive no rate is printed (METHODS.md §1.15): the bureaus write a word instead.
 * | base | current | result |
 * |---|---|---|
 * | > 0 | ≥ 0 | rate in % |
 * | > 0 | < 0 | "由盈转亏" |
 * | < 0 | ≥ 0 | "扭亏" |
 * | < 0 | < 0, \|current\| < \|base\| | "减亏" |
 * | < 0 | < 0, \|current\| > \|base\| | "增亏" |
 * | < 0 | current = base | "持平" |
 * | 0 | any | "—" (不计算增速) |
 *
 * @param current 本期数 (any unit, the same as base)
 * @param base 基期数 / 上年同期数
 * @returns percent, or one of the status words above
 * @example growth(120, 100) // => 20
 * @example growth(148, -46) // => "扭亏"
 */
export type GrowthStatus = "扭亏" | "减亏" | "增亏" | "由盈转亏" | "持平" | "—";

export function growth(current: number, base: number): number | GrowthStatus {
  if (base === 0) return "—";
  if (base > 0) {
    if (current < 0) return "由盈转亏";
    return ordinaryGrowth(current, base);
  }
  if (current >= 0) return "扭亏";
  if (current === base) return "持平";
  return Math.abs(current) < Math.abs(base) ? "减亏" : "增亏";
}

/**
 * True in the ordinary case, where {@link growth} is a plain rate: base > 0 and current ≥ 0.
 * @example isOrdinaryGrowth(120, 100) // => true
 * @example isOrdinaryGrowth(148, -46) // => false
 */
export function isOrdinaryGrowth(current: number, base: number): boolean {
  return base > 0 && current >= 0;
}

/**
 * The rate of the ordinary case, (current − base) / base × 100 with −0 folded to 0 ("+ 0"), and no status
 * checks: range wrappers call it after {@link isOrdinaryGrowth} so a million results stay unboxed numbers.
 * Infinite inputs can give a non-finite result, which callers must check.
 * @example ordinaryGrowth(120, 100) // => 20
 */
export function ordinaryGrowth(current: number, base: number): number {
  return ((current - base) / base) * 100 + 0;
}

/**
 * 非标准口径 growth with an absolute denominator: (current − base) / |base| × 100, for users who ask for a
 * percentage across a negative base (METHODS.md §1.15, T36: base −50, current −80 → −60; current −20 → +60).
 * Not an official rate: label it 非标准口径 wherever it is shown. A zero base still gives "—".
 * @example growthAbs(-80, -50) // => -60
 * @example growthAbs(-20, -50) // => 60
 */
export function growthAbs(current: number, base: number): number | "—" | IndicatorError {
  if (base === 0) return "—";
  return finiteResult(((current - base) / Math.abs(base)) * 100);
}
