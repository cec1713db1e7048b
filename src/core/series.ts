/**
 * @summary 数列整理 / tidying a series read from a row or column of cells
 *
 * One rule for every function that takes a series (a run of periods): trailing blanks are dropped (a row laid
 * out for the whole plan period but not yet filled), a blank inside the series is an error (a missing year
 * would silently change the count of periods), and every kept value must be finite.
 *
 * Edge cases: all blank or empty → #VALUE! emptyInput; interior blank → #VALUE! gapInSeries naming its
 * position (1-based); non-finite → #NUM!.
 *
 * @example trimSeries([1, 2, null, null]) // => [1, 2]
 */
import { fail, type IndicatorError } from "./errors";

/** A series with trailing blanks (null/undefined) removed; interior blanks are an error. */
export function trimSeries(values: ArrayLike<number | null | undefined>): number[] | IndicatorError {
  let end = values.length;
  while (end > 0 && (values[end - 1] === null || values[end - 1] === undefined)) end--;
  if (end === 0) return fail("value", "emptyInput");
  const out = new Array<number>(end);
  for (let i = 0; i < end; i++) {
    const v = values[i];
    if (v === null || v === undefined) return fail("value", "gapInSeries", { at: i + 1 });
    if (!Number.isFinite(v)) return fail("num", "notFinite");
    out[i] = v;
  }
  return out;
}
