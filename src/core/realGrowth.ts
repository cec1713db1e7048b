/**
 * @summary 实际增长 / real growth from nominal growth and the price change
 *
 * real = ((100 + nominal) / (100 + price) − 1) × 100 (METHODS.md §1.5, T43): nominal 8% with prices +3% is a
 * real 4.85%, not 5%. `impliedPrice(nominal, real)` inverts it: (100 + nominal)/(100 + real) × 100 − 100
 * (社零 2018年3月: 10.1% nominal, 8.6% real → prices +1.38%).
 *
 * Units: all rates in % (6.1 means 6.1%).
 *
 * Edge cases: a price change or real rate ≤ −100 → #NUM! rateTooLow; non-finite → #NUM!.
 *
 * @example realGrowth(8, 3) // => 4.854
 * @example impliedPrice(10.1, 8.6) // => 1.381
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** Real growth in % from nominal growth in % and the price change in %. */
export function realGrowth(nominal: number, price: number): number | IndicatorError {
  if (!Number.isFinite(nominal) || !Number.isFinite(price)) return fail("num", "notFinite");
  if (price <= -100) return fail("num", "rateTooLow", { got: String(price) });
  const r = ((100 + nominal) / (100 + price) - 1) * 100;
  return finiteResult(r);
}

/** Implied price change (deflator) in % from nominal and real growth in %. */
export function impliedPrice(nominal: number, real: number): number | IndicatorError {
  return realGrowth(nominal, real);
}
