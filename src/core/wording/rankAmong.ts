/**
 * @summary 位次措辞（由同级数值计算）/ rank wording computed from the peers' values
 *
 * The rank is the ranking of `src/core/rank.ts` (competition 1, 1, 3 as RANK.EQ; `order` 0 largest first, 1
 * smallest first for lower-is-better indicators), with ties decided at the published precision (`digits`, 1
 * by default, METHODS.md §1.14): a value is "tied" when another peer shows the same rounded figure, and is then
 * written "并列全区第4位" (T32). Blank peers are skipped; the value must be one of the peers (as RANK.EQ), else
 * #N/A.
 *
 * `rankTextAmongAll(peers, options)` prepares the peers once (one sort) and words any number of values.
 *
 * @example rankTextAmong(7.4, [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2], { scope: "全国" }) // => "并列全国第4位"
 * @example rankTextAmong(15.8, [15.8, 10.7, 8.0, 7.4], { scope: "全区" }) // => "居全区首位"
 * @example rankTextAmong(7.2, [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2], { scope: "全国" }) // => "居全国第8位"
 */
import { isIndicatorError, type IndicatorError } from "../errors";
import { ranker } from "../rank";
import { roundHalfAway } from "../round";
import { checkDigits, RATE_DIGITS } from "./display";
import { rankText } from "./rankText";
import type { WordingLang } from "./templates";

export interface RankAmongOptions {
  scope?: string;
  /** 0 largest first (default), 1 smallest first. */
  order?: number;
  /** Decimals at which ties are decided (the published precision), 1 by default. */
  digits?: number;
  lang?: WordingLang;
}

export function rankTextAmongAll(
  peers: ArrayLike<number | null | undefined>,
  options: RankAmongOptions = {},
): ((value: number) => string | IndicatorError) | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkDigits(digits);
  if (bad) return bad;
  const rankOf = ranker(peers, { order: options.order ?? 0, method: 0, digits });
  if (isIndicatorError(rankOf)) return rankOf;
  // how many peers show each rounded figure (ties at published precision)
  const shown = new Map<number, number>();
  for (let i = 0; i < peers.length; i++) {
    const p = peers[i];
    if (p === null || p === undefined) continue;
    const r = roundHalfAway(p, digits);
    shown.set(r, (shown.get(r) ?? 0) + 1);
  }
  return (value: number) => {
    const r = rankOf(value);
    if (isIndicatorError(r)) return r;
    const tied = (shown.get(roundHalfAway(value, digits)) ?? 0) > 1;
    return rankText(r, { scope: options.scope, tied, lang: options.lang });
  };
}

export function rankTextAmong(
  value: number,
  peers: ArrayLike<number | null | undefined>,
  options: RankAmongOptions = {},
): string | IndicatorError {
  const f = rankTextAmongAll(peers, options);
  return isIndicatorError(f) ? f : f(value);
}
