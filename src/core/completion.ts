/**
 * @summary 目标完成程度 / completion of a target (计划完成程度相对指标)
 *
 * - type "level" (default): actual / target × 100 (完成年度目标任务的67%; METHODS.md §1.11, T25, T29).
 * - type "increase" (计划提高率): (100 + a) / (100 + p) × 100, a and p growth rates in % (T28).
 * - type "decrease" (计划降低率): (100 − a) / (100 − p) × 100, a and p the size of the fall in % written as
 *   positive numbers ("降低10%" → 10) or both as signed rates (−10, then their magnitudes are used). Below 100 means
 *   the target was beaten (T26, T27). A mixed sign (a rise against a fall target) → #NUM! mixedSignFall.
 *
 * Units: the result is in % (67 means 67%); a and p in % (10 means 10%).
 *
 * Edge cases: a zero denominator (target 0, p = −100 for increase, p = 100 for decrease) → #DIV/0!;
 * a negative level target → #NUM! (no standard definition; METHODS.md §1.11 calls 2 − actual/target
 * non-standard); an unknown type → #VALUE! badOption.
 *
 * @example completion(737, 1100) // => 67
 * @example completion(15, 10, "increase") // => 104.54545454545455
 * @example completion(15, 10, "decrease") // => 94.44444444444444
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

export type CompletionType = "level" | "increase" | "decrease";
export const COMPLETION_TYPES: readonly CompletionType[] = ["level", "increase", "decrease"];

/** Completion % of a target. */
export function completion(
  actual: number,
  target: number,
  type: CompletionType = "level",
): number | IndicatorError {
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return fail("num", "notFinite");
  let num: number;
  let den: number;
  if (type === "level") {
    if (target < 0) return fail("num", "negativeTarget", { got: String(target) });
    num = actual;
    den = target;
  } else if (type === "increase") {
    num = 100 + actual;
    den = 100 + target;
  } else if (type === "decrease") {
    // The falls may be written as sizes (10 for 降低10%) or as signed rates (−10): both ≤ 0 → use magnitudes.
    // A mixed sign is ambiguous (a rise against a fall target, or a typo) → #NUM!.
    if ((actual < 0 && target > 0) || (actual > 0 && target < 0))
      return fail("num", "mixedSignFall", { actual: String(actual), target: String(target) });
    num = 100 - Math.abs(actual);
    den = 100 - Math.abs(target);
  } else {
    return fail("value", "badOption", {
      name: "type",
      got: String(type),
      allowed: COMPLETION_TYPES.join(", "),
    });
  }
  if (den === 0) return fail("div0", "zeroDenominator", { name: "target" });
  const r = (num / den) * 100;
  return finiteResult(r);
}
