/**
 * The in-memory workbook: the WorkbookPort for tests, the browser preview and the command line (with .xlsx
 * import/export in `xlsx.ts`). It keeps what the preview grid and export need — values, formulas with their
 * computed values, merges, tables, number formats, status conditional formats, charts (as data) and computed
 * summaries — and follows the same rules as the Office adapter:
 *
 * - `writeSheet` writes only into a sheet the add-in owns (names kept in the settings under OWNED_SHEETS_KEY);
 *   a foreign sheet of that name gives `{status: "conflict"}` and nothing is written unless `replaceForeign`.
 *   Refreshing an owned sheet replaces its content in place (same position in the sheet order).
 * - `writeCells` refuses (returns false, writes nothing) when a target cell is non-empty and not confirmed.
 * - Table names follow Excel's rules (see `names.ts`); layout is shared with the other adapters (`layout.ts`).
 * - Pivots become static summaries (`pivot.ts`) that `refreshPivots` recomputes from their source table.
 *
 * Bad input (unknown sheet or table, invalid name, unknown summary field) throws a WorkbookError before
 * anything is changed.
 */
import { WorkbookError } from "./errors";
import { planSheet, type SheetPlan } from "./layout";
import { checkSheetName, sanitizeTableName } from "./names";
import { computeSummary, type Summary } from "./pivot";
import { parseAddress } from "./address";
import {
  isFormulaCell,
  OWNED_SHEETS_KEY,
  OWNED_SHEET_IDS_KEY,
  isOwnedSheet,
  withOwnedId,
  type Block,
  type CellRect,
  type CellValue,
  type ChartSpec,
  type OutputCell,
  type PivotSpec,
  type SheetSpec,
  type TableInfo,
  type WorkbookPort,
  type WriteResult,
} from "./types";

export interface MemorySheetInit {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  merges?: CellRect[];
}

/** A status fill: cells of `rect` whose text equals `text` are filled with `fill`. */
export interface ConditionalFormatInfo {
  rect: CellRect;
  text: string;
  fill: string;
}

/** A chart as data: what Excel would plot, resolved from the sheet's current values. */
export interface ChartData {
  name: string;
  type: ChartSpec["type"];
  title: string;
  /** Table the chart plots. */
  table: string;
  /** Cells the chart covers on the sheet. */
  anchor: CellRect;
  categories: CellValue[];
  series: { name: string; values: CellValue[] }[];
}

export interface PivotInfo {
  name: string;
  sourceTable: string;
  /** The area the computed summary occupies (header + rows + 总计). */
  rect: CellRect;
  spec: PivotSpec;
}

/** Everything the preview grid, the CLI and .xlsx export need about one sheet. Grids start at A1. */
export interface SheetSnapshot {
  name: string;
  owned: boolean;
  rows: number;
  cols: number;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  /** Fill colour of each cell from the status formats, evaluated on the current values. */
  fills: (string | null)[][];
  /** Cells that are headers (tables and summaries), for bold display. */
  bold: boolean[][];
  merges: CellRect[];
  tables: TableInfo[];
  conditionalFormats: ConditionalFormatInfo[];
  charts: ChartData[];
  pivots: PivotInfo[];
}

/** Charts and summaries of every sheet, as plain data (see `exportObjects`). */
export interface WorkbookObjects {
  charts: { sheet: string; name: string; spec: ChartSpec; table: string; anchor: CellRect }[];
  pivots: (PivotInfo & { sheet: string })[];
}

export type WorkbookChange =
  | { kind: "sheet"; sheet: string }
  | { kind: "cells"; sheet: string }
  | { kind: "select"; sheet: string }
  | { kind: "settings"; key: string }
  | { kind: "pivots" };

interface Cell {
  v: CellValue;
  f?: string | null;
  nf?: string | null;
  bold?: boolean;
}

interface ChartRecord {
  name: string;
  spec: ChartSpec;
  table: string;
  anchor: CellRect;
}

interface Sheet {
  /** Stable identity of this sheet object (like Excel's Worksheet.id): new for every new sheet. */
  id: string;
  name: string;
  cells: (Cell | undefined)[][];
  merges: CellRect[];
  tables: { name: string; rect: CellRect }[];
  cfs: ConditionalFormatInfo[];
  charts: ChartRecord[];
  pivots: PivotInfo[];
}

const isEmpty = (c: Cell | undefined) => !c || ((c.v === null || c.v === "") && !c.f);

/** Values as Excel holds them: "" → blank, non-finite numbers → "#NUM!", anything else → its text. */
export function normalizeValue(v: unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
let sheetIds = 0;
const newSheetId = () => `mem-${++sheetIds}`;

export class MemoryWorkbook implements WorkbookPort {
  private sheets: Sheet[] = [];
  private settings = new Map<string, unknown>();
  private selection: { sheet: string; rect: CellRect } | null = null;
  private active: string | null = null;
  private listeners = new Set<(e: WorkbookChange) => void>();

  constructor(sheets: MemorySheetInit[] = []) {
    for (const s of sheets) {
      this.addSheet(s.name, s.values, s.formulas);
      const sh = this.sheet(s.name);
      for (const m of s.merges ?? []) sh.merges.push({ ...m });
    }
    this.active = this.sheets[0]?.name ?? null;
  }

  // ── extra API for the preview grid, the CLI and .xlsx I/O ──────────────────────────────────────────

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.find(name) !== undefined;
  }

  activeSheet(): string | null {
    return this.active;
  }

  /** Add an empty (or pre-filled) sheet at the end. Throws for an invalid or taken name. */
  addSheet(name: string, values: CellValue[][] = [], formulas?: (string | null)[][]): void {
    checkSheetName(name);
    if (this.find(name)) throw new WorkbookError("wbSheetExists", { sheet: name });
    const sh: Sheet = {
      id: newSheetId(),
      name,
      cells: [],
      merges: [],
      tables: [],
      cfs: [],
      charts: [],
      pivots: [],
    };
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = formulas?.[r]?.[c] ?? null;
        const nv = normalizeValue(v);
        if (nv !== null || f) setCell(sh, r, c, { v: nv, f: f || null });
      }),
    );
    formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && !sh.cells[r]?.[c]) setCell(sh, r, c, { v: null, f });
      }),
    );
    this.sheets.push(sh);
    if (!this.active) this.active = name;
    this.emit({ kind: "sheet", sheet: name });
  }

  /**
   * After reading a file (.xlsx import): a file keeps no sheet identity we can check, so the sheets named in
   * the identity record (OWNED_SHEET_IDS_KEY) are taken as the ones recorded and get their new ids. Names
   * listed without an identity (older settings) stay foreign: the add-in asks once before replacing them.
   */
  adoptOwnedSheetIds(): void {
    const ids = this.settings.get(OWNED_SHEET_IDS_KEY);
    if (!ids || typeof ids !== "object" || Array.isArray(ids)) return;
    let out: Record<string, string> = {};
    for (const key of Object.keys(ids)) {
      const sh = this.find(key);
      if (sh) out = withOwnedId(out, sh.name, sh.id);
    }
    this.settings.set(OWNED_SHEET_IDS_KEY, out);
  }

  /** Register an existing area as a table (used by .xlsx import). The name is made legal and unique. */
  addTable(sheet: string, name: string, rect: CellRect): string {
    const sh = this.sheet(sheet);
    const legal = sanitizeTableName(name, this.tableNames());
    sh.tables.push({ name: legal, rect: { ...rect } });
    return legal;
  }

  /** Set a cell's number format and/or bold header look (used by .xlsx import). */
  setFormat(
    sheet: string,
    row: number,
    col: number,
    format: { numberFormat?: string | null; bold?: boolean },
  ): void {
    const sh = this.sheet(sheet);
    let c = sh.cells[row]?.[col];
    if (!c) setCell(sh, row, col, (c = { v: null }));
    if (format.numberFormat !== undefined) c.nf = format.numberFormat;
    if (format.bold !== undefined) c.bold = format.bold;
  }

  /** Add a status fill rule: cells of `rect` whose text equals `text` are filled (used by .xlsx import). */
  addStatusFormat(sheet: string, cf: ConditionalFormatInfo): void {
    this.sheet(sheet).cfs.push({ rect: { ...cf.rect }, text: cf.text, fill: cf.fill });
  }

  /** Add a merged area (used by .xlsx import). */
  addMerge(sheet: string, rect: CellRect): void {
    this.sheet(sheet).merges.push({ ...rect });
  }

  /** All settings as one plain object (copies; used by .xlsx export). */
  async allSettings(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.settings.entries()].map(([k, v]) => [k, clone(v)]));
  }

  /**
   * The objects a file format cannot hold natively (charts, computed summaries) as plain data, so .xlsx export
   * can carry them in the add-in's settings sheet and a reopened file keeps its chart data and refreshable
   * summaries.
   */
  exportObjects(): WorkbookObjects {
    return {
      charts: this.sheets.flatMap((sh) => sh.charts.map((c) => ({ sheet: sh.name, ...clone(c) }))),
      pivots: this.sheets.flatMap((sh) => sh.pivots.map((p) => ({ sheet: sh.name, ...clone(p) }))),
    };
  }

  /**
   * Restore objects saved by `exportObjects`. Entries for missing sheets or malformed entries are dropped.
   * `isNote(value, chartTitle)` recognises the placeholder text written where a chart stands; it is cleared.
   */
  importObjects(o: unknown, isNote?: (value: CellValue, chartTitle: string) => boolean): void {
    const obj = (o ?? {}) as Partial<WorkbookObjects>;
    const rect = (r: unknown): r is CellRect =>
      !!r &&
      typeof r === "object" &&
      ["top", "left", "rows", "cols"].every((k) => Number.isInteger((r as Record<string, unknown>)[k]));
    for (const c of Array.isArray(obj.charts) ? obj.charts : []) {
      const sh = c && typeof c.sheet === "string" ? this.find(c.sheet) : undefined;
      if (!sh || typeof c.name !== "string" || typeof c.table !== "string" || !rect(c.anchor) || !c.spec)
        continue;
      const { sheet: _sheet, ...record } = c;
      sh.charts.push(clone(record));
      const cell = sh.cells[c.anchor.top]?.[c.anchor.left];
      if (cell && isNote?.(cell.v, String(c.spec.title ?? ""))) cell.v = null;
    }
    for (const p of Array.isArray(obj.pivots) ? obj.pivots : []) {
      const sh = p && typeof p.sheet === "string" ? this.find(p.sheet) : undefined;
      if (!sh || typeof p.name !== "string" || typeof p.sourceTable !== "string" || !rect(p.rect) || !p.spec)
        continue;
      const { sheet: _sheet, ...info } = p;
      sh.pivots.push(clone(info));
    }
  }

  /** Defined names read from a file (name → reference text such as "'数据'!$A$1:$C$9"). */
  definedNames: { name: string; ref: string }[] = [];

  /** Everything about one sheet, as plain data (copies). Throws wbSheetNotFound. */
  getSheet(name: string): SheetSnapshot {
    const sh = this.sheet(name);
    let rows = sh.cells.length;
    let cols = 0;
    for (const r of sh.cells) if (r) cols = Math.max(cols, r.length);
    const extend = (rect: CellRect) => {
      rows = Math.max(rows, rect.top + rect.rows);
      cols = Math.max(cols, rect.left + rect.cols);
    };
    sh.merges.forEach(extend);
    sh.tables.forEach((t) => extend(t.rect));
    sh.pivots.forEach((p) => extend(p.rect));
    const grid = <T>(f: (c: Cell | undefined, r: number, k: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, k) => f(sh.cells[r]?.[k], r, k)),
      );
    const fills = grid<string | null>(() => null);
    for (const cf of sh.cfs)
      for (let r = cf.rect.top; r < cf.rect.top + cf.rect.rows; r++)
        for (let k = cf.rect.left; k < cf.rect.left + cf.rect.cols; k++) {
          const v = sh.cells[r]?.[k]?.v;
          if (v !== null && v !== undefined && String(v) === cf.text && fills[r])
            (fills[r] as (string | null)[])[k] = cf.fill;
        }
    return {
      name: sh.name,
      owned: this.isOwned(sh),
      rows,
      cols,
      values: grid((c) => c?.v ?? null),
      formulas: grid((c) => c?.f ?? null),
      numberFormats: grid((c) => c?.nf ?? null),
      fills,
      bold: grid((c) => c?.bold === true),
      merges: clone(sh.merges),
      tables: sh.tables.map((t) => ({ name: t.name, sheet: sh.name, rect: { ...t.rect } })),
      conditionalFormats: clone(sh.cfs),
      charts: sh.charts.map((c) => this.chartData(sh, c)),
      pivots: clone(sh.pivots),
    };
  }

  /** Set the selection (the preview grid calls this when the user selects cells). */
  setSelection(sheet: string, rect: CellRect): void {
    const sh = this.sheet(sheet);
    this.selection = { sheet: sh.name, rect: { ...rect } };
    this.active = sh.name;
    this.emit({ kind: "select", sheet: sh.name });
  }

  /** Listen to every change (writes, new sheets, selection, settings, refresh). Returns an unsubscribe function. */
  onChange(listener: (e: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ── WorkbookPort ─────────────────────────────────────────────────────────────────────────────────

  async listSheets(): Promise<string[]> {
    return this.sheetNames();
  }

  async readSheet(sheet: string): Promise<Block> {
    const sh = this.sheet(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (r: number, c: number, rr = 1, cc = 1) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r + rr - 1);
      right = Math.max(right, c + cc - 1);
    };
    sh.cells.forEach((row, r) => row?.forEach((c, k) => !isEmpty(c) && include(r, k)));
    for (const t of sh.tables) include(t.rect.top, t.rect.left, t.rect.rows, t.rect.cols);
    for (const m of sh.merges) include(m.top, m.left, m.rows, m.cols);
    if (bottom < 0) return { sheet: sh.name, top: 0, left: 0, values: [], formulas: [], merges: [] };
    return this.block(sh, { top, left, rows: bottom - top + 1, cols: right - left + 1 });
  }

  async readSelection(): Promise<Block | null> {
    if (!this.selection) return null;
    const sh = this.find(this.selection.sheet);
    if (!sh) return null;
    return this.block(sh, this.selection.rect);
  }

  async listTables(): Promise<TableInfo[]> {
    return this.sheets.flatMap((sh) =>
      sh.tables.map((t) => ({ name: t.name, sheet: sh.name, rect: { ...t.rect } })),
    );
  }

  async readTable(name: string): Promise<Block> {
    for (const sh of this.sheets) {
      const t = sh.tables.find((x) => sameName(x.name, name));
      if (t) return this.block(sh, t.rect);
    }
    throw new WorkbookError("wbTableNotFound", { name });
  }

  async writeSheet(spec: SheetSpec): Promise<WriteResult> {
    checkSheetName(spec.sheet);
    const existing = this.find(spec.sheet);
    if (existing && !this.isOwned(existing) && !spec.replaceForeign)
      return { status: "conflict", sheet: existing.name, reason: "notOwned" };

    // Plan and compute everything before changing anything, so bad input leaves the workbook as it was.
    const taken = this.tableNames(existing);
    const plan = planSheet(spec, taken);
    const summaries = (spec.pivots ?? []).map((p) => ({ spec: p, summary: this.summarize(p, plan) }));

    const sh: Sheet = existing ?? {
      id: newSheetId(),
      name: spec.sheet,
      cells: [],
      merges: [],
      tables: [],
      cfs: [],
      charts: [],
      pivots: [],
    };
    Object.assign(sh, { cells: [], merges: [], tables: [], cfs: [], charts: [], pivots: [] });
    if (!existing) this.sheets.push(sh);
    this.writePlan(sh, plan);
    let row = plan.nextRow;
    for (const { spec: p, summary } of summaries) {
      const rect = writeSummary(sh, row, summary);
      const source = plan.tables.find((t) => t.spec.name === p.sourceTable)?.name ?? p.sourceTable;
      sh.pivots.push({ name: p.name, sourceTable: source, rect, spec: clone(p) });
      row += rect.rows + 1;
    }
    if (!this.isOwned(sh)) {
      const owned = ((this.settings.get(OWNED_SHEETS_KEY) as string[] | undefined) ?? []).filter(
        (n) => typeof n !== "string" || !sameName(n, sh.name),
      );
      owned.push(sh.name);
      this.settings.set(OWNED_SHEETS_KEY, owned);
      this.settings.set(
        OWNED_SHEET_IDS_KEY,
        withOwnedId(this.settings.get(OWNED_SHEET_IDS_KEY), sh.name, sh.id),
      );
    }
    if (spec.activate) this.active = sh.name;
    this.emit({ kind: "sheet", sheet: sh.name });
    return {
      status: "written",
      sheet: sh.name,
      tables: plan.tables.map((t) => ({ name: t.name, rect: { ...t.rect } })),
      pivots: sh.pivots.map((p) => ({ name: p.name, rect: { ...p.rect }, native: false })),
    };
  }

  async writeCells(
    sheet: string,
    top: number,
    left: number,
    values: CellValue[][],
    confirmed = false,
  ): Promise<boolean> {
    const sh = this.sheet(sheet);
    if (!confirmed)
      for (let r = 0; r < values.length; r++)
        for (let c = 0; c < (values[r]?.length ?? 0); c++)
          if (!isEmpty(sh.cells[top + r]?.[left + c])) return false;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const old = sh.cells[top + r]?.[left + c];
        setCell(sh, top + r, left + c, {
          v: normalizeValue(v),
          f: null,
          nf: old?.nf ?? null,
          bold: old?.bold,
        });
      }),
    );
    this.emit({ kind: "cells", sheet: sh.name });
    return true;
  }

  async select(sheet: string, address: string): Promise<void> {
    const rect = parseAddress(address);
    if (!rect) throw new WorkbookError("wbBadAddress", { address });
    this.setSelection(sheet, rect);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return clone(this.settings.get(key) as T | undefined);
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    if (value === undefined) this.settings.delete(key);
    else this.settings.set(key, clone(value));
    this.emit({ kind: "settings", key });
  }

  async refreshPivots(): Promise<number> {
    let n = 0;
    for (const sh of this.sheets) {
      if (sh.pivots.length === 0) continue;
      // Recompute first; a summary whose source is gone (or lost a field) keeps its last result.
      const next = sh.pivots.map((p) => {
        try {
          const s = this.summarize(p.spec, null, p.sourceTable);
          n++;
          return s;
        } catch {
          const b = this.block(sh, p.rect);
          return { header: (b.values[0] ?? []).map((h) => String(h ?? "")), rows: b.values.slice(1) };
        }
      });
      const start = Math.min(...sh.pivots.map((p) => p.rect.top));
      for (const p of sh.pivots) clearRect(sh, p.rect);
      let row = start;
      sh.pivots.forEach((p, i) => {
        p.rect = writeSummary(sh, row, next[i] as Summary);
        row += p.rect.rows + 1;
      });
    }
    if (n > 0) this.emit({ kind: "pivots" });
    return n;
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────────

  private emit(e: WorkbookChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch {
        // A broken listener must not break the write that triggered it.
      }
    }
  }

  private find(name: string): Sheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  private sheet(name: string): Sheet {
    const sh = this.find(name);
    if (!sh) throw new WorkbookError("wbSheetNotFound", { sheet: name });
    return sh;
  }

  /** Owned = listed by name and the same sheet object (id): a new sheet under our old name is foreign. */
  private isOwned(sh: Sheet): boolean {
    return isOwnedSheet(
      this.settings.get(OWNED_SHEETS_KEY),
      this.settings.get(OWNED_SHEET_IDS_KEY),
      sh.name,
      sh.id,
    );
  }

  /** Lower-cased names of every table, except those on `except` (a sheet about to be replaced). */
  private tableNames(except?: Sheet): Set<string> {
    const s = new Set<string>();
    for (const sh of this.sheets) if (sh !== except) for (const t of sh.tables) s.add(t.name.toLowerCase());
    return s;
  }

  private block(sh: Sheet, rect: CellRect): Block {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = sh.cells[rect.top + r]?.[rect.left + c];
        vr.push(cell?.v ?? null);
        fr.push(cell?.f ?? null);
      }
      values.push(vr);
      formulas.push(fr);
    }
    const merges = sh.merges
      .filter(
        (m) =>
          m.top < rect.top + rect.rows &&
          m.top + m.rows > rect.top &&
          m.left < rect.left + rect.cols &&
          m.left + m.cols > rect.left,
      )
      .map((m) => ({ ...m }));
    return { sheet: sh.name, top: rect.top, left: rect.left, values, formulas, merges };
  }

  /** Compute a summary from a table planned in this write, or from an existing table. */
  private summarize(p: PivotSpec, plan: SheetPlan | null, sourceName = p.sourceTable): Summary {
    const planned = plan?.tables.find((t) => t.spec.name === sourceName || sameName(t.name, sourceName));
    if (planned) {
      const rows = planned.rows.map((r) =>
        r.map((c) => (isFormulaCell(c) ? normalizeValue(c.value) : normalizeValue(c))),
      );
      return computeSummary(planned.header, rows, p, planned.name);
    }
    for (const sh of this.sheets) {
      const t = sh.tables.find((x) => sameName(x.name, sourceName));
      if (!t) continue;
      const b = this.block(sh, t.rect);
      const header = (b.values[0] ?? []).map((h) => (h === null ? "" : String(h)));
      return computeSummary(header, b.values.slice(1), p, t.name);
    }
    throw new WorkbookError("wbPivotSource", { table: sourceName });
  }

  private writePlan(sh: Sheet, plan: SheetPlan): void {
    for (const t of plan.title) setCell(sh, t.row, 0, { v: normalizeValue(t.text), bold: t.row === 0 });
    for (const t of plan.tables) {
      const { top, left } = t.rect;
      t.header.forEach((h, c) => setCell(sh, top, left + c, { v: h, bold: true }));
      t.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const nf = t.spec.numberFormats?.[c] ?? null;
          setCell(sh, top + 1 + r, left + c, toCell(cell, nf));
        }),
      );
      sh.tables.push({ name: t.name, rect: { ...t.rect } });
      for (const sf of t.spec.statusFormats ?? []) {
        if (sf.column < 0 || sf.column >= t.rect.cols) continue;
        const rect = { top: top + 1, left: left + sf.column, rows: t.rows.length, cols: 1 };
        for (const [text, fill] of Object.entries(sf.fills)) sh.cfs.push({ rect, text, fill });
      }
    }
    for (const ch of plan.charts)
      sh.charts.push({
        name: `${ch.table.name}_chart`,
        spec: clone(ch.spec),
        table: ch.table.name,
        anchor: { ...ch.anchor },
      });
  }

  private chartData(sh: Sheet, c: ChartRecord): ChartData {
    const t = sh.tables.find((x) => x.name === c.table);
    const col = (k: number): CellValue[] =>
      t
        ? Array.from(
            { length: t.rect.rows - 1 },
            (_, r) => sh.cells[t.rect.top + 1 + r]?.[t.rect.left + k]?.v ?? null,
          )
        : [];
    const head = (k: number): string => {
      const v = t ? sh.cells[t.rect.top]?.[t.rect.left + k]?.v : null;
      return v === null || v === undefined ? "" : String(v);
    };
    const width = t?.rect.cols ?? 0;
    return {
      name: c.name,
      type: c.spec.type,
      title: c.spec.title,
      table: c.table,
      anchor: { ...c.anchor },
      categories: col(Math.min(Math.max(c.spec.categoryColumn, 0), Math.max(width - 1, 0))),
      series: c.spec.seriesColumns
        .filter((k) => k >= 0 && k < width)
        .map((k) => ({ name: head(k), values: col(k) })),
    };
  }
}

function toCell(cell: OutputCell, nf: string | null): Cell {
  if (isFormulaCell(cell)) {
    const f = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    return { v: normalizeValue(cell.value), f, nf };
  }
  return { v: normalizeValue(cell), f: null, nf };
}

function setCell(sh: Sheet, r: number, c: number, cell: Cell): void {
  let row = sh.cells[r];
  if (!row) {
    for (let i = sh.cells.length; i <= r; i++) if (!sh.cells[i]) sh.cells[i] = [];
    row = sh.cells[r] as (Cell | undefined)[];
  }
  row[c] = cell;
}

function clearRect(sh: Sheet, rect: CellRect): void {
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    const row = sh.cells[r];
    if (row) for (let c = rect.left; c < rect.left + rect.cols; c++) row[c] = undefined;
  }
}

function writeSummary(sh: Sheet, top: number, s: Summary): CellRect {
  s.header.forEach((h, c) => setCell(sh, top, c, { v: h, bold: true }));
  s.rows.forEach((row, r) =>
    row.forEach((v, c) =>
      setCell(sh, top + 1 + r, c, { v: normalizeValue(v), bold: r === s.rows.length - 1 }),
    ),
  );
  return { top, left: 0, rows: s.rows.length + 1, cols: s.header.length };
}
