/**
 * Arithmetic the text itself allows, recomputed at the text's precision.
 *
 * Every stated number is rounded (to its written decimals; counts of whole things without a magnitude are
 * exact), so every recomputation is done on the interval each input stands for: the check agrees when the
 * stated value lies within the recomputed range rounded to the stated precision, and disagrees only when no
 * input values consistent with the text give the stated figure. This is what makes a reported disagreement a
 * real one.
 */
import { cagr, cagrCum } from "../../core/cagr";
import { formatFixed, roundHalfAway } from "../../core/round";

export interface Stated {
  value: number;
  decimals: number;
  /** Whole-number counts (家, 个…) without a magnitude prefix are exact. */
  exact?: boolean;
}

export type Interval = [number, number];

export function halfUlp(s: Stated): number {
  return s.exact ? 0 : 0.5 * 10 ** -s.decimals;
}

export function intervalOf(s: Stated): Interval {
  const h = halfUlp(s);
  return [s.value - h, s.value + h];
}

/**
 * Range of `f` over the box of input intervals, by evaluating every corner. Correct for functions monotonic
 * in each argument on the box (growth, share, differences, sums, CAGR), which are the only ones used here.
 */
export function rangeOf(f: (...xs: number[]) => number, inputs: Interval[]): Interval | null {
  let lo = Infinity;
  let hi = -Infinity;
  const k = inputs.length;
  for (let mask = 0; mask < 1 << k; mask++) {
    const xs = inputs.map((iv, i) => (mask & (1 << i) ? iv[1] : iv[0]));
    const y = f(...xs);
    if (!Number.isFinite(y)) return null;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return [lo, hi];
}

export interface Verdict {
  status: "agree" | "disagree";
  /** Recomputed from the values as stated. */
  computed: number;
  computedText: string;
  range: Interval;
}

/**
 * Compare a stated value with a recomputation. `point` is f at the stated inputs; `range` its range over
 * the inputs' rounding intervals. Agree when the stated value, at its precision, is reachable.
 */
export function judge(stated: Stated, point: number, range: Interval, tolerance = 0): Verdict {
  const d = stated.decimals;
  const lo = roundHalfAway(range[0] - tolerance, d);
  const hi = roundHalfAway(range[1] + tolerance, d);
  const ok = stated.value >= lo - 1e-9 && stated.value <= hi + 1e-9;
  return { status: ok ? "agree" : "disagree", computed: point, computedText: formatFixed(point, d), range };
}

/** 水平法 (core `cagr`): average annual growth in percent; NaN when not computable. */
export function cagrLevel(start: number, end: number, years: number): number {
  const r = cagr(start, end, years);
  return typeof r === "number" ? r : NaN;
}

/**
 * 累计法 (core `cagrCum`): only Σ a₁…aₙ matters, so the stated cumulative total is spread over the n years.
 * NaN when not computable.
 */
export function cagrCumulative(base: number, sum: number, years: number): number {
  if (!(years >= 1) || !Number.isInteger(years)) return NaN;
  const r = cagrCum(base, new Array<number>(years).fill(sum / years));
  return typeof r === "number" ? r : NaN;
}

/** Competition rank (1, 1, 3) of `value` among `values` (value included), higher first unless ascending. */
export function competitionRank(value: number, peers: number[], ascending = false): number {
  return 1 + peers.filter((p) => (ascending ? p < value : p > value)).length;
}
