/**
 * @summary 由累计值求当期值 / single-period values and growth from cumulative figures
 *
 * periodValues(C) keeps the first cumulative value and then takes differences: xₘ = Cₘ − Cₘ₋₁
 * (METHODS.md §1.9). When a series starts at 1–2月 its first value is that combined period, so March is
 * C₁₋₃ − C₁₋₂. A blank keeps its place as a blank; the value right after a blank cannot be derived and is
 * reported as missing (never a silent multi-month difference).
 *
 * periodGrowth(Cₘ, Gₘ, Cₖ, Gₖ): growth % of the part of period m not in period k, from two cumulative
 * levels and their cumulative growth rates. With prior-year bases Bₘ = Cₘ / (1 + Gₘ):
 * g = (Cₘ − Cₖ) / (Bₘ − Bₖ) − 1 (T21: March from 1–3月 and 1–2月). The same identity gives the earlier
 * cumulative period from the latest month (T20: 1–2月 from 1–3月 and 3月), since the two parts are symmetric.
 *
 * Units: levels in one unit; growth rates in % (4.7 means 4.7%).
 *
 * Edge cases: growth ≤ −100 → #NUM! rateTooLow; equal prior-year bases → #DIV/0!; non-finite → #NUM!.
 *
 * @example periodValues([81307, 120327]) // => [81307, 39020]
 * @example periodGrowth(120327, 4.7, 81307, 5.5) // => 3.07
 * @example periodGrowth(120327, 4.7, 39020, 3.1) // => 5.49
 */
import { fail, type IndicatorError, finiteResult } from "./errors";

/** Missing marker for {@link periodValues}: a blank input, or a value after a blank. */
export type PeriodValue = number | null | IndicatorError;

/** Single-period values from cumulative ones; `null` for a blank input. */
export function periodValues(cumulative: ArrayLike<number | null | undefined>): PeriodValue[] {
  const out: PeriodValue[] = new Array(cumulative.length);
  let prev: number | null | undefined = undefined; // undefined: at the start
  for (let i = 0; i < cumulative.length; i++) {
    const c = cumulative[i];
    if (c === null || c === undefined) {
      out[i] = null;
      prev = null;
      continue;
    }
    if (!Number.isFinite(c)) {
      out[i] = fail("num", "notFinite");
      prev = null;
      continue;
    }
    if (prev === undefined) out[i] = c === 0 ? 0 : c;
    else if (prev === null) out[i] = fail("na", "missingPrevious", { at: i + 1 });
    else {
      out[i] = finiteResult(c - prev);
    }
    prev = c;
  }
  return out;
}

/** Growth % of the part of a cumulative period not covered by an earlier (or complementary) one. */
export function periodGrowth(
  cumNow: number,
  cumGrowth: number,
  prevCum: number,
  prevCumGrowth: number,
): number | IndicatorError {
  if (![cumNow, cumGrowth, prevCum, prevCumGrowth].every(Number.isFinite)) return fail("num", "notFinite");
  for (const g of [cumGrowth, prevCumGrowth])
    if (g <= -100) return fail("num", "rateTooLow", { got: String(g) });
  const bNow = cumNow / (1 + cumGrowth / 100);
  const bPrev = prevCum / (1 + prevCumGrowth / 100);
  const dB = bNow - bPrev;
  if (dB === 0) return fail("div0", "zeroDenominator", { name: "prior-year base" });
  const r = ((cumNow - prevCum) / dB - 1) * 100;
  return finiteResult(r);
}
