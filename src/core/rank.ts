/**
 * @summary 位次 / rank among peers (competition or dense, polarity-aware, ties at published precision)
 *
 * rank = 1 + the number of peers that beat the value (competition, "1, 1, 3" as Excel's RANK.EQ), or
 * 1 + the number of distinct peer values that beat it (dense, "1, 1, 2", 中国式排名). "Beat" means larger
 * for order 0 (default, largest first) and smaller for order 1 (lower-is-better indicators such as 能耗).
 * With `digits`, the value and every peer are first rounded half away from zero to that many decimals, so
 * 7.44 and 7.36 tie as the published 7.4 (METHODS.md §1.14, T32–T33).
 *
 * Ranks start at 1. Blank peers (null/undefined) are skipped. The value must be one of the peers (after
 * rounding), as in RANK.EQ; otherwise #N/A notInPeers.
 *
 * Edge cases: no numeric peers → #N/A noPeers; non-finite value or peer → #NUM!; order or method other than
 * 0/1 → #VALUE! badOption; digits outside 0–10 or not an integer → #NUM! outOfRange.
 *
 * Cost: `ranker` sorts the peers once (n log n) and answers each value by binary search (log n), so ranking
 * every cell of a 1,000,000-cell range against itself takes one sort.
 *
 * @example rank(7.4, [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2]) // => 4
 * @example rank(7.2, [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2]) // => 8
 * @example rank(7.2, [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2], { method: 1 }) // => 5
 * @example rank(7.44, [7.36, 7.44, 8], { digits: 1 }) // => 2
 */
import { fail, type IndicatorError } from "./errors";
import { roundHalfAway } from "./round";

export interface RankOptions {
  /** 0 = largest first (default), 1 = smallest first. */
  order?: number;
  /** 0 = competition 1,1,3 (default), 1 = dense 1,1,2. */
  method?: number;
  /** Round to this many decimals before comparing (ties at published precision). */
  digits?: number;
}

/** Validate options; returns the normalised triple or an error. */
function checkOptions(
  o: RankOptions,
): { order: 0 | 1; method: 0 | 1; digits: number | null } | IndicatorError {
  const order = o.order ?? 0;
  const method = o.method ?? 0;
  if (order !== 0 && order !== 1)
    return fail("value", "badOption", { name: "order", got: String(order), allowed: "0, 1" });
  if (method !== 0 && method !== 1)
    return fail("value", "badOption", { name: "method", got: String(method), allowed: "0, 1" });
  const d = o.digits;
  if (d !== undefined && (!Number.isInteger(d) || d < 0 || d > 10))
    return fail("num", "outOfRange", { name: "digits", got: String(d), range: "0–10" });
  return { order, method, digits: d ?? null };
}

/**
 * Prepare peers once; the returned function ranks one value. Peers: numbers, or null/undefined for blanks.
 */
export function ranker(
  peers: ArrayLike<number | null | undefined>,
  options: RankOptions = {},
): ((value: number) => number | IndicatorError) | IndicatorError {
  const opt = checkOptions(options);
  if ("code" in opt) return opt;
  const { order, method, digits } = opt;
  const keys: number[] = [];
  for (let i = 0; i < peers.length; i++) {
    const p = peers[i];
    if (p === null || p === undefined) continue;
    if (!Number.isFinite(p)) return fail("num", "notFinite");
    const r = digits === null ? p : roundHalfAway(p, digits);
    // Largest first: rank by -value so both orders sort ascending.
    keys.push(order === 0 ? -r : r);
  }
  if (keys.length === 0) return fail("na", "noPeers");
  const sorted = Float64Array.from(keys).sort();
  // distinctBefore[i]: number of distinct values strictly before index i (for dense ranks).
  let distinct: Int32Array | null = null;
  if (method === 1) {
    distinct = new Int32Array(sorted.length);
    let count = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] !== sorted[i - 1]) count++;
      distinct[i] = count;
    }
  }
  return (value: number) => {
    if (!Number.isFinite(value)) return fail("num", "notFinite");
    const r = digits === null ? value : roundHalfAway(value, digits);
    const key = order === 0 ? -r : r;
    // First index with sorted[i] >= key.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= sorted.length || sorted[lo] !== key) return fail("na", "notInPeers", { got: String(value) });
    return distinct ? (distinct[lo] as number) + 1 : lo + 1;
  };
}

/** Rank of one value among peers (see {@link ranker}). */
export function rank(
  value: number,
  peers: ArrayLike<number | null | undefined>,
  options: RankOptions = {},
): number | IndicatorError {
  const f = ranker(peers, options);
  return typeof f === "function" ? f(value) : f;
}
