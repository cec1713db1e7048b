/**
 * The Read view's workbook side, kept free of the DOM so it is tested in Node:
 * - the table of ticked records for 插入表格 (a new sheet each time, never over existing cells);
 * - the targets for 导入目标, in the layout the Track view reads from the sheet 年度目标
 *   (src/core/track/inputs.ts `targetsFromSheet`: 指标 · 目标值 · 限定词 · 方向 · 单位; extra columns are kept
 *   for the reader: 口径 · 时期 · 原文).
 */
import type { IndicatorRecord } from "../../text/types";
import { DEFAULT_COLUMNS, recordsToRows } from "../../text/table";
import type { OutputCell, SheetSpec } from "../../workbook/types";
import type { UiLang } from "../context";
import { fmt, readStrings } from "./strings";

export const RECORDS_SHEET = "读取结果";
export const TARGETS_SHEET = "年度目标";

/** The first of 读取结果, 读取结果2, 读取结果3 … that is not a sheet yet. */
export function newSheetName(existing: readonly string[], base = RECORDS_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; i < 10_000; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
  return `${base}${Date.now()}`;
}

/** Table names must be unique in a workbook and contain no spaces: IndRead, IndRead2, … matching the sheet. */
function tableNameFor(sheet: string): string {
  const n = /(\d+)$/.exec(sheet)?.[1] ?? "";
  return `IndRead${n}`;
}

/** 插入表格: the ticked records as a native table on a new sheet, with the source clause kept. */
export function recordsSheetSpec(
  records: readonly IndicatorRecord[],
  sheet: string,
  lang: UiLang,
  sourceName: string,
  date: string,
): SheetSpec {
  const s = readStrings[lang];
  const rows = recordsToRows(records, DEFAULT_COLUMNS, lang);
  const header = rows[0] as string[];
  const body = rows.slice(1) as OutputCell[][];
  const valueCol = DEFAULT_COLUMNS.indexOf("value");
  const quoteCol = DEFAULT_COLUMNS.indexOf("quote");
  const formats: (string | null)[] = DEFAULT_COLUMNS.map(() => null);
  formats[quoteCol] = "@";
  formats[valueCol] = "General";
  return {
    sheet,
    title: [fmt(s.sheetTitle, { source: sourceName, n: records.length, date })],
    tables: [{ name: tableNameFor(sheet), header, rows: body, numberFormats: formats }],
    activate: true,
  };
}

/**
 * The direction word the Track view understands: growth → 增长/下降 (the value is then unsigned), an upper
 * bound (以内/以下/不超过) → 控制在, otherwise empty (a level or a share to reach).
 */
export function directionOf(r: IndicatorRecord): string {
  if (r.metric === "growth" || r.metric === "cagr")
    return typeof r.value === "number" && r.value < 0 ? "下降" : "增长";
  if (r.metric === "pp_change") return typeof r.value === "number" && r.value < 0 ? "下降" : "提高";
  if (r.qualifier === "以内" || r.qualifier === "以下") return "控制在";
  return "";
}

/** Target records (kind "target" with a number) as rows of the 年度目标 sheet. */
export function targetRows(records: readonly IndicatorRecord[]): OutputCell[][] {
  const rows: OutputCell[][] = [];
  for (const r of records) {
    if (r.kind !== "target" || typeof r.value !== "number") continue;
    if (r.metric === "rank" || r.metric === "structure") continue;
    const dir = directionOf(r);
    const value = dir === "下降" ? Math.abs(r.value) : r.value;
    rows.push([
      r.indicator,
      value === 0 ? 0 : value,
      r.qualifier ?? "",
      dir,
      r.unit ?? "",
      r.metric,
      r.period ?? "",
      r.quote,
    ]);
  }
  return rows;
}

/** 导入目标: the 年度目标 sheet (header in Chinese in every UI language: the Track view matches these words). */
export function targetsSheetSpec(records: readonly IndicatorRecord[], lang: UiLang): SheetSpec {
  const s = readStrings[lang];
  return {
    sheet: TARGETS_SHEET,
    title: [s.targetsTitle],
    tables: [
      {
        name: "IndTargets",
        header: [...s.targetHeader],
        rows: targetRows(records),
        numberFormats: [null, "General", null, null, null, null, "@", "@"],
      },
    ],
    activate: true,
  };
}
