/**
 * @summary 与预期目标比较 / comparison with a target rate
 *
 * gap = actual − target in percentage points (from unrounded inputs, rounded once): "高于6%左右的预期目标0.5个百分点",
 * "低于预期目标20.6个百分点" (T18), "与预期目标持平". The target as written ("6%左右") is named when given.
 *
 * Status (METHODS.md §1.13), decided on the actual as displayed (`digits`), so the verdict never contradicts the
 * printed figure:
 * - direction: −1 (lower is better) for 以内 / 以下 / 不超过 or when given; +1 otherwise;
 * - 以上 / 突破 / 超过 / 达到 / no qualifier: met if shown actual ≥ target (≤ for lower-is-better);
 * - 以内 / 以下: met if shown actual ≤ target;
 * - 左右: met like the above; a shortfall within `tolerance` percentage points is "基本完成" (no official band
 *   exists, so the default tolerance is 0).
 *
 * Edge cases: non-finite → #NUM!; negative tolerance → #VALUE!.
 *
 * @example targetGapWording(23.1, 8) // => "高于预期目标15.1个百分点"
 * @example targetGapWording(6.5, 6, { targetText: "6%左右" }) // => "高于6%左右的预期目标0.5个百分点"
 * @example targetStatusWording(5.8, 6, { qualifier: "左右", tolerance: 0.5 }) // => "基本完成预期目标"
 */
import { fail, isIndicatorError, type IndicatorError } from "../errors";
import { onTrack } from "../target";
import { checkDigits, checkFinite, difference, displaySign, magnitude, RATE_DIGITS } from "./display";
import { fill, templatesFor, type WordingLang } from "./templates";

export interface TargetOptions {
  /** The target as written, e.g. "6%左右"; named in the gap phrase. */
  targetText?: string;
  /** 左右, 以上, 以内, 以下, 突破, 超过, 达到 … as written. */
  qualifier?: string;
  /** 1 higher is better (default unless the qualifier says 以内/以下), −1 lower is better. */
  direction?: 1 | -1;
  /** For 左右: a shortfall up to this many percentage points is 基本完成. */
  tolerance?: number;
  digits?: number;
  lang?: WordingLang;
}

export type TargetStatus = "met" | "nearlyMet" | "missed";

const LOWER_IS_BETTER = /以内|以下|不超过|不高于|控制在/;

export function targetDirection(options: TargetOptions): 1 | -1 {
  if (options.direction === 1 || options.direction === -1) return options.direction;
  return LOWER_IS_BETTER.test(options.qualifier ?? "") ? -1 : 1;
}

export function targetGapWording(
  actual: number,
  target: number,
  options: TargetOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(actual, target) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const written = options.targetText?.trim();
  const named = written ? fill(t.targetOf, { target: written }) : "";
  const gap = difference(actual, target);
  const sign = displaySign(gap, digits);
  if (sign === 0) return fill(t.targetSame, { target: named });
  return fill(sign > 0 ? t.targetAbove : t.targetBelow, { target: named, x: magnitude(gap, digits) });
}

export function targetStatus(
  actual: number,
  target: number,
  options: TargetOptions = {},
): TargetStatus | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const tolerance = options.tolerance ?? 0;
  const bad = checkFinite(actual, target, tolerance) ?? checkDigits(digits);
  if (bad) return bad;
  if (tolerance < 0) return fail("value", "wordingTolerance", { got: String(tolerance) });
  const direction = targetDirection(options);
  // The verdict itself is the on-track rule of src/core/target.ts (METHODS.md §1.13), so the sentence and
  // IND.ON_TRACK never disagree.
  const status = onTrack(
    actual,
    {
      value: target,
      qualifier: /左右/.test(options.qualifier ?? "") ? "左右" : (options.qualifier ?? null),
      direction,
      unit: "%",
      metric: "growth",
    },
    { tolerance, digits, direction },
  );
  if (isIndicatorError(status)) return status;
  return status === "达标" ? "met" : status === "基本达标" ? "nearlyMet" : "missed";
}

export function targetStatusWording(
  actual: number,
  target: number,
  options: TargetOptions = {},
): string | IndicatorError {
  const s = targetStatus(actual, target, options);
  if (typeof s !== "string") return s;
  const t = templatesFor(options.lang);
  return s === "met" ? t.targetMet : s === "nearlyMet" ? t.targetNearlyMet : t.targetMissed;
}
