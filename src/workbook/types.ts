/**
 * The one narrow interface through which the task pane (and the command line) reads and writes a workbook.
 * Two adapters implement it: `office.ts` (Excel, batched: a fixed number of context.sync calls per method,
 * whatever the size) and `memory.ts` (tests, the browser preview and the CLI, with .xlsx import/export in
 * `xlsx.ts`).
 *
 * Nothing lost: `writeSheet` only writes to a sheet the add-in owns. If a sheet of that name exists and is
 * not ours, it returns `{ status: "conflict" }` and writes nothing; the caller must ask the user and call
 * again with `replaceForeign: true`.
 *
 * Bad input (an unknown sheet or table, an invalid sheet name, an unknown summary field, a file that is not
 * an .xlsx) makes a method reject with a `WorkbookError` (errors.ts: a message key and parameters, shown in
 * the user's language with `err.text(lang)`); an Excel failure becomes `WorkbookError("wbOfficeFailed")`.
 */

/** A cell value as read: numbers, text, booleans, null for blank; errors as their Excel text ("#N/A"). */
export type CellValue = string | number | boolean | null;

/** A rectangular block of a sheet. `values[r][c]` is the cell at (top + r, left + c), zero-based. */
export interface Block {
  sheet: string;
  /** Zero-based row and column of the top-left cell. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Formulas ("=…") where the cell has one, else null. Same shape as values. */
  formulas?: (string | null)[][];
  /** Merged areas inside the block, zero-based and relative to the sheet. */
  merges?: CellRect[];
}

export interface CellRect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** Header + body area, zero-based on the sheet. */
  rect: CellRect;
}

/** Status shading, applied by the adapters as conditional formatting on a column. */
export interface StatusFormat {
  /** Zero-based column index within the written table. */
  column: number;
  /** Cell text → fill colour ("#C6EFCE"). Text matched exactly. */
  fills: Record<string, string>;
}

export interface ChartSpec {
  type: "columnClustered" | "barClustered" | "line";
  title: string;
  /** Zero-based column of the category labels, and of each series, within the written table. */
  categoryColumn: number;
  seriesColumns: number[];
}

/**
 * A live formula with the value it computes now. Excel gets the formula (and recomputes it); the in-memory
 * adapter, the preview grid and .xlsx export keep both, so nothing needs a formula engine at run time.
 */
export interface FormulaCell {
  formula: string;
  value: CellValue;
}

export type OutputCell = CellValue | FormulaCell;

export function isFormulaCell(x: unknown): x is FormulaCell {
  return x !== null && typeof x === "object" && typeof (x as FormulaCell).formula === "string";
}

/** One table the add-in writes: header row + body rows. */
export interface TableSpec {
  name: string;
  header: string[];
  rows: OutputCell[][];
  /** Optional number formats per column ("0.0", "0.00%", "@"). */
  numberFormats?: (string | null)[];
  statusFormats?: StatusFormat[];
  chart?: ChartSpec;
}

/**
 * A summary the host builds from a written table: a native PivotTable in Excel (where the API allows), a
 * computed static table in the in-memory adapter and in .xlsx export.
 */
export interface PivotSpec {
  name: string;
  /** Name of a TableSpec written in the same SheetSpec (or an existing table). */
  sourceTable: string;
  rows: string[];
  columns?: string[];
  values: { field: string; summarize: "count" | "sum" }[];
}

export interface SheetSpec {
  /** The sheet to create or refresh. */
  sheet: string;
  /** Free text lines above the tables (title, period, note such as 示例数据). */
  title?: string[];
  tables: TableSpec[];
  /** Summaries placed below the tables. */
  pivots?: PivotSpec[];
  /** Activate the sheet after writing. */
  activate?: boolean;
  /** The user confirmed replacing a sheet the add-in does not own. */
  replaceForeign?: boolean;
}

export type WriteResult =
  | {
      status: "written";
      sheet: string;
      tables: { name: string; rect: CellRect }[];
      /** Summaries written below the tables: a native PivotTable or a computed static table. */
      pivots?: { name: string; rect: CellRect; native: boolean }[];
    }
  | { status: "conflict"; sheet: string; reason: "notOwned" };

export interface WorkbookPort {
  /** Sheet names in workbook order. */
  listSheets(): Promise<string[]>;
  /** The used range of a sheet (empty block at 0,0 if the sheet is empty). */
  readSheet(sheet: string): Promise<Block>;
  /** The current selection, or null when none / not a range. */
  readSelection(): Promise<Block | null>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<Block>;
  /** Create or refresh a sheet the add-in owns (see the file comment for the ownership rule). */
  writeSheet(spec: SheetSpec): Promise<WriteResult>;
  /** Insert plain values into a cell range the user chose; refuses (returns false) if any target cell is non-empty and not confirmed. */
  writeCells(
    sheet: string,
    top: number,
    left: number,
    values: CellValue[][],
    confirmed?: boolean,
  ): Promise<boolean>;
  /** Select a cell or range so the user sees it ("A1" style address). */
  select(sheet: string, address: string): Promise<void>;
  /** Settings stored in the workbook (column mappings, owned sheets). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
  /** Refresh every PivotTable (no-op where the host has none). */
  refreshPivots(): Promise<number>;
}

/** Settings key under which adapters keep the names of sheets the add-in owns. */
export const OWNED_SHEETS_KEY = "ind.ownedSheets";

/**
 * Settings key under which adapters keep each owned sheet's identity: lower-cased name → sheet id (Office:
 * `Worksheet.id`). A sheet counts as owned only when its name is listed under OWNED_SHEETS_KEY and its id
 * matches, so a sheet the user made after deleting ours (same name, new id) is foreign and is not cleared
 * without asking. Names without an id (settings from older versions) are not owned: the add-in asks once.
 */
export const OWNED_SHEET_IDS_KEY = "ind.ownedSheetIds";

/** Whether the sheet `name` with identity `id` is owned, given the two settings' raw values. */
export function isOwnedSheet(names: unknown, ids: unknown, name: string, id: string): boolean {
  const key = name.toLowerCase();
  if (!Array.isArray(names) || !names.some((n) => typeof n === "string" && n.toLowerCase() === key))
    return false;
  if (!ids || typeof ids !== "object" || Array.isArray(ids)) return false;
  return (ids as Record<string, unknown>)[key] === id;
}

/** The identity map after recording `name` → `id` (raw previous value in, fresh object out). */
export function withOwnedId(ids: unknown, name: string, id: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (ids && typeof ids === "object" && !Array.isArray(ids))
    for (const [k, v] of Object.entries(ids as Record<string, unknown>))
      if (typeof v === "string") out[k] = v;
  out[name.toLowerCase()] = id;
  return out;
}
