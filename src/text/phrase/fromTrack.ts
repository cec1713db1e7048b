/**
 * @summary 由跟踪分析得到成句的行 / phrase rows from the tracking analysis
 *
 * The Write view and the command line do not read cells themselves: they run the Track engine
 * (`src/core/track`, the same computation that builds the 指标跟踪 sheet) and turn its results into
 * {@link PhraseRow}s:
 *
 * - `rowsFromTrack`: the bureau's own indicators (one {@link TrackRow} each): level and unit, growth (published or
 *   from levels; a status word when the base is not positive), the earlier period's growth (from a second
 *   analysis of the previous period), the target (growth targets against the growth, rate targets such as
 *   失业率 against the level; level targets as completion and 序时进度).
 * - `rowsFromPeers`: one region among the peers (regions in rows): its growth and level, rank with 并列, rank in
 *   the earlier period, the reference row's own rate (全盟, an input, METHODS.md §1.16) and the earlier growth.
 *
 * Rows without a figure for the period are left out by the paragraph (reported as skipped), never invented.
 */
import { nameKey } from "../../core/track/inputs";
import { periodWording, type PeriodOptions } from "../../core/wording";
import type { PeerResult } from "../../core/track/peers";
import type { TrackRow } from "../../core/track/types";
import type { PhraseRow } from "./types";

export interface FromTrackOptions {
  /** Subject region written before each indicator ("全盟", "全旗"); "" for none. */
  region?: string;
  /** Rows of the previous period's analysis, for 增速比…加快/回落. */
  previous?: readonly TrackRow[];
  /** Cumulative months of the previous period (for its label). */
  previousMonths?: number | null;
  /** Only these indicators (by name), in this order of preference; default all. */
  indicators?: readonly string[];
  /** How periods are written: "1-10月" (default), "1—10月份", or quarter names. */
  period?: PeriodOptions;
}

/** The period as written in the sentence ("1-10月", "1—10月份", "前三季度"); the Track label when out of range. */
function label(months: number, style: PeriodOptions | undefined): string {
  const w = periodWording(months, style ?? {});
  return typeof w === "string" ? w : `1-${months}月`;
}

function wanted(name: string, list: readonly string[] | undefined): boolean {
  if (!list) return true;
  const k = nameKey(name);
  return list.some((n) => nameKey(n) === k);
}

export function rowsFromTrack(rows: readonly TrackRow[], options: FromTrackOptions = {}): PhraseRow[] {
  const prevByName = new Map<string, TrackRow>();
  for (const r of options.previous ?? []) prevByName.set(nameKey(r.name), r);
  const out: PhraseRow[] = [];
  for (const r of rows) {
    if (!wanted(r.name, options.indicators)) continue;
    const row: PhraseRow = { indicator: r.name, region: options.region ?? "" };
    if (r.months !== null) row.period = label(r.months, options.period);
    if (r.current !== null) {
      row.level = r.current;
      row.unit = r.unit;
    }
    if (r.growth !== null) row.growth = r.growth;
    else if (r.growthWord) row.growth = r.growthWord;
    const prev = prevByName.get(nameKey(r.name));
    if (
      r.growth !== null &&
      prev &&
      prev.growth !== null &&
      prev.months !== null &&
      r.months !== null &&
      prev.months < r.months
    ) {
      row.previousGrowth = prev.growth;
      row.previousLabel = label(prev.months, options.period);
    }
    const t = r.target;
    if (t) {
      if (t.kind === "growth" && r.growth !== null) {
        row.target = t.value;
        row.targetText = r.targetText.trim() ? shortTarget(t.value, t.qualifier) : undefined;
        row.qualifier = t.qualifier ?? undefined;
        row.direction = t.direction;
      } else if (t.kind === "rate" && r.current !== null && r.unit === "%") {
        row.target = t.value;
        row.targetText = shortTarget(t.value, t.qualifier);
        row.qualifier = t.qualifier ?? undefined;
        row.direction = t.direction;
        row.targetOn = "level";
      } else if (t.kind === "level" && r.completion !== null) {
        row.completion = r.completion;
        if (r.schedule !== null) row.progress = r.schedule;
      }
    }
    out.push(row);
  }
  return out;
}

function shortTarget(value: number, qualifier: string | null): string {
  return `${value}%${qualifier ?? ""}`;
}

export interface FromPeersOptions {
  /** Peer results of the previous period (same table), for the earlier growth. */
  previous?: readonly PeerResult[];
  indicators?: readonly string[];
  period?: PeriodOptions;
  /** How the peer group is named in the sentence; default the reference row's name ("全盟"). */
  scope?: string;
}

export function rowsFromPeers(
  peers: readonly PeerResult[],
  region: string,
  options: FromPeersOptions = {},
): PhraseRow[] {
  const out: PhraseRow[] = [];
  for (const p of peers) {
    if (!wanted(p.indicator, options.indicators)) continue;
    const me = p.ranks.find((r) => r.region === region);
    if (!me) continue;
    const scope = options.scope ?? p.reference?.name ?? "";
    const row: PhraseRow = { indicator: p.indicator, region, period: label(p.months, options.period), scope };
    if (me.level !== null) {
      row.level = me.level;
      row.unit = p.unit;
    }
    if (me.growth !== null) row.growth = me.growth;
    else if (me.growthWord) row.growth = me.growthWord;
    if (me.growth !== null && p.reference?.growth !== null && p.reference?.growth !== undefined) {
      row.reference = p.reference.growth;
      row.referenceName = `${scope}平均`;
    }
    if (me.growthRank !== null) {
      row.rank = me.growthRank;
      row.tied = me.tied;
      if (me.previousRank !== null && p.previousMonths !== null) {
        row.previousRank = me.previousRank;
        row.previousRankLabel = label(p.previousMonths, options.period);
      }
    }
    const prev = options.previous?.find((q) => nameKey(q.indicator) === nameKey(p.indicator));
    const prevMe = prev?.ranks.find((r) => r.region === region);
    if (me.growth !== null && prev && prevMe && prevMe.growth !== null && prev.months < p.months) {
      row.previousGrowth = prevMe.growth;
      row.previousLabel = label(prev.months, options.period);
    }
    out.push(row);
  }
  return out;
}
