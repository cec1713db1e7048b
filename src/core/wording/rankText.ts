/**
 * @summary 位次措辞 / rank wording
 *
 * `rankText(rank, { scope, tied })`: "居全盟第3位"; rank 1 is "居全盟首位"; a rank shared with other units
 * (ties at published precision, METHODS.md §1.14) is "并列全盟第4位" / "并列全盟首位". The rank itself comes from
 * the ranking in `src/core/rank.ts` (competition 1, 1, 3 by default), not from here.
 *
 * `rankChangeWording(previous, current)`: Δ = previous − current places; Δ > 0 is a move up ("前移2位", or with
 * `style: "rise"` "提升2位"), Δ < 0 a move down ("后退1位" / "下降1位"), 0 "位次不变". With a `label` the
 * comparison is named: "较1—9月份前移2位", "位次与1—9月份持平".
 *
 * Edge cases: a rank that is not a whole number ≥ 1 → #VALUE! (`wordingRank`); an empty scope gives "居第3位".
 *
 * @example rankText(3, { scope: "全盟" }) // => "居全盟第3位"
 * @example rankText(1, { scope: "全区" }) // => "居全区首位"
 * @example rankText(4, { scope: "全国", tied: true }) // => "并列全国第4位"
 * @example rankChangeWording(7, 5) // => "前移2位"
 * @example rankChangeWording(7, 5, { style: "rise" }) // => "提升2位"
 * @example rankChangeWording(3, 4) // => "后退1位"
 */
import { fail, type IndicatorError } from "../errors";
import { fill, templatesFor, type WordingLang } from "./templates";

/** English ordinal for the English templates: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

export interface RankTextOptions {
  scope?: string;
  /** True when the rank is shared with at least one other unit. */
  tied?: boolean;
  lang?: WordingLang;
}

function checkRank(rank: number): IndicatorError | null {
  if (typeof rank !== "number" || !Number.isInteger(rank) || rank < 1) {
    return fail("value", "wordingRank", { got: String(rank) });
  }
  return null;
}

export function rankText(rank: number, options: RankTextOptions = {}): string | IndicatorError {
  const bad = checkRank(rank);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const scope = options.scope?.trim() ?? "";
  if (options.tied)
    return rank === 1
      ? fill(t.rankTieFirst, { scope })
      : fill(t.rankTieNth, { scope, n: rank, ord: ordinal(rank) });
  return rank === 1 ? fill(t.rankFirst, { scope }) : fill(t.rankNth, { scope, n: rank, ord: ordinal(rank) });
}

export interface RankChangeOptions {
  /** "move" (default): 前移/后退; "rise": 提升/下降. */
  style?: "move" | "rise";
  /** The earlier period; when given the phrase names it ("较1—9月份前移2位"). */
  label?: string;
  lang?: WordingLang;
}

export function rankChangeWording(
  previous: number,
  current: number,
  options: RankChangeOptions = {},
): string | IndicatorError {
  const bad = checkRank(previous) ?? checkRank(current);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const delta = previous - current;
  const label = options.label?.trim();
  if (delta === 0) return label ? fill(t.rankSameVs, { label }) : t.rankSame;
  const rise = options.style === "rise";
  const change =
    delta > 0
      ? fill(rise ? t.rankRise : t.rankForward, { n: delta, places: delta === 1 ? "place" : "places" })
      : fill(rise ? t.rankFall : t.rankBackward, { n: -delta, places: delta === -1 ? "place" : "places" });
  return label ? fill(t.rankChangeVs, { label, change }) : change;
}
