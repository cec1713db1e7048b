/**
 * IND.EXTRACT: report text → a spilled table of indicator records (header row + one row per record), a thin
 * wrapper over src/text/extract. Traditional text loads the converter lazily (a separate chunk), so the
 * functions bundle stays small.
 */
import { fail, type IndicatorError } from "../core/errors";
import { extractRecords } from "../text/extract";
import { prepare } from "../text/opencc";
import { parseColumns, recordsToRows, ALL_COLUMNS, COLUMN_HEADERS, type TableCell } from "../text/table";
import { currentLanguage, isBlank, isExcelErrorValue, toExcelError, toGrid } from "./runtime";

/** Excel may pass the Invocation object in an omitted optional slot: treat it as omitted. */
function isInvocation(x: unknown): boolean {
  return x !== null && typeof x === "object" && !Array.isArray(x) && ("functionName" in x || "address" in x);
}

/** The text of a cell or a range (cells joined by line breaks, row by row); an error cell is an error. */
export function textOf(x: unknown): string | IndicatorError {
  const parts: string[] = [];
  for (const row of toGrid(x)) {
    for (const v of row) {
      if (isBlank(v) || isInvocation(v)) continue;
      if (isExcelErrorValue(v))
        return fail("value", "errorInput", { got: String((v as { code?: unknown }).code ?? v) });
      if (typeof v === "string") parts.push(v);
      else if (typeof v === "number" || typeof v === "boolean") parts.push(String(v));
      else return fail("value", "extractNeedsText", { got: String(v) });
    }
  }
  return parts.join("\n");
}

/** The records of `text` as rows in the current language; an IndicatorError for bad arguments. */
export async function extractTable(
  text: unknown,
  columns?: unknown,
): Promise<TableCell[][] | IndicatorError> {
  const lang = currentLanguage();
  const t = textOf(text);
  if (typeof t !== "string") return t;
  let ids = undefined as ReturnType<typeof parseColumns> | undefined;
  if (columns !== undefined && columns !== null && !isInvocation(columns)) {
    const names: string[] = [];
    for (const row of toGrid(columns)) for (const v of row) if (!isBlank(v)) names.push(String(v));
    if (names.length > 0) ids = parseColumns(names.length === 1 ? (names[0] as string) : names);
  }
  if (ids && "unknown" in ids) {
    return fail("value", "extractUnknownColumn", {
      got: ids.unknown,
      list: ALL_COLUMNS.map((c) => (lang === "zh" ? COLUMN_HEADERS[c].zh : c)).join(
        lang === "zh" ? "、" : ", ",
      ),
    });
  }
  const options = await prepare(t);
  const records = extractRecords(t, options);
  return recordsToRows(records, ids && "ids" in ids ? ids.ids : undefined, lang);
}

/**
 * Reads Chinese report text and returns its indicator statements as a table: a header row, then one row per statement (indicator, kind, period, metric, value, unit, qualifier, scope, line, source clause). Growth declines are negative; rates are in percent.
 * @customfunction EXTRACT
 * @param text Report text: a cell, or a range whose cells are read in order as lines.
 * @param [columns] Optional columns to return, e.g. "indicator,value,unit" (or 指标,数值,单位); default all main columns.
 * @returns A table that spills: header row plus one row per record.
 */
export async function extract(text: any, columns?: any): Promise<any[][]> {
  let result: TableCell[][] | IndicatorError;
  try {
    result = await extractTable(text, columns);
  } catch (e) {
    throw toExcelError(fail("value", "internal", { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (!Array.isArray(result)) throw toExcelError(result);
  return result;
}
