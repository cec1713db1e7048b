/**
 * A small Excel object model for testing the Office adapter, built from office-addin-mock objects: every
 * object the adapter touches is an OfficeMockObject under the request context, so reading a property that
 * was not loaded and synced gives office-addin-mock's error text (and the adapter's result is then wrong),
 * and `context.sync` is counted. Only the calls the adapter makes exist; writes are applied to a plain
 * model (sheets as grids of what was typed: numbers, booleans, "'text", "=formula") at each sync, in the
 * order they were queued. Table operations check what Excel checks (tables never overlap; a move takes
 * whole tables; a resize keeps the header row), so an order of operations Excel would refuse fails here too.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseAddress, rangeAddress } from "../../src/workbook/address";
import type { CellRect } from "../../src/workbook/types";

type Input = string | number | boolean;

export interface FakeSheet {
  /** Excel's Worksheet.id: a GUID that stays with the sheet when renamed and is new for a new sheet. */
  id: string;
  name: string;
  grid: Input[][];
  merges: CellRect[];
  charts: { name: string; type: string; title?: string; series: number }[];
  cfs: { address: string; formula1: string; fill: string }[];
  formats: Map<string, unknown>;
}

export interface FakeModel {
  sheets: FakeSheet[];
  tables: { name: string; sheet: string; rect: CellRect }[];
  settings: Map<string, unknown>;
  pivots: {
    name: string;
    sheet: string;
    source: string;
    at: string;
    rows: string[];
    columns: string[];
    data: { field: string; by: string }[];
  }[];
  selection: { sheet: string; rect: CellRect } | null;
  refreshed: number;
}

let sheetIds = 0;

export function sheetFrom(name: string, rows: Input[][]): FakeSheet {
  const id = `{00000000-${String(++sheetIds).padStart(4, "0")}-0000-0000-000000000000}`;
  return { id, name, grid: rows.map((r) => [...r]), merges: [], charts: [], cfs: [], formats: new Map() };
}

const textOf = (x: Input) => (typeof x === "string" && x.startsWith("'") ? x.slice(1) : x);
/** What Excel shows for a typed input (formulas compute to 0 here: the fake has no engine). */
const valueOf = (x: Input | undefined): string | number | boolean =>
  x === undefined ? "" : typeof x === "string" && x.startsWith("=") ? 0 : textOf(x);

function isEmptyRect(r: CellRect) {
  return r.rows <= 0 || r.cols <= 0;
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols
  );
}

function inside(inner: CellRect, outer: CellRect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.cols <= outer.left + outer.cols
  );
}

const invalid = (what: string) =>
  Object.assign(new Error(`InvalidOperation: ${what}`), { code: "InvalidOperation" });

export class FakeExcel {
  model: FakeModel;
  syncs = 0;
  /** Total values written through range.formulas/values (cells). */
  cellsWritten = 0;
  /** Cells of values/formulas one sync may return before Excel refuses (ResponsePayloadSizeLimitExceeded). */
  maxCellsPerResponse = Infinity;
  /** The ExcelApi version of each method called that needs more than 1.3 (the fake itself accepts all). */
  apiCalls: string[] = [];
  /** Thrown by getSelectedRange when set (a failure other than "not a range"). */
  selectionError: unknown = null;
  /** Names of the tables deleted (Table.delete), in order: a formula elsewhere that referred to one is #REF!. */
  deletedTables: string[] = [];
  private n = 0;

  constructor(sheets: FakeSheet[] = []) {
    this.model = { sheets, tables: [], settings: new Map(), pivots: [], selection: null, refreshed: 0 };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Cell input at (r, c) of a sheet, as typed. */
  at(sheet: string, r: number, c: number): Input | undefined {
    return this.sheet(sheet)?.grid[r]?.[c];
  }

  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => {
    const ctx: any = new OfficeMockObject({});
    const pending: (() => void)[] = [];
    let loadedCells = 0;
    const watchers: (() => void)[] = [];
    const mk = (seed: Record<string, unknown>, plain: Record<string, unknown> = {}) => {
      const id = `m${this.n++}`;
      ctx.addMock(id);
      const m = ctx[id];
      m.populate(seed);
      for (const [k, v] of Object.entries(plain)) Object.defineProperty(m, k, { value: v, writable: true });
      return m;
    };
    /** A null object (…OrNullObject): loading it is allowed and loads nothing. */
    const nullObject = () => {
      const m = mk({}, { isNullObject: true });
      m.load = () => m;
      return m;
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the seeds are plain functions called with the mock as `this`
    const fake = this;
    const notFound = (what: string) =>
      Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
    const used = (sh: FakeSheet): CellRect | null => {
      let top = Infinity,
        left = Infinity,
        bottom = -1,
        right = -1;
      sh.grid.forEach((row, r) =>
        row?.forEach((x, c) => {
          if (x === "" || x === undefined || x === null) return;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }),
      );
      return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
    };

    const range = (sh: FakeSheet, rect: CellRect | null): any => {
      if (!rect || isEmptyRect(rect)) return nullObject();
      const formulas = Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => {
          const x = sh.grid[rect.top + r]?.[rect.left + c];
          return x === undefined ? "" : textOf(x);
        }),
      );
      const values = Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => valueOf(sh.grid[rect.top + r]?.[rect.left + c])),
      );
      const address = `${sh.name}!${rangeAddress(rect.top, rect.left, rect.rows, rect.cols)}`;
      const m = mk(
        {
          values,
          formulas,
          numberFormat: [],
          rowIndex: rect.top,
          columnIndex: rect.left,
          rowCount: rect.rows,
          columnCount: rect.cols,
          address,
          format: { font: { bold: false } },
          conditionalFormats: {
            add(type: string) {
              const cf = mk({ cellValue: { format: { fill: { color: "" } } } });
              pending.push(() =>
                sh.cfs.push({
                  address,
                  formula1: String(cf.cellValue.rule.formula1),
                  fill: String(cf.cellValue.format.fill.color),
                  ...{ type },
                }),
              );
              return cf;
            },
            clearAll() {
              pending.push(() => (sh.cfs = []));
            },
          },
          unmerge() {
            pending.push(() => (sh.merges = []));
          },
          clear() {
            pending.push(() => {
              // A table whose every cell is cleared, header included, goes with its cells (as a whole
              // selected table does in Excel's UI; the stricter reading of Range.clear, which the adapter
              // must survive); clearing part of a table leaves the table.
              const gone = fake.model.tables.filter((t) => t.sheet === sh.name && inside(t.rect, rect));
              fake.model.tables = fake.model.tables.filter((t) => !gone.includes(t));
              fake.deletedTables.push(...gone.map((t) => t.name));
              for (let r = rect.top; r < rect.top + rect.rows && r < sh.grid.length; r++)
                if (sh.grid[r])
                  sh.grid[r] = (sh.grid[r] as Input[]).map((x, c) =>
                    c >= rect.left && c < rect.left + rect.cols ? "" : x,
                  );
              sh.formats.clear();
            });
          },
          select() {
            pending.push(() => (fake.model.selection = { sheet: sh.name, rect }));
          },
          moveTo(destination: any) {
            fake.apiCalls.push("Range.moveTo@1.11");
            const to = (
              typeof destination === "string" ? parseAddress(destination) : destination.__rect
            ) as CellRect;
            pending.push(() => fake.move(sh, rect, to));
          },
          getMergedAreasOrNullObject() {
            const inside = sh.merges.filter(
              (g) =>
                g.top < rect.top + rect.rows &&
                g.top + g.rows > rect.top &&
                g.left < rect.left + rect.cols &&
                g.left + g.cols > rect.left,
            );
            if (inside.length === 0) return nullObject();
            return mk(
              {
                address: inside
                  .map((g) => `${sh.name}!${rangeAddress(g.top, g.left, g.rows, g.cols)}`)
                  .join(", "),
              },
              { isNullObject: false },
            );
          },
          getIntersectionOrNullObject(other: any) {
            const o = other.__rect as CellRect | null;
            if (!o) return range(sh, null);
            const top = Math.max(rect.top, o.top),
              left = Math.max(rect.left, o.left);
            const bottom = Math.min(rect.top + rect.rows, o.top + o.rows),
              right = Math.min(rect.left + rect.cols, o.left + o.cols);
            return range(
              sh,
              bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null,
            );
          },
        },
        { isNullObject: false, __rect: rect, __address: address, __sheet: sh.name, worksheet: worksheet(sh) },
      );
      const baseLoad = m.load.bind(m);
      m.load = (props?: unknown) => {
        if (/values|formulas/.test(String(props ?? "values"))) loadedCells += rect.rows * rect.cols;
        return baseLoad(props);
      };
      // Cell writes queue with the other operations, in the order the adapter made them (as Excel runs a
      // batch): a move or clear queued after a write acts on what was written.
      const applied: unknown[] = [formulas, values];
      for (const key of ["formulas", "values"] as const) {
        let current: unknown = m[key];
        Object.defineProperty(m, key, {
          configurable: true,
          enumerable: true,
          get: () => current,
          set: (v: unknown) => {
            if (Array.isArray(v) && !applied.includes(v)) {
              applied.push(v);
              pending.push(() => fake.write(sh, rect, v as unknown[][]));
            }
            current = v;
          },
        });
      }
      watchers.push(() => {
        if (Array.isArray(m.numberFormat) && m.numberFormat.length)
          sh.formats.set(`nf:${address}`, m.numberFormat);
        if (m.format.font.bold === true) sh.formats.set(`bold:${address}`, true);
      });
      return m;
    };

    const worksheetCache = new Map<FakeSheet, any>();
    const worksheet = (sh: FakeSheet): any => {
      const cached = worksheetCache.get(sh);
      if (cached) return cached;
      const charts = collection(() =>
        sh.charts.map((c) =>
          mk({
            name: c.name,
            delete() {
              pending.push(() => (sh.charts = sh.charts.filter((x) => x !== c)));
            },
          }),
        ),
      );
      charts.add = (type: string) => {
        const rec = { name: "", type, title: "", series: 1 };
        const chart = mk({
          name: "",
          title: { text: "" },
          series: {
            getItemAt: () => mk({ name: "", setXAxisValues() {} }),
            add: () => {
              rec.series++;
              return mk({ setValues() {}, setXAxisValues() {} });
            },
          },
          setPosition() {},
        });
        pending.push(() => {
          rec.name = chart.name;
          rec.title = chart.title.text;
          if (!sh.charts.includes(rec)) sh.charts.push(rec);
        });
        return chart;
      };
      const ws = mk(
        {
          id: sh.id,
          name: sh.name,
          activate() {},
          delete() {
            pending.push(() => (fake.model.sheets = fake.model.sheets.filter((x) => x !== sh)));
          },
          tables: {
            add(address: string) {
              const rect = parseAddress(address) as CellRect;
              const t = { name: `Table${fake.model.tables.length + 1}`, sheet: sh.name, rect };
              const m = mk({ name: t.name });
              pending.push(() => {
                // Excel: "A table can't overlap another table."
                const hit = fake.model.tables.find((x) => x.sheet === sh.name && overlaps(x.rect, rect));
                if (hit) throw invalid(`tables.add(${address}) overlaps table ${hit.name}`);
                fake.model.tables.push(t);
                t.name = m.name;
              });
              return m;
            },
          },
          getRange(address?: string) {
            if (!address)
              return range(sh, {
                top: 0,
                left: 0,
                rows: Math.max(sh.grid.length, 1),
                cols: Math.max(1, ...sh.grid.map((r) => r?.length ?? 0)),
              });
            return range(sh, parseAddress(address));
          },
          getUsedRangeOrNullObject() {
            return range(sh, used(sh));
          },
          getUsedRange() {
            return range(sh, used(sh) ?? { top: 0, left: 0, rows: 1, cols: 1 });
          },
        },
        { charts },
      );
      worksheetCache.set(sh, ws);
      return ws;
    };

    /** A collection whose `load("items/…")` loads each item (office-addin-mock has no collections). */
    const collection = (makeItems: () => any[], extra: Record<string, unknown> = {}) => {
      const c = mk(extra, { items: undefined });
      c.load = (props = "") => {
        const items = makeItems();
        const navs = String(props)
          .split(",")
          .map((x) =>
            x
              .trim()
              .replace(/^items\//, "")
              .split("/"),
          )
          .filter((parts) => parts.length > 1)
          .map((parts) => parts[0] as string);
        for (const it of items) {
          it.load();
          for (const nav of navs) it[nav]?.load();
        }
        c.items = items;
        return c;
      };
      return c;
    };

    const tableItem = (t: FakeModel["tables"][number]) => {
      const sh = fake.sheet(t.sheet) as FakeSheet;
      return mk(
        {
          name: t.name,
          getRange: () => range(sh, t.rect),
          delete() {
            pending.push(() => {
              fake.model.tables = fake.model.tables.filter((x) => x !== t);
              fake.deletedTables.push(t.name);
            });
          },
          resize(address: string) {
            fake.apiCalls.push("Table.resize@1.13");
            pending.push(() => {
              const to = parseAddress(address) as CellRect;
              // Excel: the new range must overlap the table and keep its header row; no other table in it.
              if (to.top !== t.rect.top || !overlaps(to, t.rect))
                throw invalid(`resize of ${t.name} to ${address}: header row moves or no overlap`);
              const hit = fake.model.tables.find(
                (x) => x !== t && x.sheet === t.sheet && overlaps(x.rect, to),
              );
              if (hit) throw invalid(`resize of ${t.name} to ${address} overlaps table ${hit.name}`);
              t.rect = to;
            });
          },
        },
        { worksheet: worksheet(sh) },
      );
    };

    const worksheets = collection(() => fake.model.sheets.map(worksheet));
    worksheets.getItem = (name: string) => {
      const sh = fake.sheet(name);
      if (!sh) throw notFound(name);
      return worksheet(sh);
    };
    worksheets.add = (name: string) => {
      const sh = sheetFrom(name, []);
      fake.model.sheets.push(sh);
      return worksheet(sh);
    };

    const tables = collection(() => fake.model.tables.map(tableItem));
    tables.getItem = (name: string) => {
      const t = fake.model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw notFound(name);
      return tableItem(t);
    };

    const settings = mk({
      getItemOrNullObject(key: string) {
        const has = fake.model.settings.has(key);
        // The value is a plain property (office-addin-mock would turn an object value into child mocks).
        const item = mk(
          {
            key,
            delete() {
              pending.push(() => fake.model.settings.delete(key));
            },
          },
          {
            isNullObject: !has,
            value: has ? JSON.parse(JSON.stringify(fake.model.settings.get(key))) : undefined,
          },
        );
        item.load = () => item;
        return item;
      },
      add(key: string, value: unknown) {
        pending.push(() => fake.model.settings.set(key, JSON.parse(JSON.stringify(value))));
      },
    });

    const pivotTables = collection(() =>
      fake.model.pivots.map((p) =>
        mk(
          {
            name: p.name,
            delete() {
              pending.push(() => (fake.model.pivots = fake.model.pivots.filter((x) => x !== p)));
            },
          },
          { worksheet: worksheet(fake.sheet(p.sheet) as FakeSheet) },
        ),
      ),
    );
    pivotTables.add = (name: string, source: any, dest: any) => {
      // Excel takes a Table object (or a range); record the table's name, or mark a bare string.
      const rec = {
        name,
        sheet: dest.__sheet as string,
        source: typeof source === "string" ? `string:${source}` : String(source.name),
        at: dest.__address as string,
        rows: [] as string[],
        columns: [] as string[],
        data: [] as { field: string; by: string }[],
      };
      pending.push(() => fake.model.pivots.push(rec));
      const hier = (f: string) => mk({}, { __name: f });
      return mk({
        hierarchies: { getItem: hier },
        rowHierarchies: { add: (h: any) => rec.rows.push(h.__name) },
        columnHierarchies: { add: (h: any) => rec.columns.push(h.__name) },
        dataHierarchies: {
          add: (h: any) => {
            const d = mk({ summarizeBy: "" });
            pending.push(() => rec.data.push({ field: h.__name, by: d.summarizeBy }));
            return d;
          },
        },
      });
    };
    pivotTables.getCount = () => {
      fake.apiCalls.push("PivotTableCollection.getCount@1.4");
      const r = mk({ value: fake.model.pivots.length });
      r.load("value");
      return r;
    };
    pivotTables.refreshAll = () => pending.push(() => (fake.model.refreshed += fake.model.pivots.length));

    const workbook = mk(
      {
        getSelectedRange() {
          const s = fake.model.selection;
          if (fake.selectionError) throw fake.selectionError;
          if (!s) throw Object.assign(new Error("InvalidSelection"), { code: "InvalidSelection" });
          return range(fake.sheet(s.sheet) as FakeSheet, s.rect);
        },
      },
      { worksheets, tables, settings, pivotTables },
    );
    Object.defineProperty(ctx, "workbook", { value: workbook });

    const baseSync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      fake.syncs++;
      const cells = loadedCells;
      loadedCells = 0;
      if (cells > fake.maxCellsPerResponse)
        throw Object.assign(new Error("ResponsePayloadSizeLimitExceeded"), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      await baseSync();
      await new Promise((r) => setTimeout(r, 0));
      // Operations (cell writes, clears, moves, removals, additions) apply in the order they were queued;
      // formats are recorded after them.
      for (const p of pending.splice(0)) p();
      for (const w of watchers) w();
    };
    return batch(ctx);
  };

  /**
   * Range.moveTo as Excel does it (cut and paste): the cells of `from` go to the same-sized area at `to`'s
   * top-left, replacing what was there; the cells left behind are emptied; a table wholly inside `from`
   * moves with them (same object, same name). Refused, as Excel refuses it, when `from` holds only part of
   * a table or the destination covers a table that does not move.
   */
  private move(sh: FakeSheet, from: CellRect, to: CellRect): void {
    const dest = { top: to.top, left: to.left, rows: from.rows, cols: from.cols };
    const onSheet = this.model.tables.filter((t) => t.sheet === sh.name);
    const moving = onSheet.filter((t) => inside(t.rect, from));
    const part = onSheet.find((t) => !moving.includes(t) && overlaps(t.rect, from));
    if (part) throw invalid(`moveTo: the range holds part of table ${part.name}`);
    const hit = onSheet.find((t) => !moving.includes(t) && overlaps(t.rect, dest));
    if (hit) throw invalid(`moveTo: the destination covers table ${hit.name}`);
    const cells = Array.from({ length: from.rows }, (_, r) =>
      Array.from({ length: from.cols }, (_, c) => sh.grid[from.top + r]?.[from.left + c] ?? ""),
    );
    for (let r = 0; r < from.rows; r++) {
      const line = sh.grid[from.top + r];
      if (line) for (let c = 0; c < from.cols && from.left + c < line.length; c++) line[from.left + c] = "";
    }
    const written = this.cellsWritten;
    this.write(sh, dest, cells);
    this.cellsWritten = written; // a move is not a write of the add-in's data
    for (const t of moving)
      t.rect = {
        ...t.rect,
        top: t.rect.top - from.top + dest.top,
        left: t.rect.left - from.left + dest.left,
      };
  }

  private write(sh: FakeSheet, rect: CellRect, grid: unknown[][]): void {
    grid.forEach((row, r) =>
      row.forEach((x, c) => {
        const rr = rect.top + r;
        while (sh.grid.length <= rr) sh.grid.push([]);
        const line = sh.grid[rr] as Input[];
        while (line.length <= rect.left + c) line.push("");
        line[rect.left + c] = x === null || x === undefined ? "" : (x as Input);
        this.cellsWritten++;
      }),
    );
  }
}
