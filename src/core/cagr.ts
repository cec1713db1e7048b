/**
 * @summary 年均增长速度 / average annual growth: 水平法 (geometric) and 累计法 (方程式法)
 *
 * 水平法 (METHODS.md §1.3, T03): x̄ = (end / start)^(1 / years) − 1, in %. `years` excludes the base year
 * (base 2020, end 2025 → 5). Same as Excel's RRI(years, start, end) × 100.
 *
 * 累计法 (T04–T06): the positive root x of x + x² + … + xⁿ = Σ values / base, n = number of values; the rate
 * is (x − 1) × 100. The left side is strictly increasing for x > 0, so the root is unique; it lies in
 * (0, max(1, S)]. Solved by bisection on the closed form x(xⁿ − 1)/(x − 1) computed with expm1/log1p, which
 * stays accurate near x = 1 (n = 1 gives values[0]/base exactly).
 *
 * `annualize(total, periods)` = ((1 + total/100)^(1/periods) − 1) × 100: the average rate behind a 定基
 * growth (T03: +69.7% over 9 years → 6.05%) or a two-year average from a rate on the 2019 base (T07, T09–T13).
 *
 * Units: rates in % (6.1 means 6.1%); levels in any one unit.
 *
 * Edge cases: start ≤ 0, end < 0 or base ≤ 0 → #NUM! negativeLevel; years/periods ≤ 0 → #NUM! outOfRange;
 * Σ values ≤ 0 → #NUM! noRoot; total ≤ −100 → #NUM! rateTooLow; non-finite → #NUM!.
 *
 * @example cagr(100, 169.7, 9) // => 6.052
 * @example cagrCum(100, [110, 120, 135, 150, 160]) // => 10.18
 * @example cagrCum(100, [110, 121, 133.1]) // => 10
 * @example annualize(10.3, 2) // => 5.024
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** 水平法 average growth in % from a start level, an end level and the number of years after the base. */
export function cagr(start: number, end: number, years: number): number | IndicatorError {
  if (![start, end, years].every(Number.isFinite)) return fail("num", "notFinite");
  if (!(years > 0)) return fail("num", "outOfRange", { name: "years", got: String(years), range: "> 0" });
  if (start <= 0) return fail("num", "negativeLevel", { got: String(start) });
  if (end < 0) return fail("num", "negativeLevel", { got: String(end) });
  const r = (Math.pow(end / start, 1 / years) - 1) * 100;
  return finiteResult(r);
}

/** ((1 + total/100)^(1/periods) − 1) × 100: the average per-period rate behind a cumulative rate. */
export function annualize(total: number, periods: number): number | IndicatorError {
  if (!Number.isFinite(total) || !Number.isFinite(periods)) return fail("num", "notFinite");
  if (!(periods > 0))
    return fail("num", "outOfRange", { name: "periods", got: String(periods), range: "> 0" });
  if (total <= -100) return fail("num", "rateTooLow", { got: String(total) });
  const r = Math.expm1(Math.log1p(total / 100) / periods) * 100;
  return finiteResult(r);
}

/** Σ_{k=1..n} x^k, accurate near x = 1. */
function powerSum(x: number, n: number): number {
  if (x === 1) return n;
  const d = x - 1;
  return (x * Math.expm1(n * Math.log1p(d))) / d;
}

/**
 * 累计法 average growth in %: positive root of x + … + xⁿ = Σ values / base.
 * @param base 基期水平 a₀ (> 0)
 * @param values the levels of the n years after the base (a₁ … aₙ)
 */
export function cagrCum(base: number, values: ArrayLike<number>): number | IndicatorError {
  const n = values.length;
  if (n === 0) return fail("value", "emptyInput");
  if (!Number.isFinite(base)) return fail("num", "notFinite");
  if (base <= 0) return fail("num", "negativeLevel", { got: String(base) });
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) return fail("num", "notFinite");
    sum += v;
  }
  const s = sum / base;
  // An overflow (the sum, or Σ/a₀ for a tiny base) is a non-finite number, not a sum ≤ 0.
  if (!Number.isFinite(sum) || !Number.isFinite(s)) return fail("num", "notFinite");
  if (!(s > 0)) return fail("num", "noRoot", { detail: "Σ/a₀ ≤ 0" });
  if (n === 1) {
    const r = (s - 1) * 100;
    return finiteResult(r);
  }
  let lo = 0;
  let hi = Math.max(1, s);
  // Bisection: f is increasing; stop when the bracket no longer shrinks.
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (powerSum(mid, n) < s) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  const r = (x - 1) * 100;
  return finiteResult(r);
}
