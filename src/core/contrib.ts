/**
 * @summary 贡献率与拉动 / contribution rate and pull (percentage points)
 *
 * contribution 贡献率ᵢ = ΔXᵢ / ΔX_total × 100, in % (METHODS.md §1.6, T14: 877 / 1453 → 60.36%).
 * pull 拉动ᵢ = ΔXᵢ / X_total,base × 100, in 百分点 (T14: 877 / 4888 → 17.94).
 * pullFromContribution = total growth % × contribution % / 100, in 百分点 (T15, T16), for when only the
 * published rates are known. Contributions sum to 100 and pulls to the total growth; single items may be
 * negative or above 100 (青海 2013: 资本形成 358.74%).
 *
 * Units: levels in one unit (use comparable-price levels: 按可比价格计算); contribution in %; pull in 百分点.
 *
 * Edge cases: ΔX_total = 0 → #DIV/0!; X_total,base = 0 → #DIV/0!; X_total,base < 0 → #NUM! negativeBase;
 * non-finite → #NUM!.
 *
 * @example contribution(3433, 2556, 6341, 4888) // => 60.358
 * @example pull(3433, 2556, 4888) // => 17.942
 * @example pullFromContribution(18.4, 43.2) // => 7.949
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** 贡献率 in %: (partNow − partBase) / (totalNow − totalBase) × 100. */
export function contribution(
  partNow: number,
  partBase: number,
  totalNow: number,
  totalBase: number,
): number | IndicatorError {
  if (![partNow, partBase, totalNow, totalBase].every(Number.isFinite)) return fail("num", "notFinite");
  const dTotal = totalNow - totalBase;
  if (dTotal === 0) return fail("div0", "zeroDenominator", { name: "total_now − total_base" });
  const r = ((partNow - partBase) / dTotal) * 100;
  return finiteResult(r);
}

/** 拉动 in 百分点: (partNow − partBase) / totalBase × 100. */
export function pull(partNow: number, partBase: number, totalBase: number): number | IndicatorError {
  if (![partNow, partBase, totalBase].every(Number.isFinite)) return fail("num", "notFinite");
  if (totalBase === 0) return fail("div0", "zeroDenominator", { name: "total_base" });
  if (totalBase < 0) return fail("num", "negativeBase");
  const r = ((partNow - partBase) / totalBase) * 100;
  return finiteResult(r);
}

/** 拉动 in 百分点 from the total growth % and the item's contribution %. */
export function pullFromContribution(totalGrowth: number, contributionPct: number): number | IndicatorError {
  if (!Number.isFinite(totalGrowth) || !Number.isFinite(contributionPct)) return fail("num", "notFinite");
  const r = (totalGrowth * contributionPct) / 100;
  return finiteResult(r);
}
