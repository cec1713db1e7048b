/**
 * @summary 与目标的差距 / gap to a target, and 百分点 differences
 *
 * gap = actual − target (METHODS.md §1.13, T18). For rate targets (% values) the result is in 百分点;
 * for level targets in the target's unit. The target may be a number or a target text ("增长8%左右",
 * "控制在5%以内"), read with `parseTarget`. `ppDiff(a, b)` = a − b is the plain 百分点 difference of two rates
 * (T17: 8.1 vs 5.9 → 2.2).
 *
 * Edge cases: unreadable target text → #VALUE! notTarget; non-finite input → #NUM!. Results never −0.
 *
 * @example gap(23.1, 8) // => 15.1
 * @example gap(-12.6, "增长8%左右") // => -20.6
 * @example ppDiff(8.1, -1.1) // => 9.2
 */
import { fail, isIndicatorError, type IndicatorError, finiteResult } from "./errors";
import { toTarget, type Target } from "./target";

/** actual − target, the target given as a number or text. */
export function gap(actual: number, target: number | string | Target): number | IndicatorError {
  if (!Number.isFinite(actual)) return fail("num", "notFinite");
  const t = toTarget(target);
  if (isIndicatorError(t)) return t;
  const d = actual - t.value;
  return finiteResult(d);
}

/** a − b in 百分点. */
export function ppDiff(a: number, b: number): number | IndicatorError {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return fail("num", "notFinite");
  const d = a - b;
  return finiteResult(d);
}
