/**
 * @summary 时期写法 / how a cumulative period is written
 *
 * METHODS.md §2 "Period labels": NBS writes "1—10月份" (em dash, 月份), local bureaus often "1-10月". Style
 * "local" (default) gives "1-10月", style "nbs" gives "1—10月份"; January alone is "1月" / "1月份". With
 * `named: true` the quarter-end periods read as the bureaus say them: 3 → 一季度, 6 → 上半年, 9 → 前三季度,
 * 12 → 全年.
 *
 * Edge cases: months outside 1…12 or not whole → #VALUE! (`wordingMonths`).
 *
 * @example periodWording(10) // => "1-10月"
 * @example periodWording(10, { style: "nbs" }) // => "1—10月份"
 * @example periodWording(9, { named: true }) // => "前三季度"
 */
import { fail, type IndicatorError } from "../errors";

export type PeriodStyle = "local" | "nbs";

export interface PeriodOptions {
  style?: PeriodStyle;
  named?: boolean;
}

const NAMED: Readonly<Record<number, string>> = { 3: "一季度", 6: "上半年", 9: "前三季度", 12: "全年" };

export function periodWording(months: number, options: PeriodOptions = {}): string | IndicatorError {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    return fail("value", "wordingMonths", { got: String(months) });
  }
  if (options.named && NAMED[months]) return NAMED[months] as string;
  const nbs = options.style === "nbs";
  if (months === 1) return nbs ? "1月份" : "1月";
  return nbs ? `1—${months}月份` : `1-${months}月`;
}
