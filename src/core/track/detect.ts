/**
 * @summary 列识别 / detecting what each column of a bureau table holds, from its header text
 *
 * A bureau sheet has one or two header rows: "指标名称 | 单位 | 2023年实绩 | 2024年目标 | 1-2月 … 1-10月" or a group row
 * ("本年累计", "上年同期", "累计增速(%)", often merged) above a row of period labels. The header row is the first of the
 * top 12 rows with a name header (指标名称 / 指标 / 项目 / 名称); a second header row is taken when the next row
 * labels periods and has no numbers. Merged header cells are filled from their top-left cell, and a group label
 * runs right over blank cells while the row below has labels.
 *
 * Roles (first match wins): 指标名称 → name; 单位 → unit; …目标 → target; 上年全年 / 上年实绩 / 20xx年实绩 (no period)
 * → priorFull; 增速 / 增长 / % (with a period, or alone) → growth; 上年 / 去年 / 同期 → prior; a period label or
 * 本期 / 本年累计 / 本月累计 → current; anything else (数据来源, 备注, 序号, 20xx年增速) → ignore.
 *
 * The result is a proposal: the task pane shows it in dropdowns for the user to correct.
 *
 * @example detectColumns([["指标名称","单位","1-10月","上年同期","增速(%)","年度目标"]]).mapping.columns.map(c => c.role)
 * // => ["name","unit","current","prior","growth","target"]
 */
import type { CellRectLike } from "./grid";
import { fillMerges, textOf } from "./grid";
import { monthsInLabel } from "./periodLabel";
import type { ColumnMapping, ColumnRole, DetectResult, GridValue } from "./types";

const NAME_RE = /^(指标名称|指标|项目|名称|指标名|主要指标)$/;
const UNIT_RE = /^(计量)?单位$/;
const TARGET_RE = /目标|计划/;
const PRIOR_FULL_RE = /上年全年|上年实绩|上年完成|^(19|20)\d{2}年(实绩|完成|全年|实际)$/;
const GROWTH_RE = /增速|增长|增幅|%|％|同比/;
const PRIOR_RE = /上年|去年|同期/;
const CURRENT_RE = /本期|本年|累计|本月|实际完成|完成/;
const YEAR_ONLY_RE = /(19|20)\d{2}年/;

function isNameHeader(v: GridValue): boolean {
  return NAME_RE.test(textOf(v).replace(/\s+/g, ""));
}

/** Classify one column from its joined label. */
export function classifyHeader(label: string): { role: ColumnRole; months: number | null } {
  const s = label.replace(/\s+/g, "");
  const parts = s.split("/");
  if (parts.some((p) => NAME_RE.test(p))) return { role: "name", months: null };
  if (parts.some((p) => UNIT_RE.test(p))) return { role: "unit", months: null };
  if (TARGET_RE.test(s)) return { role: "target", months: null };
  const months = monthsInLabel(s);
  if (parts.some((p) => PRIOR_FULL_RE.test(p)) && !GROWTH_RE.test(s)) {
    return { role: "priorFull", months: null };
  }
  if (months === null && YEAR_ONLY_RE.test(s)) return { role: "ignore", months: null };
  if (GROWTH_RE.test(s)) return { role: "growth", months };
  if (PRIOR_RE.test(s)) return { role: "prior", months };
  if (months !== null || CURRENT_RE.test(s)) return { role: "current", months };
  return { role: "ignore", months: null };
}

function looksLikeSubHeader(row: GridValue[] | undefined): boolean {
  if (!row) return false;
  let labels = 0;
  for (const v of row) {
    if (typeof v === "number") return false;
    const t = textOf(v);
    if (t && (monthsInLabel(t) !== null || GROWTH_RE.test(t) || PRIOR_RE.test(t))) labels++;
  }
  return labels > 0;
}

/**
 * Detect the header and the role of every column.
 * @param grid cell values, row by row (a selection, a table or a sheet's used range)
 * @param merges merged areas in grid coordinates (optional)
 */
export function detectColumns(grid: GridValue[][], merges: CellRectLike[] = []): DetectResult {
  const filled = fillMerges(grid, merges);
  const h = filled.slice(0, 12).findIndex((row) => row.some(isNameHeader));
  if (h < 0) return { mapping: null, problems: ["noHeader"] };
  const top = filled[h] as GridValue[];
  const next = filled[h + 1];
  const twoRows = looksLikeSubHeader(next);
  const width = Math.max(top.length, next?.length ?? 0);
  const columns: ColumnMapping[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    const g = textOf(top[c]);
    const sub = twoRows ? textOf(next?.[c]) : "";
    if (g) group = g;
    else if (!sub) group = "";
    const effective = g || (sub ? group : "");
    const header = [effective, sub].filter((x, i, a) => x && a.indexOf(x) === i).join("/");
    const { role, months } = header ? classifyHeader(header) : { role: "ignore" as ColumnRole, months: null };
    columns.push({ column: c, header, role, months });
  }
  const problems: DetectResult["problems"] = [];
  if (!columns.some((c) => c.role === "name")) problems.push("noNameColumn");
  if (!columns.some((c) => c.role === "current" || c.role === "growth")) problems.push("noValueColumns");
  const headerRows = twoRows ? [h, h + 1] : [h];
  return { mapping: { headerRows, firstDataRow: h + headerRows.length, columns }, problems };
}

/** The cumulative periods (months) that have current or growth columns, ascending. */
export function periodsInMapping(columns: readonly ColumnMapping[]): number[] {
  const set = new Set<number>();
  for (const c of columns)
    if ((c.role === "current" || c.role === "growth") && c.months !== null) set.add(c.months);
  return [...set].sort((a, b) => a - b);
}
