/**
 * @summary 平均增速与定基增速 / geometric average of period rates, and chaining 环比 into 定基
 *
 * avgGrowth(rates, periods) = (Π (1 + rᵢ/100))^(1/periods) − 1, in %, periods defaulting to the number of
 * rates: the two-year average from two annual rates (METHODS.md §1.4, T08: 18.3 and −6.8 → 5.0).
 * chainGrowth(rates) = Π (1 + rᵢ/100) − 1, in %: 定基增长 from 环比 rates (§1.2, T02: 28.11). Never take the
 * geometric mean of rates such as 城镇化率; their changes are averaged in 百分点.
 *
 * Units: rates in % (6.1 means 6.1%).
 *
 * Edge cases: no rates → #VALUE! emptyInput; a rate ≤ −100 → #NUM! rateTooLow; periods ≤ 0 → #NUM!;
 * non-finite → #NUM!. Computed in log space (log1p/expm1), so long series neither overflow nor lose digits.
 *
 * @example avgGrowth([18.3, -6.8]) // => 5.003
 * @example chainGrowth([8.12, 6.42, 5.91, 5.13]) // => 28.113
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

function logSum(rates: ArrayLike<number>): number | IndicatorError {
  if (rates.length === 0) return fail("value", "emptyInput");
  let s = 0;
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i] as number;
    if (!Number.isFinite(r)) return fail("num", "notFinite");
    if (r <= -100) return fail("num", "rateTooLow", { got: String(r) });
    s += Math.log1p(r / 100);
  }
  return s;
}

/** Geometric average rate in % over `periods` (default: the number of rates). */
export function avgGrowth(rates: ArrayLike<number>, periods?: number): number | IndicatorError {
  const s = logSum(rates);
  if (typeof s !== "number") return s;
  const n = periods ?? rates.length;
  if (!Number.isFinite(n)) return fail("num", "notFinite");
  if (!(n > 0)) return fail("num", "outOfRange", { name: "periods", got: String(n), range: "> 0" });
  const r = Math.expm1(s / n) * 100;
  return finiteResult(r);
}

/** 定基增长 in % from a run of 环比 rates. */
export function chainGrowth(rates: ArrayLike<number>): number | IndicatorError {
  const s = logSum(rates);
  if (typeof s !== "number") return s;
  const r = Math.expm1(s) * 100;
  return finiteResult(r);
}
