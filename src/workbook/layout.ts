/**
 * Where `writeSheet` puts things, shared by every adapter so the in-memory workbook, the .xlsx export and
 * Excel lay out a SheetSpec identically (and return the same table rectangles):
 *
 * - title lines in column A from row 1, then one blank row;
 * - each table from column A (header + body; an empty body is one blank row, as Excel keeps it), followed
 *   by one blank row; a table with a chart leaves room for the chart beside it (16 rows × 8 columns, one
 *   column to the right of the table);
 * - the summaries (pivots) below the tables, each followed by one blank row.
 */
import { sanitizeTableName, uniqueHeaders } from "./names";
import type { CellRect, ChartSpec, OutputCell, SheetSpec, TableSpec } from "./types";

export const CHART_ROWS = 16;
export const CHART_COLS = 8;

export interface PlannedTable {
  spec: TableSpec;
  /** The name actually used (sanitised, unique in the workbook). */
  name: string;
  /** Headers as Excel will store them (text, unique). */
  header: string[];
  /** Body rows padded to the header's width; at least one row. */
  rows: OutputCell[][];
  /** Header + body. */
  rect: CellRect;
}

export interface PlannedChart {
  table: PlannedTable;
  spec: ChartSpec;
  /** The cells the chart covers. */
  anchor: CellRect;
  /** Category and series ranges (body rows only) on the sheet. */
  categories: CellRect;
  series: { name: string; rect: CellRect }[];
}

export interface SheetPlan {
  title: { row: number; text: string }[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  /** First row free for summaries. */
  nextRow: number;
}

/**
 * Plan a sheet. `taken` holds the lower-cased table names used elsewhere in the workbook (not on the sheet
 * being replaced); the planned names are added to it.
 */
export function planSheet(spec: SheetSpec, taken: Set<string>): SheetPlan {
  const title = (spec.title ?? []).map((text, row) => ({ row, text }));
  let row = title.length > 0 ? title.length + 1 : 0;
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  for (const t of spec.tables) {
    const width = t.rows.reduce((w, r) => Math.max(w, r.length), Math.max(t.header.length, 1));
    const header = uniqueHeaders(Array.from({ length: width }, (_, i) => t.header[i] ?? null));
    const body = t.rows.length > 0 ? t.rows : [[]];
    const rows = body.map((r) =>
      Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i]) as OutputCell),
    );
    const name = sanitizeTableName(t.name, taken);
    taken.add(name.toLowerCase());
    const rect = { top: row, left: 0, rows: rows.length + 1, cols: width };
    const planned: PlannedTable = { spec: t, name, header, rows, rect };
    tables.push(planned);
    let height = rect.rows;
    if (t.chart) {
      const bodyTop = rect.top + 1;
      const n = rows.length;
      const col = (c: number) => ({
        top: bodyTop,
        left: Math.min(Math.max(c, 0), width - 1),
        rows: n,
        cols: 1,
      });
      charts.push({
        table: planned,
        spec: t.chart,
        anchor: { top: rect.top, left: width + 1, rows: CHART_ROWS, cols: CHART_COLS },
        categories: col(t.chart.categoryColumn),
        series: t.chart.seriesColumns
          .filter((c) => c >= 0 && c < width)
          .map((c) => ({ name: header[c] as string, rect: col(c) })),
      });
      height = Math.max(height, CHART_ROWS);
    }
    row += height + 1;
  }
  return { title, tables, charts, nextRow: row };
}
