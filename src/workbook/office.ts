/**
 * The Office.js adapter of WorkbookPort: Excel itself, batched. Every method queues its work and calls
 * `context.sync` a fixed number of times, whatever the size of the data (tested with office-addin-mock on
 * 10 and 2,000 rows):
 *
 * | method          | syncs                                                               |
 * |-----------------|---------------------------------------------------------------------|
 * | listSheets      | 1                                                                   |
 * | readSheet       | 1 (a sheet too large for one response: 2 + one per block of 50,000 cells) |
 * | readSelection   | 1                                                                   |
 * | listTables      | 2 (names, then all ranges at once)                                  |
 * | readTable       | 1 (too large for one response: 2 + one per block, as readSheet)      |
 * | writeSheet      | 3 (state; old objects and summary sources; all writes) — 1 on conflict; |
 * |                 | a sheet over 3 MB of cell data adds one per further 3 MB (Excel on the   |
 * |                 | web refuses requests over 5 MB)                                      |
 * | writeCells      | 2 (read targets; write) — 1 when refused                            |
 * | select          | 1                                                                   |
 * | getSetting      | 1                                                                   |
 * | setSetting      | 1 (2 when deleting with `undefined`)                                |
 * | refreshPivots   | 1                                                                   |
 *
 * Ownership: the names of the sheets the add-in owns are kept in `workbook.settings` under OWNED_SHEETS_KEY and
 * their `Worksheet.id` under OWNED_SHEET_IDS_KEY (loaded in the same sync as the names); `writeSheet` never
 * writes into a sheet whose name and id are not both recorded unless `replaceForeign`. Refreshing an
 * owned sheet clears it and writes again in place; a table of the same name at the same place is resized,
 * not deleted, so PivotTables elsewhere that summarise it keep their source (ExcelApi 1.13). A table of the
 * same name planned at another place is moved there with `Range.moveTo` (ExcelApi 1.11; it moves cells as
 * cut and paste does, tables with them) and resized, in the same sync as the other writes, so formulas that
 * refer to it (=SUM(指标跟踪[增速]), =指标跟踪[@指标]) do not become #REF!. Only without those requirement sets
 * is such a table deleted and added again under its name. The old contents are cleared around the header
 * rows of the tables kept: clearing every cell of a table, header included, may remove the table itself
 * (Excel's UI removes a whole selected table that is cleared; not verified for Range.clear, so never risked).
 *
 * Layout and naming are shared with the in-memory adapter (`layout.ts`, `names.ts`), so results match.
 * Status colours are `cellValue = "text"` conditional formats (exact match: "达标" does not colour "未达标").
 * Summaries are native PivotTables where ExcelApi 1.8 is available, else the same computed table as the
 * in-memory adapter. Text is written with a leading apostrophe so Excel keeps it as typed ("1-2月" stays
 * text, not a date).
 *
 * The Excel runner is injected (`new OfficeWorkbook(run = Excel.run)`), so tests can pass a mock context.
 */
import { WorkbookError, describeError } from "./errors";
import { planSheet, type SheetPlan } from "./layout";
import { checkSheetName, sanitizeTableName } from "./names";
import { computeSummary, type Summary } from "./pivot";
import { parseAddress, rangeAddress, cellAddress } from "./address";
import {
  isFormulaCell,
  OWNED_SHEETS_KEY,
  OWNED_SHEET_IDS_KEY,
  isOwnedSheet,
  withOwnedId,
  type Block,
  type CellRect,
  type CellValue,
  type OutputCell,
  type PivotSpec,
  type SheetSpec,
  type TableInfo,
  type WorkbookPort,
  type WriteResult,
} from "./types";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Whether an ExcelApi requirement set (e.g. "1.8") is available. Default: Office.context.requirements. */
  supports?: (excelApiVersion: string) => boolean;
  /**
   * Largest amount of cell data (bytes, estimated as UTF-8 JSON) queued in one request. Excel on the web
   * refuses requests over 5 MB; default 3 MB. Only sheets larger than this take more syncs.
   */
  maxRequestBytes?: number;
  /** Cells per read when a sheet or table is too large for one response. Default 50,000. */
  readBlockCells?: number;
}

/** Row blocks [from, count, bytes] of a grid, each at most `limit` bytes of JSON (one row at least). */
function blocks(grid: unknown[][], limit: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let from = 0;
  let bytes = 0;
  grid.forEach((row, i) => {
    const b = jsonBytes(row);
    if (i > from && bytes + b > limit) {
      out.push([from, i - from, bytes]);
      from = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (grid.length > from) out.push([from, grid.length - from, bytes]);
  return out;
}

/** UTF-8 size of a value's JSON (upper bound: 3 bytes for any non-ASCII UTF-16 unit). */
function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x);
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n;
}

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);

function defaultSupports(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** A value as Excel's formula setter should receive it: text kept as typed, blanks as "". */
function excelInput(cell: OutputCell): string | number | boolean {
  if (isFormulaCell(cell)) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "'#NUM!";
  if (typeof cell === "boolean") return cell;
  return cell === "" ? "" : `'${cell}`;
}

/** A value read from Excel: "" → null. */
function fromExcel(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function toBlock(sheet: string, range: Excel.Range, merges: CellRect[] = []): Block {
  const values = (range.values as unknown[][]).map((row) => row.map(fromExcel));
  const formulas = (range.formulas as unknown[][]).map((row) =>
    row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
  );
  return { sheet, top: range.rowIndex, left: range.columnIndex, values, formulas, merges };
}

/** "Sheet1!A1:B2, Sheet1!D4" → rects. */
function parseAreas(address: string | null | undefined): CellRect[] {
  if (!address) return [];
  return address
    .split(",")
    .map((a) => parseAddress(a.trim()))
    .filter((r): r is CellRect => r !== null);
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** getSelectedRange when the selection is not one range (a chart, a shape, several areas). */
const isInvalidSelection = (e: unknown) =>
  /InvalidSelection/.test(describeError(e)) || (e as { code?: string } | null)?.code === "InvalidSelection";
/** Excel refused to send a response that large (Excel on the web: 5 MB). */
const isTooLarge = (e: unknown) =>
  (e as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded" ||
  /ResponsePayloadSizeLimitExceeded|payload size/i.test(describeError(e));
const isItemNotFound = (e: unknown) =>
  (e as { code?: string } | null)?.code === "ItemNotFound" || /ItemNotFound/.test(describeError(e));

const CHART_TYPE = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  line: "Line",
} as const;

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly supports: (version: string) => boolean;
  private readonly maxRequestBytes: number;
  private readonly readBlockCells: number;

  constructor(run: ExcelRunner = defaultRunner, options: OfficeWorkbookOptions = {}) {
    this.run = run;
    this.supports = options.supports ?? defaultSupports;
    this.maxRequestBytes = Math.max(1024, options.maxRequestBytes ?? 3_000_000);
    this.readBlockCells = Math.max(1, options.readBlockCells ?? 50_000);
  }

  /** Run a batch; anything but a WorkbookError becomes wbOfficeFailed (or `notFound` for ItemNotFound). */
  private async batch<T>(
    fn: (ctx: Excel.RequestContext) => Promise<T>,
    notFound?: () => WorkbookError,
  ): Promise<T> {
    try {
      return await this.run(fn);
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      if (notFound && isItemNotFound(e)) throw notFound();
      throw new WorkbookError("wbOfficeFailed", { detail: describeError(e) });
    }
  }

  /** 1 sync. */
  async listSheets(): Promise<string[]> {
    return this.batch(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /** 1 sync. The used range (values only), with its merged areas where ExcelApi 1.13 is available. */
  async readSheet(sheet: string): Promise<Block> {
    const withMerges = this.supports("1.13");
    const notFound = () => new WorkbookError("wbSheetNotFound", { sheet });
    try {
      return await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load("name");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("values,formulas,rowIndex,columnIndex");
        const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
        merged?.load("address");
        await ctx.sync();
        if (used.isNullObject)
          return { sheet: ws.name, top: 0, left: 0, values: [], formulas: [], merges: [] };
        const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
        return toBlock(ws.name, used, merges);
      });
    } catch (e) {
      if (!isTooLarge(e)) return this.rethrow(e, notFound);
    }
    // Too large for one response: read the used range in row blocks (only sheets this large take more syncs).
    return this.batch(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await ctx.sync();
      if (used.isNullObject) return { sheet: ws.name, top: 0, left: 0, values: [], formulas: [], merges: [] };
      const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
      return this.readBlocks(ctx, ws, used, merges);
    }, notFound);
  }

  /** Read a large area block by block: one sync per block of at most `readBlockCells` cells. */
  private async readBlocks(
    ctx: Excel.RequestContext,
    ws: Excel.Worksheet,
    area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
    merges: CellRect[],
  ): Promise<Block> {
    const rowsPer = Math.max(1, Math.floor(this.readBlockCells / Math.max(1, area.columnCount)));
    const block: Block = {
      sheet: ws.name,
      top: area.rowIndex,
      left: area.columnIndex,
      values: [],
      formulas: [],
      merges,
    };
    for (let r = 0; r < area.rowCount; r += rowsPer) {
      const n = Math.min(rowsPer, area.rowCount - r);
      const part = ws
        .getRange(rangeAddress(area.rowIndex + r, area.columnIndex, n, area.columnCount))
        .load("values,formulas,rowIndex,columnIndex");
      await ctx.sync();
      const b = toBlock(ws.name, part);
      block.values.push(...b.values);
      block.formulas?.push(...(b.formulas ?? []));
    }
    return block;
  }

  private rethrow(e: unknown, notFound?: () => WorkbookError): never {
    if (e instanceof WorkbookError) throw e;
    if (notFound && isItemNotFound(e)) throw notFound();
    throw new WorkbookError("wbOfficeFailed", { detail: describeError(e) });
  }

  /** 1 sync. The selection clipped to the used range (a whole column selected reads only the used rows). */
  async readSelection(): Promise<Block | null> {
    const withMerges = this.supports("1.13");
    try {
      return await this.run(async (ctx) => {
        const sel = ctx.workbook.getSelectedRange();
        sel.load("rowIndex,columnIndex,rowCount,columnCount");
        const ws = sel.worksheet;
        ws.load("name");
        const inter = sel.getIntersectionOrNullObject(ws.getUsedRange(true));
        inter.load("values,formulas,rowIndex,columnIndex");
        const merged = withMerges ? sel.getMergedAreasOrNullObject() : null;
        merged?.load("address");
        await ctx.sync();
        const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
        if (!inter.isNullObject) {
          // Anchored at the selection's own top-left (where "insert into the selected cell" writes): the
          // empty rows and columns between it and the used range are blanks, the rest is clipped.
          const b = toBlock(ws.name, inter, merges);
          const padTop = b.top - sel.rowIndex;
          const padLeft = b.left - sel.columnIndex;
          const width = padLeft + (b.values[0]?.length ?? 0);
          const pad = <T>(rows: T[][]): (T | null)[][] => [
            ...Array.from({ length: padTop }, () => new Array<T | null>(width).fill(null)),
            ...rows.map((r) => [...new Array<T | null>(padLeft).fill(null), ...r]),
          ];
          return {
            ...b,
            top: sel.rowIndex,
            left: sel.columnIndex,
            values: pad(b.values),
            formulas: b.formulas && pad(b.formulas),
          };
        }
        const small = sel.rowCount * sel.columnCount <= 100000;
        const blank = small
          ? Array.from({ length: sel.rowCount }, () => new Array<CellValue>(sel.columnCount).fill(null))
          : [];
        return {
          sheet: ws.name,
          top: sel.rowIndex,
          left: sel.columnIndex,
          values: blank,
          formulas: blank.map((r) => r.map(() => null)),
          merges,
        };
      });
    } catch (e) {
      // Only "the selection is not one range" (a chart, a shape, several areas) means no selection; any
      // other failure is reported as a WorkbookError with the detail.
      if (isInvalidSelection(e)) return null;
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError("wbOfficeFailed", { detail: describeError(e) });
    }
  }

  /** 2 syncs. */
  async listTables(): Promise<TableInfo[]> {
    return this.batch(async (ctx) => {
      const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
      await ctx.sync();
      const ranges = tables.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
      await ctx.sync();
      return tables.items.map((t, i) => {
        const r = ranges[i] as Excel.Range;
        return {
          name: t.name,
          sheet: t.worksheet.name,
          rect: { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount },
        };
      });
    });
  }

  /** 1 sync. Header + body. */
  async readTable(name: string): Promise<Block> {
    const notFound = () => new WorkbookError("wbTableNotFound", { name });
    try {
      return await this.run(async (ctx) => {
        const t = ctx.workbook.tables.getItem(name);
        const ws = t.worksheet.load("name");
        const r = t.getRange().load("values,formulas,rowIndex,columnIndex");
        await ctx.sync();
        return toBlock(ws.name, r);
      });
    } catch (e) {
      if (!isTooLarge(e)) return this.rethrow(e, notFound);
    }
    return this.batch(async (ctx) => {
      const t = ctx.workbook.tables.getItem(name);
      const ws = t.worksheet.load("name");
      const r = t.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      return this.readBlocks(ctx, ws, r, []);
    }, notFound);
  }

  /** 3 syncs when written, 1 on conflict (see the table in the file comment). */
  async writeSheet(spec: SheetSpec): Promise<WriteResult> {
    checkSheetName(spec.sheet);
    const pivotApi = this.supports("1.8");
    const nativePivots = (spec.pivots ?? []).length > 0 && pivotApi;
    const resizeTables = this.supports("1.13");
    // Moving one of our tables needs Range.moveTo (ExcelApi 1.11) and Table.resize (1.13); without them a
    // moved table is deleted and added again (its name is kept, references to it are not).
    const moveTables = resizeTables && this.supports("1.11");
    return this.batch(async (ctx) => {
      const wb = ctx.workbook;
      // ── sync 1: the state we decide on ──
      const sheets = wb.worksheets.load("items/name,items/id");
      const ownedItem = wb.settings.getItemOrNullObject(OWNED_SHEETS_KEY).load("value");
      const idsItem = wb.settings.getItemOrNullObject(OWNED_SHEET_IDS_KEY).load("value");
      const tables = wb.tables.load("items/name,items/worksheet/name");
      const pivots = pivotApi ? wb.pivotTables.load("items/name,items/worksheet/name") : null;
      await ctx.sync();

      const owned: string[] =
        !ownedItem.isNullObject && Array.isArray(ownedItem.value)
          ? (ownedItem.value as unknown[]).filter((x): x is string => typeof x === "string")
          : [];
      const existing = sheets.items.find((s) => sameName(s.name, spec.sheet));
      const ownedIds: unknown = idsItem.isNullObject ? undefined : idsItem.value;
      // Owned = listed by name and the same sheet (id): a user's new sheet under our old name is foreign.
      const isOwned = existing !== undefined && isOwnedSheet(owned, ownedIds, existing.name, existing.id);
      if (existing && !isOwned && !spec.replaceForeign)
        return { status: "conflict", sheet: existing.name, reason: "notOwned" } as WriteResult;

      const onSheet = (t: { worksheet: Excel.Worksheet }) =>
        existing !== undefined && sameName(t.worksheet.name, existing.name);
      const taken = new Set(tables.items.filter((t) => !onSheet(t)).map((t) => t.name.toLowerCase()));
      const plan = planSheet(spec, taken);

      // ── sync 2: the objects to remove or keep on the old sheet, and summary sources outside this write ──
      const oldTables = tables.items.filter(onSheet);
      const oldRanges = oldTables.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
      const charts = existing ? existing.charts.load("items/name") : null;
      // Where the old sheet has anything (values or formats), to clear it without clearing whole tables.
      const usedNow = existing
        ? existing.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount")
        : null;
      const external = (spec.pivots ?? [])
        .map((p) => p.sourceTable)
        .filter((name, i, all) => all.indexOf(name) === i)
        .filter((name) => !findPlanned(plan, name))
        .map((name) => {
          const t = tables.items.find((x) => sameName(x.name, name) && !onSheet(x));
          return { name, table: t, range: t ? t.getRange().load("values") : null };
        });
      // A new sheet is added in this sync so its id is known for the ownership record without an extra
      // sync; if the summaries below fail, it is removed again (nothing left behind).
      const added = existing ? null : wb.worksheets.add(spec.sheet).load("id");
      await ctx.sync();

      // Compute summaries before writing anything: a bad field fails with nothing changed.
      const computeSummaries = () =>
        (spec.pivots ?? []).map((p) => {
          const planned = findPlanned(plan, p.sourceTable);
          if (planned) {
            const rows = planned.rows.map((r) =>
              r.map((c) => (isFormulaCell(c) ? fromExcel(c.value) : fromExcel(c))),
            );
            return {
              spec: p,
              source: planned.name,
              summary: computeSummary(planned.header, rows, p, planned.name),
            };
          }
          const ext = external.find((e) => e.name === p.sourceTable);
          if (!ext?.table || !ext.range) throw new WorkbookError("wbPivotSource", { table: p.sourceTable });
          const values = (ext.range.values as unknown[][]).map((r) => r.map(fromExcel));
          const header = (values[0] ?? []).map((h) => (h === null ? "" : String(h)));
          return {
            spec: p,
            source: ext.table.name,
            summary: computeSummary(header, values.slice(1), p, ext.table.name),
          };
        });
      let summaries: ReturnType<typeof computeSummaries>;
      try {
        summaries = computeSummaries();
      } catch (e) {
        if (added) {
          added.delete();
          await ctx.sync();
        }
        throw e;
      }

      // ── sync 3: all writes ──
      let ws: Excel.Worksheet;
      const kept = new Map<string, Excel.Table>();
      // Our tables planned at another top-left: name → where they wait (parked) until their turn.
      const moved = new Map<string, { table: Excel.Table; parked: CellRect }>();
      // Width of each table kept in place before this write (its old header may be wider).
      const oldWidths = new Map<string, number>();
      const written = new Map<string, Excel.Table>();
      if (existing) {
        ws = existing;
        for (const pt of pivots?.items ?? []) if (sameName(pt.worksheet.name, existing.name)) pt.delete();
        for (const ch of charts?.items ?? []) ch.delete();
        const old = oldTables.map((t, i) => {
          const r = oldRanges[i] as Excel.Range;
          const rect = { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
          return { table: t, rect, planned: plan.tables.find((p) => sameName(p.name, t.name)) };
        });
        const parking = parkingSlots(old, plan, moveTables);
        const keptHeaders: CellRect[] = [];
        for (const o of old) {
          const at = o.planned?.rect;
          const here = resizeTables && o.planned && at && at.top === o.rect.top && at.left === o.rect.left;
          if (here || (o.planned && parking.has(o.table.name))) {
            if (here && o.planned) {
              kept.set(o.planned.name, o.table);
              oldWidths.set(o.planned.name, o.rect.cols);
            }
            keptHeaders.push({ ...o.rect, rows: 1 });
          } else o.table.delete();
        }
        const all = ws.getRange();
        all.conditionalFormats.clearAll();
        all.unmerge();
        // Everything is cleared but the header rows of the tables we keep: a table whose every cell is
        // cleared may go with them (as a whole selected table does in Excel's UI), and with it every
        // reference to it. Their old headers are written over or cleared once the table has its new size.
        const used = usedNow && !usedNow.isNullObject ? [rectOf(usedNow)] : [];
        const area = boundingRect([...used, ...old.map((o) => o.rect)]);
        for (const r of area ? rectsOutside(area, keptHeaders) : [])
          ws.getRange(rangeAddress(r.top, r.left, r.rows, r.cols)).clear("All");
        // A table planned elsewhere is moved, not deleted and added again, so formulas in the workbook that
        // refer to it (=SUM(指标跟踪[增速])) keep working. First every such table is parked to the right of
        // all old and planned tables and given its planned size there; each then moves into place in plan
        // order below, before its cells are written. So no move lands on a table that has not moved or been
        // resized yet, whatever the old and new places (tables swapping places, overlapping old and new).
        for (const o of old) {
          const slot = o.planned && parking.get(o.table.name);
          if (!o.planned || !slot) continue;
          ws.getRange(rangeAddress(o.rect.top, o.rect.left, o.rect.rows, o.rect.cols)).moveTo(
            ws.getRange(cellAddress(slot.top, slot.left)),
          );
          o.table.resize(rangeAddress(slot.top, slot.left, slot.rows, slot.cols));
          // Old header cells left outside the narrower table (now plain cells).
          if (o.rect.cols > slot.cols)
            ws.getRange(rangeAddress(slot.top, slot.left + slot.cols, 1, o.rect.cols - slot.cols)).clear(
              "All",
            );
          moved.set(o.planned.name, { table: o.table, parked: slot });
        }
      } else {
        ws = added as Excel.Worksheet;
      }

      this.writeTitle(ws, plan);
      // Cell data goes in row blocks of at most half the request budget; past the budget the batch is
      // synced (Excel on the web refuses requests over 5 MB). Below it (any ordinary sheet) nothing changes.
      let queued = 0;
      const enqueue = async (bytes: number) => {
        if (queued > 0 && queued + bytes > this.maxRequestBytes) {
          await ctx.sync();
          queued = 0;
        }
        queued += bytes;
      };
      for (const t of plan.tables) {
        const address = rangeAddress(t.rect.top, t.rect.left, t.rect.rows, t.rect.cols);
        // A parked table moves into place before its cells are written (a move replaces what is there).
        const parked = moved.get(t.name);
        if (parked) {
          const p = parked.parked;
          ws.getRange(rangeAddress(p.top, p.left, p.rows, p.cols)).moveTo(
            ws.getRange(cellAddress(t.rect.top, t.rect.left)),
          );
        }
        const formats = t.spec.numberFormats ?? [];
        const grid = [t.header.map((h) => excelInput(h)), ...t.rows.map((r) => r.map(excelInput))];
        for (const [from, count, bytes] of blocks(grid, this.maxRequestBytes / 2)) {
          await enqueue(bytes);
          ws.getRange(rangeAddress(t.rect.top + from, t.rect.left, count, t.rect.cols)).formulas = grid.slice(
            from,
            from + count,
          );
          const bodyFrom = Math.max(from, 1);
          const bodyCount = from + count - bodyFrom;
          if (formats.some((f) => f) && bodyCount > 0)
            ws.getRange(
              rangeAddress(t.rect.top + bodyFrom, t.rect.left, bodyCount, t.rect.cols),
            ).numberFormat = Array.from({ length: bodyCount }, () =>
              Array.from({ length: t.rect.cols }, (_, c) => formats[c] || "General"),
            );
        }
        // Kept in place: resized; moved: already at its planned size; else a new table.
        const keep = kept.get(t.name);
        if (keep) {
          keep.resize(address);
          // Old header cells left outside the narrower table (now plain cells).
          const was = oldWidths.get(t.name) ?? t.rect.cols;
          if (was > t.rect.cols)
            ws.getRange(rangeAddress(t.rect.top, t.rect.left + t.rect.cols, 1, was - t.rect.cols)).clear(
              "All",
            );
        }
        let table = keep ?? parked?.table;
        if (!table) {
          table = ws.tables.add(address, true);
          table.name = t.name;
        }
        written.set(t.name.toLowerCase(), table);
        const body = (c: number) =>
          ws.getRange(rangeAddress(t.rect.top + 1, t.rect.left + c, t.rows.length, 1));
        for (const sf of t.spec.statusFormats ?? []) {
          if (sf.column < 0 || sf.column >= t.rect.cols) continue;
          const col = body(sf.column);
          for (const [text, fill] of Object.entries(sf.fills)) {
            const cf = col.conditionalFormats.add("CellValue");
            cf.cellValue.format.fill.color = fill;
            cf.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
          }
        }
      }
      for (const ch of plan.charts) {
        const [first, ...rest] = ch.series;
        if (!first) continue;
        const cats = ws.getRange(rangeAddress(ch.categories.top, ch.categories.left, ch.categories.rows, 1));
        const firstWithHeader = ws.getRange(
          rangeAddress(first.rect.top - 1, first.rect.left, first.rect.rows + 1, 1),
        );
        const chart = ws.charts.add(CHART_TYPE[ch.spec.type], firstWithHeader, "Columns");
        chart.name = `${ch.table.name}_chart`.slice(0, 255);
        chart.title.text = ch.spec.title;
        const s0 = chart.series.getItemAt(0);
        s0.name = first.name;
        s0.setXAxisValues(cats);
        for (const s of rest) {
          const series = chart.series.add(s.name);
          series.setValues(ws.getRange(rangeAddress(s.rect.top, s.rect.left, s.rect.rows, 1)));
          series.setXAxisValues(cats);
        }
        chart.setPosition(
          cellAddress(ch.anchor.top, ch.anchor.left),
          cellAddress(ch.anchor.top + ch.anchor.rows - 1, ch.anchor.left + ch.anchor.cols - 1),
        );
      }

      const pivotResults: { name: string; rect: CellRect; native: boolean }[] = [];
      const pivotNames = new Set(
        (pivots?.items ?? [])
          .filter((p) => !existing || !sameName(p.worksheet.name, existing.name))
          .map((p) => p.name.toLowerCase()),
      );
      let row = plan.nextRow;
      for (const s of summaries) {
        const rect = { top: row, left: 0, rows: s.summary.rows.length + 1, cols: s.summary.header.length };
        if (nativePivots) {
          const name = sanitizeTableName(s.spec.name, pivotNames);
          pivotNames.add(name.toLowerCase());
          // Pass the Table object (a plain string would be read as an address).
          const source =
            written.get(s.source.toLowerCase()) ??
            tables.items.find((x) => sameName(x.name, s.source)) ??
            s.source;
          this.addPivot(wb, ws, name, source, s.spec, cellAddress(row, 0));
          // A native PivotTable has one more header row than the flat summary when it has column fields.
          const extra = (s.spec.columns ?? []).length > 0 ? 1 : 0;
          pivotResults.push({ name, rect: { ...rect, rows: rect.rows + extra }, native: true });
          row += rect.rows + extra + 1;
        } else {
          this.writeSummary(ws, rect, s.summary);
          pivotResults.push({ name: s.spec.name, rect, native: false });
          row += rect.rows + 1;
        }
      }

      if (!isOwned) {
        const name = existing?.name ?? spec.sheet;
        wb.settings.add(OWNED_SHEETS_KEY, [...owned.filter((n) => !sameName(n, spec.sheet)), name]);
        wb.settings.add(OWNED_SHEET_IDS_KEY, withOwnedId(ownedIds, name, (existing ?? ws).id));
      }
      if (spec.activate) ws.activate();
      await ctx.sync();
      return {
        status: "written",
        sheet: existing?.name ?? spec.sheet,
        tables: plan.tables.map((t) => ({ name: t.name, rect: { ...t.rect } })),
        pivots: pivotResults,
      } as WriteResult;
    });
  }

  private writeTitle(ws: Excel.Worksheet, plan: SheetPlan): void {
    if (plan.title.length === 0) return;
    const r = ws.getRange(rangeAddress(0, 0, plan.title.length, 1));
    r.formulas = plan.title.map((t) => [excelInput(t.text)]);
    ws.getRange("A1").format.font.bold = true;
  }

  private writeSummary(ws: Excel.Worksheet, rect: CellRect, s: Summary): void {
    const r = ws.getRange(rangeAddress(rect.top, rect.left, rect.rows, rect.cols));
    r.formulas = [s.header.map(excelInput), ...s.rows.map((row) => row.map(excelInput))];
    ws.getRange(rangeAddress(rect.top, rect.left, 1, rect.cols)).format.font.bold = true;
    ws.getRange(rangeAddress(rect.top + rect.rows - 1, rect.left, 1, rect.cols)).format.font.bold = true;
  }

  private addPivot(
    wb: Excel.Workbook,
    ws: Excel.Worksheet,
    name: string,
    source: Excel.Table | string,
    p: PivotSpec,
    at: string,
  ): void {
    const pt = wb.pivotTables.add(name, source, ws.getRange(at));
    for (const f of p.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of p.columns ?? []) pt.columnHierarchies.add(pt.hierarchies.getItem(f));
    for (const v of p.values) {
      const dh = pt.dataHierarchies.add(pt.hierarchies.getItem(v.field));
      dh.summarizeBy = v.summarize === "sum" ? "Sum" : "Count";
    }
  }

  /** 2 syncs (1 when refused: a target cell is non-empty and the user did not confirm). */
  async writeCells(
    sheet: string,
    top: number,
    left: number,
    values: CellValue[][],
    confirmed = false,
  ): Promise<boolean> {
    const rows = values.length;
    const cols = Math.max(0, ...values.map((r) => r.length));
    if (rows === 0 || cols === 0) return true;
    return this.batch(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const range = ws.getRange(rangeAddress(top, left, rows, cols)).load("values,formulas");
        await ctx.sync();
        if (!confirmed) {
          const cur = range.formulas as unknown[][];
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < (values[r]?.length ?? 0); c++) {
              const v = cur[r]?.[c];
              if (v !== "" && v !== null && v !== undefined) return false;
            }
        }
        // Cells the caller left out of a ragged row keep what they had.
        const old = range.formulas as unknown[][];
        range.formulas = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => {
            const row = values[r] as CellValue[];
            return c < row.length
              ? excelInput(row[c] ?? null)
              : ((old[r]?.[c] ?? "") as string | number | boolean);
          }),
        );
        await ctx.sync();
        return true;
      },
      () => new WorkbookError("wbSheetNotFound", { sheet }),
    );
  }

  /** 1 sync. */
  async select(sheet: string, address: string): Promise<void> {
    if (!parseAddress(address)) throw new WorkbookError("wbBadAddress", { address });
    const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    await this.batch(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(local).select();
        await ctx.sync();
      },
      () => new WorkbookError("wbSheetNotFound", { sheet }),
    );
  }

  /** 1 sync. */
  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.batch(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(key).load("value");
      await ctx.sync();
      return item.isNullObject ? undefined : (item.value as T);
    });
  }

  /** 1 sync (2 when deleting with `undefined`). */
  async setSetting<T>(key: string, value: T): Promise<void> {
    await this.batch(async (ctx) => {
      if (value === undefined) {
        const item = ctx.workbook.settings.getItemOrNullObject(key).load("key");
        await ctx.sync();
        if (item.isNullObject) return;
        item.delete();
      } else ctx.workbook.settings.add(key, JSON.parse(JSON.stringify(value)) as unknown as string);
      await ctx.sync();
    });
  }

  /** 1 sync. Refreshes every PivotTable in the workbook; returns how many there are. */
  async refreshPivots(): Promise<number> {
    // refreshAll is ExcelApi 1.3 but PivotTableCollection.getCount needs 1.4: on 1.3 count the loaded items.
    if (!this.supports("1.3")) return 0;
    const withCount = this.supports("1.4");
    return this.batch(async (ctx) => {
      const pts = ctx.workbook.pivotTables;
      const count = withCount ? pts.getCount() : null;
      if (!count) pts.load("items/name");
      pts.refreshAll();
      await ctx.sync();
      return count ? count.value : pts.items.length;
    });
  }
}

function rectOf(r: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): CellRect {
  return { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** The smallest rectangle holding all of `rects` (null for none). */
function boundingRect(rects: CellRect[]): CellRect | null {
  if (rects.length === 0) return null;
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  const bottom = Math.max(...rects.map((r) => r.top + r.rows));
  const right = Math.max(...rects.map((r) => r.left + r.cols));
  return { top, left, rows: bottom - top, cols: right - left };
}

/**
 * `area` less the one-row rectangles `holes` (header rows; they never overlap, being rows of different
 * tables), as non-overlapping rectangles: full-width bands between the rows with holes, and on each such row
 * the runs of columns between its holes.
 */
export function rectsOutside(area: CellRect, holes: CellRect[]): CellRect[] {
  const right = area.left + area.cols;
  const bottom = area.top + area.rows;
  const rows = [...new Set(holes.map((h) => h.top))]
    .filter((r) => r >= area.top && r < bottom)
    .sort((a, b) => a - b);
  const out: CellRect[] = [];
  let top = area.top;
  const band = (from: number, to: number) => {
    if (to > from) out.push({ top: from, left: area.left, rows: to - from, cols: area.cols });
  };
  for (const row of rows) {
    band(top, row);
    let left = area.left;
    const spans = holes.filter((h) => h.top === row).sort((a, b) => a.left - b.left);
    for (const h of spans) {
      const from = Math.min(Math.max(h.left, area.left), right);
      if (from > left) out.push({ top: row, left, rows: 1, cols: from - left });
      left = Math.max(left, Math.min(h.left + h.cols, right));
    }
    if (right > left) out.push({ top: row, left, rows: 1, cols: right - left });
    top = row + 1;
  }
  band(top, bottom);
  return out;
}

/** Excel's last column (XFD) is 16,384. */
const MAX_COLUMNS = 16_384;

/**
 * Where each of our tables planned at another top-left waits during a refresh (keyed by its current name):
 * row 1, side by side to the right of every old and planned table, one blank column apart, each slot as wide
 * as the table before and after, holding the table at its planned size. Empty when moving is not available;
 * a table that would not fit before Excel's last column gets no slot (it is deleted and added again).
 */
function parkingSlots(
  old: { table: { name: string }; rect: CellRect; planned?: { rect: CellRect } }[],
  plan: SheetPlan,
  enabled: boolean,
): Map<string, CellRect> {
  const slots = new Map<string, CellRect>();
  if (!enabled) return slots;
  let left =
    Math.max(
      0,
      ...old.map((o) => o.rect.left + o.rect.cols),
      ...plan.tables.map((t) => t.rect.left + t.rect.cols),
    ) + 1;
  for (const o of old) {
    const to = o.planned?.rect;
    if (!to || (to.top === o.rect.top && to.left === o.rect.left)) continue;
    const width = Math.max(o.rect.cols, to.cols);
    if (left + width > MAX_COLUMNS) break;
    slots.set(o.table.name, { top: 0, left, rows: to.rows, cols: to.cols });
    left += width + 1;
  }
  return slots;
}

function findPlanned(plan: SheetPlan, name: string) {
  return plan.tables.find((t) => t.spec.name === name || sameName(t.name, name));
}
