/**
 * @summary 同级地区位次 / ranking peer regions (旗县市区) for a period, and the change from the previous period
 *
 * A peer sheet has regions in rows and, per indicator, columns by period and kind: "1-10月" (level) and
 * "1-10月增速(%)" (growth), often under a merged indicator label ("社会消费品零售总额（亿元）"). The reference row
 * (全盟 / 全市 / 全区 / 全省 / 全国 / 合计) is the aggregate **as given**: it is the comparison rate in the sentences
 * and is never ranked and never replaced by the mean of the members (METHODS.md §1.16, T38).
 *
 * Ranking ({@link ranker}, METHODS.md §1.14): competition (1, 1, 3), ties decided at one decimal for growth (the
 * published precision) and two decimals for levels; lower-is-better indicators (失业率, 能耗 …) rank ascending. A
 * region without a rate ("—": zero or negative base, or no data) is 不参与排位. The change is previous rank − current
 * rank (positive = 前移) against the latest earlier period in the sheet.
 */
import { isIndicatorError } from "../errors";
import { ranker } from "../rank";
import { fillMerges, readNumberCell, roundFast, textOf, type CellRectLike } from "./grid";
import { monthsInLabel } from "./periodLabel";
import type { GridValue } from "./types";

const REGION_HEADER_RE = /^(地区|地区名称|区域|旗县市区|旗县市（区）|旗县|县市区|单位|单位名称|盟市|地市)$/;
const REFERENCE_RE = /^(全(盟|市|区|省|国|县|旗|州)|合计|总计|全部)/;
const GROWTH_RE = /增速|增长|增幅|%|％|同比/;
const LOWER_IS_BETTER_RE = /失业率|能耗|污染|事故|亏损|PM2\.5|物价|CPI/i;

export interface PeerColumn {
  column: number;
  months: number;
  kind: "level" | "growth";
}

export interface PeerIndicator {
  name: string;
  unit: string;
  columns: PeerColumn[];
}

export interface PeerTable {
  headerRows: number[];
  regionColumn: number;
  /**
   * Regions in columns, indicators in rows (one period, named in the title or the row labels): `regions[].row`
   * is then the region's grid column and `columns[].column` the indicator's grid row. Use {@link peerCell}.
   */
  transposed?: boolean;
  regions: { name: string; row: number }[];
  reference: { name: string; row: number } | null;
  indicators: PeerIndicator[];
}

function splitUnit(label: string): { name: string; unit: string } {
  const m = /^(.*?)[（(]([^）)]*)[）)]\s*$/.exec(label);
  if (m && m[1] && m[2] !== undefined) return { name: m[1].trim(), unit: m[2].trim() };
  return { name: label.trim(), unit: "" };
}

function cleanName(label: string): string {
  return label
    .replace(/(19|20)\d{2}年/g, "")
    .replace(/(1|一)\s*[-—–~～至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?/g, "")
    .replace(/累计|增速|增长率?|增幅|同比|总量|绝对额|[(（]\s*%\s*[)）]|%|％/g, "")
    .replace(/[/\s]+$/, "")
    .trim();
}

/** The cell of a peer table at (region's row, indicator's column), whatever the orientation. */
export function peerCell(
  grid: GridValue[][],
  table: PeerTable,
  regionRow: number,
  column: number | null,
): GridValue {
  if (column === null) return null;
  return (table.transposed ? grid[column]?.[regionRow] : grid[regionRow]?.[column]) ?? null;
}

/** Grid (row, column) of a peer cell, for addresses. */
export function peerCellAt(
  table: PeerTable,
  regionRow: number,
  column: number,
): { row: number; col: number } {
  return table.transposed ? { row: column, col: regionRow } : { row: regionRow, col: column };
}

const REGION_NAME_RE = /^.{1,12}(旗|县|市|区|盟|州|镇|乡|苏木)$/;
const INDICATOR_HEADER_RE = /^(指标|指标名称|项目|主要指标)/;

/**
 * Regions as columns: a header row with an indicator-name cell and at least three region names (…旗, …县, …市,
 * …区, or the reference 全盟 / 合计); each row below is an indicator. Its period comes from the row label
 * ("规上工业增加值1-10月增速(%)"), else from the title rows above, else it is the picked period (months 0).
 */
function detectTransposed(g: GridValue[][]): PeerTable | null {
  const h = g.slice(0, 12).findIndex((row) => {
    const texts = row.map((v) => textOf(v).replace(/\s+/g, ""));
    return (
      texts.some((t) => INDICATOR_HEADER_RE.test(t)) &&
      texts.filter((t) => REGION_NAME_RE.test(t) || REFERENCE_RE.test(t)).length >= 3
    );
  });
  if (h < 0) return null;
  const head = (g[h] ?? []).map((v) => textOf(v).replace(/\s+/g, ""));
  const nameCol = head.findIndex((t) => INDICATOR_HEADER_RE.test(t));
  const title = g
    .slice(0, h)
    .flat()
    .map((v) => textOf(v))
    .join(" ");
  const titleMonths = monthsInLabel(title);
  const titleGrowth = /增速|增长|增幅/.test(title) && !/总量/.test(title);
  const regions: PeerTable["regions"] = [];
  let reference: PeerTable["reference"] = null;
  head.forEach((t, c) => {
    if (c === nameCol || !t) return;
    if (REFERENCE_RE.test(t)) {
      if (!reference) reference = { name: t, row: c };
    } else if (REGION_NAME_RE.test(t)) regions.push({ name: t, row: c });
  });
  const byName = new Map<string, PeerIndicator>();
  for (let r = h + 1; r < g.length; r++) {
    const label = textOf(g[r]?.[nameCol]);
    if (!label || /^(注|说明|资料来源)/.test(label)) continue;
    const months = monthsInLabel(label) ?? titleMonths ?? 0;
    const { name: raw, unit } = splitUnit(label);
    const growth = GROWTH_RE.test(label) || (titleGrowth && unit === "");
    const name = cleanName(raw);
    if (!name) continue;
    const ind = byName.get(name) ?? { name, unit: unit === "%" ? "" : unit, columns: [] };
    ind.columns.push({ column: r, months, kind: growth ? "growth" : "level" });
    byName.set(name, ind);
  }
  if (byName.size === 0 || regions.length < 2) return null;
  return {
    headerRows: [h],
    regionColumn: nameCol,
    regions,
    reference,
    indicators: [...byName.values()],
    transposed: true,
  };
}

/** Find a peer table in a grid (regions in rows, or regions in columns); null when there is none. */
export function detectPeers(grid: GridValue[][], merges: CellRectLike[] = []): PeerTable | null {
  const g = fillMerges(grid, merges);
  const h = g
    .slice(0, 12)
    .findIndex((row) => row.some((v) => REGION_HEADER_RE.test(textOf(v).replace(/\s+/g, ""))));
  if (h < 0) return detectTransposed(g);
  const top = g[h] as GridValue[];
  const regionColumn = top.findIndex((v) => REGION_HEADER_RE.test(textOf(v).replace(/\s+/g, "")));
  const next = g[h + 1] ?? [];
  const twoRows =
    next.every((v) => typeof v !== "number") && next.some((v) => monthsInLabel(textOf(v)) !== null);
  const byName = new Map<string, PeerIndicator>();
  const width = Math.max(top.length, next.length);
  // Labels repeat (every indicator has the same period sub-headers): read each distinct label once.
  const monthsMemo = new Map<string, number | null>();
  const months = (label: string) => {
    let m = monthsMemo.get(label);
    if (m === undefined) {
      m = monthsInLabel(label);
      monthsMemo.set(label, m);
    }
    return m;
  };
  const nameMemo = new Map<string, { name: string; unit: string }>();
  const nameOf = (label: string) => {
    let n = nameMemo.get(label);
    if (!n) {
      const split = splitUnit(twoRows ? label : cleanName(label));
      n = { name: cleanName(split.name), unit: split.unit };
      nameMemo.set(label, n);
    }
    return n;
  };
  let group = "";
  for (let c = 0; c < width; c++) {
    if (c === regionColumn) continue;
    const gt = textOf(top[c]);
    const sub = twoRows ? textOf(next[c]) : "";
    if (gt) group = gt;
    const m = months(twoRows ? sub || group : gt);
    if (m === null) continue;
    const kind: PeerColumn["kind"] = GROWTH_RE.test(twoRows ? sub : gt) ? "growth" : "level";
    const { name, unit } = nameOf(twoRows ? group : gt);
    if (!name) continue;
    const ind = byName.get(name) ?? { name, unit: unit === "%" ? "" : unit, columns: [] };
    ind.columns.push({ column: c, months: m, kind });
    byName.set(name, ind);
  }
  const regions: PeerTable["regions"] = [];
  let reference: PeerTable["reference"] = null;
  for (let r = h + (twoRows ? 2 : 1); r < g.length; r++) {
    const name = textOf(g[r]?.[regionColumn]);
    if (!name || /^(注|说明|资料来源)/.test(name)) continue;
    if (REFERENCE_RE.test(name)) {
      if (!reference) reference = { name, row: r };
      continue;
    }
    regions.push({ name, row: r });
  }
  if (byName.size === 0 || regions.length === 0) return null;
  return {
    headerRows: twoRows ? [h, h + 1] : [h],
    regionColumn,
    regions,
    reference,
    indicators: [...byName.values()],
  };
}

export interface PeerRank {
  region: string;
  row: number;
  growth: number | null;
  /** Text shown instead of a rate ("—") when the region is not ranked on growth. */
  growthWord: string | null;
  level: number | null;
  growthRank: number | null;
  /** True when another region shares the growth rank (并列). */
  tied: boolean;
  levelRank: number | null;
  previousRank: number | null;
  /** previous − current: positive = moved up (前移). */
  change: number | null;
  /** Growth − reference growth in 百分点. */
  vsReference: number | null;
}

export interface PeerResult {
  indicator: string;
  unit: string;
  months: number;
  previousMonths: number | null;
  lowerIsBetter: boolean;
  /** The reference (全盟) as given in the sheet, never computed from the members. */
  reference: { name: string; growth: number | null; level: number | null } | null;
  ranks: PeerRank[];
  /** Ranked regions (with a rate). */
  ranked: number;
  growthColumn: number | null;
  levelColumn: number | null;
}

/** The column of an indicator for a period; months 0 marks a table of one unnamed period (the picked one). */
function colFor(ind: PeerIndicator, months: number, kind: PeerColumn["kind"]): number | null {
  const exact = ind.columns.find((c) => c.months === months && c.kind === kind);
  return (exact ?? ind.columns.find((c) => c.months === 0 && c.kind === kind))?.column ?? null;
}

function ranksOf(
  values: (number | null)[],
  order: 0 | 1,
  digits: number,
): { rank: (number | null)[]; tied: boolean[] } {
  // Round once here (ties at display precision), then rank the rounded values: the same ranks as ranker's own
  // `digits`, without rounding every value twice.
  values = values.map((v) => (v === null ? null : roundFast(v, digits)));
  const f = ranker(values, { order });
  if (typeof f !== "function") return { rank: values.map(() => null), tied: values.map(() => false) };
  const rank = values.map((v) => {
    if (v === null) return null;
    const r = f(v);
    return isIndicatorError(r) ? null : r;
  });
  const seen = new Map<number, number>();
  for (const r of rank) if (r !== null) seen.set(r, (seen.get(r) ?? 0) + 1);
  const tied = rank.map((r) => r !== null && (seen.get(r) ?? 0) > 1);
  return { rank, tied };
}

/**
 * Rank every indicator of the peer table for a period (cumulative months).
 * @param lowerIsBetter indicator names that rank ascending, besides the built-in list (失业率, 能耗, …)
 */
export function rankPeers(
  grid: GridValue[][],
  table: PeerTable,
  months: number,
  lowerIsBetter: ReadonlySet<string> = new Set(),
): PeerResult[] {
  const out: PeerResult[] = [];
  for (const ind of table.indicators) {
    const gCol = colFor(ind, months, "growth");
    let lCol = colFor(ind, months, "level");
    if (gCol === null && lCol === null) continue;
    const earlier = [...new Set(ind.columns.map((c) => c.months))]
      .filter((m) => m > 0 && m < months)
      .sort((a, b) => b - a);
    const prevMonths = earlier[0] ?? null;
    const pCol = prevMonths === null ? null : colFor(ind, prevMonths, "growth");
    const low = lowerIsBetter.has(ind.name) || LOWER_IS_BETTER_RE.test(ind.name);
    const order: 0 | 1 = low ? 1 : 0;
    const cell = (row: number, col: number | null) => peerCell(grid, table, row, col);
    const asNum = (v: GridValue) => {
      const r = readNumberCell(v);
      return r.kind === "number" ? r.value : null;
    };
    const growths = table.regions.map((r) => asNum(cell(r.row, gCol)));
    let levels = table.regions.map((r) => asNum(cell(r.row, lCol)));
    if (levels.every((v) => v === null)) {
      // A level column with no figures (rates-only indicator such as 规上工业增加值): no level rank.
      lCol = null;
      levels = levels.map(() => null);
    }
    if (gCol === null && lCol === null) continue;
    const prevs = table.regions.map((r) => asNum(cell(r.row, pCol)));
    const g = ranksOf(growths, order, 1);
    const l = ranksOf(levels, order, 2);
    const p = ranksOf(prevs, order, 1);
    const refGrowth = table.reference ? asNum(cell(table.reference.row, gCol)) : null;
    const ranks: PeerRank[] = table.regions.map((r, i) => {
      const gr = g.rank[i] ?? null;
      const pr = p.rank[i] ?? null;
      const growth = growths[i] ?? null;
      const raw = cell(r.row, gCol);
      return {
        region: r.name,
        row: r.row,
        growth,
        growthWord: growth === null && gCol !== null ? textOf(raw) || "—" : null,
        level: levels[i] ?? null,
        growthRank: gr,
        tied: g.tied[i] ?? false,
        levelRank: l.rank[i] ?? null,
        previousRank: pr,
        change: gr !== null && pr !== null ? pr - gr : null,
        vsReference: growth !== null && refGrowth !== null ? growth - refGrowth : null,
      };
    });
    out.push({
      indicator: ind.name,
      unit: ind.unit,
      months,
      previousMonths: pCol === null ? null : prevMonths,
      lowerIsBetter: low,
      reference: table.reference
        ? { name: table.reference.name, growth: refGrowth, level: asNum(cell(table.reference.row, lCol)) }
        : null,
      ranks,
      ranked: ranks.filter((r) => r.growthRank !== null).length,
      growthColumn: gCol,
      levelColumn: lCol,
    });
  }
  return out;
}
