/**
 * @summary 比重 / share of a part in a total
 *
 * share = part / total × 100 (METHODS.md §1.8, T19: 25257 / 108659 → 23.24%). Shares need not sum to 100
 * after rounding; NBS does not force them to.
 *
 * Units: %; part and total in the same unit.
 *
 * Edge cases: total = 0 → #DIV/0!; non-finite → #NUM!. A negative total is computed as written (rare but
 * defined, e.g. a share of a net loss); the result is never −0.
 *
 * @example share(25257, 108659) // => 23.244
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** part / total × 100. */
export function share(part: number, total: number): number | IndicatorError {
  if (!Number.isFinite(part) || !Number.isFinite(total)) return fail("num", "notFinite");
  if (total === 0) return fail("div0", "zeroDenominator", { name: "total" });
  const r = (part / total) * 100;
  return finiteResult(r);
}
