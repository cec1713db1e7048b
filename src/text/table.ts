/**
 * @summary 记录 → 表格 / records as table rows (IND.EXTRACT, the Read view, `ind extract --csv`)
 *
 * One column set for every place records become a table, so the function, the task pane and the command
 * line agree. Column ids are the record's field names; headers are Chinese or English. Values are cells:
 * numbers stay numbers; a structure prints as "47：23：30"; an `x` slot prints "x"; booleans print 是/否.
 *
 * @example recordsToRows(records, ["indicator", "value", "unit"], "zh") // => [["指标","数值","单位"], …]
 */
import type { IndicatorRecord, Metric, RecordKind } from "./types";

export type ColumnId =
  | "line"
  | "indicator"
  | "kind"
  | "period"
  | "metric"
  | "value"
  | "unit"
  | "qualifier"
  | "scope"
  | "implicit"
  | "rank_change"
  | "note"
  | "quote";

export const ALL_COLUMNS: readonly ColumnId[] = [
  "line",
  "indicator",
  "kind",
  "period",
  "metric",
  "value",
  "unit",
  "qualifier",
  "scope",
  "implicit",
  "rank_change",
  "note",
  "quote",
];

/** The default columns of IND.EXTRACT and the Read view's inserted table. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  "indicator",
  "kind",
  "period",
  "metric",
  "value",
  "unit",
  "qualifier",
  "scope",
  "line",
  "quote",
];

export const COLUMN_HEADERS: Readonly<Record<ColumnId, { zh: string; en: string }>> = {
  line: { zh: "行号", en: "Line" },
  indicator: { zh: "指标", en: "Indicator" },
  kind: { zh: "类别", en: "Kind" },
  period: { zh: "时期", en: "Period" },
  metric: { zh: "口径", en: "Metric" },
  value: { zh: "数值", en: "Value" },
  unit: { zh: "单位", en: "Unit" },
  qualifier: { zh: "限定", en: "Qualifier" },
  scope: { zh: "范围", en: "Scope" },
  implicit: { zh: "主语推断", en: "Implicit subject" },
  rank_change: { zh: "位次变化", en: "Rank change" },
  note: { zh: "说明", en: "Note" },
  quote: { zh: "原文", en: "Source clause" },
};

export const KIND_LABELS: Readonly<Record<RecordKind, { zh: string; en: string }>> = {
  actual: { zh: "实绩", en: "actual" },
  estimate: { zh: "预计", en: "estimate" },
  target: { zh: "目标", en: "target" },
  other: { zh: "其他", en: "other" },
};

export const METRIC_LABELS: Readonly<Record<Metric, { zh: string; en: string }>> = {
  level: { zh: "总量", en: "level" },
  growth: { zh: "增速", en: "growth" },
  cagr: { zh: "年均增速", en: "average growth" },
  pp_change: { zh: "百分点变化", en: "pp change" },
  abs_change: { zh: "增量", en: "absolute change" },
  share: { zh: "比重/比率", en: "share" },
  multiple: { zh: "倍数", en: "multiple" },
  completion: { zh: "完成程度", en: "completion" },
  rank: { zh: "位次", en: "rank" },
  structure: { zh: "结构", en: "structure" },
};

/**
 * Resolve a column list written by a user ("indicator,value,unit", "指标 数值 单位", or an array) to ids.
 * Returns the ids, or the first unknown name.
 */
export function parseColumns(spec: string | readonly string[]): { ids: ColumnId[] } | { unknown: string } {
  const names = (typeof spec === "string" ? spec.split(/[,，、;；\s]+/) : [...spec])
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  const ids: ColumnId[] = [];
  for (const n of names) {
    const lower = n.toLowerCase();
    const id = ALL_COLUMNS.find(
      (c) => c === lower || COLUMN_HEADERS[c].zh === n || COLUMN_HEADERS[c].en.toLowerCase() === lower,
    );
    if (!id) return { unknown: n };
    ids.push(id);
  }
  return { ids: ids.length > 0 ? ids : [...DEFAULT_COLUMNS] };
}

export type TableCell = string | number | boolean;

function formatStructure(v: readonly (number | null)[]): string {
  return v.map((p) => (p === null ? "x" : String(p))).join("：");
}

/** One record's cell for a column, in the given language. */
export function recordCell(r: IndicatorRecord, col: ColumnId, lang: "zh" | "en"): TableCell {
  switch (col) {
    case "line":
      return r.line;
    case "indicator":
      return r.indicator;
    case "kind":
      return KIND_LABELS[r.kind]?.[lang] ?? r.kind;
    case "period":
      return r.period ?? "";
    case "metric":
      return METRIC_LABELS[r.metric]?.[lang] ?? r.metric;
    case "value":
      if (Array.isArray(r.value)) return formatStructure(r.value);
      if (r.value === null) return r.placeholder ? "x" : "";
      return r.value === 0 ? 0 : r.value;
    case "unit":
      return r.unit ?? "";
    case "qualifier":
      return r.qualifier ?? "";
    case "scope":
      return r.scope ?? "";
    case "implicit":
      return lang === "zh" ? (r.indicator_implicit ? "是" : "否") : r.indicator_implicit;
    case "rank_change":
      return r.rank_change ?? "";
    case "note":
      return r.note ?? (r.range ? `${r.range[0]}–${r.range[1]}` : "");
    case "quote":
      return r.quote;
    default:
      return "";
  }
}

/** Header row + one row per record. */
export function recordsToRows(
  records: readonly IndicatorRecord[],
  columns: readonly ColumnId[] = DEFAULT_COLUMNS,
  lang: "zh" | "en" = "zh",
): TableCell[][] {
  const rows: TableCell[][] = [columns.map((c) => COLUMN_HEADERS[c][lang])];
  for (const r of records) rows.push(columns.map((c) => recordCell(r, c, lang)));
  return rows;
}
