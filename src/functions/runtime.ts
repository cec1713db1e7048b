/**
 * The one coercion and error layer between Excel values and the pure core.
 *
 * Excel hands a custom function scalars or row-major 2-D arrays. Blank cells arrive as `null` (Excel on the
 * web, `any` parameters) or `""`, and as 0 on desktop (office-js #4702: we cannot tell those from a real 0);
 * error cells arrive as error objects when `allowErrorForDataTypeAny` is set (the build sets it). Core
 * functions return `IndicatorError` for bad data; here it becomes a `CustomFunctions.Error` with a message in
 * the user's language.
 *
 * Rules every wrapper follows (docs/functions.md states them for users):
 * - **Nothing escapes.** A wrapper never throws: a whole-call problem (shapes differ, empty range) comes back
 *   as a 1×1 array holding the Excel error; a per-cell problem is an error in that cell of the result.
 * - **Blanks.** Element-wise functions give `""` for a row whose required input is blank; peer lists skip
 *   blanks; series drop trailing blanks (see core/series.ts).
 * - **Errors in, errors out.** An error cell in an input gives the same Excel error in that result cell
 *   (#DIV/0! stays #DIV/0!), with a message naming it.
 * - **Cells out** are finite numbers (never −0), strings, or Excel errors; NaN/±Infinity become #NUM!.
 */
import { IndicatorError, fail, isIndicatorError, type ErrorCode } from "../core/errors";
import { formatMessage, type Lang } from "../core/messages";

/** What a cell of a returned array may hold. */
export type OutCell = number | string | boolean | CustomFunctions.Error;
export type OutGrid = OutCell[][];
/** A blank input cell. */
export const BLANK: unique symbol = Symbol("blank");
export type Blank = typeof BLANK;

let langOverride: Lang | null = null;
/** For tests and the preview: force the message language. */
export function setLanguage(lang: Lang | null): void {
  langOverride = lang;
}
/** Chinese when Office's display language is Chinese, English otherwise. */
export function currentLanguage(): Lang {
  if (langOverride) return langOverride;
  try {
    const g = globalThis as { Office?: { context?: { displayLanguage?: string } } };
    const dl = g.Office?.context?.displayLanguage;
    if (typeof dl === "string" && dl.length > 0) return /^zh/i.test(dl) ? "zh" : "en";
    const nav = (globalThis as { navigator?: { language?: string } }).navigator?.language;
    if (typeof nav === "string" && nav.length > 0) return /^zh/i.test(nav) ? "zh" : "en";
  } catch {
    /* fall through */
  }
  return "zh";
}

const excelCodes: Record<IndicatorError["code"], string> = {
  value: "#VALUE!",
  na: "#N/A",
  div0: "#DIV/0!",
  num: "#NUM!",
};

/** Map a domain error to the Excel error object the runtime understands. */
export function toExcelError(e: IndicatorError): CustomFunctions.Error {
  let msg: string;
  try {
    msg = formatMessage(e.key, currentLanguage(), e.params);
  } catch {
    msg = String(e.key);
  }
  const codes = CustomFunctions.ErrorCode;
  const code =
    e.code === "value"
      ? codes.invalidValue
      : e.code === "na"
        ? codes.notAvailable
        : e.code === "div0"
          ? codes.divisionByZero
          : codes.invalidNumber;
  // Excel shows the message only for #VALUE! and #N/A; passing it for the others is harmless.
  return new CustomFunctions.Error(code, msg);
}

/** The Excel error text ("#VALUE!") of a domain error, for the CLI and the preview. */
export function excelErrorText(e: IndicatorError): string {
  return excelCodes[e.code];
}

const ERROR_TEXT =
  /^#(VALUE!|N\/A|DIV\/0!|NUM!|NAME\?|REF!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!)$/;

/** True for an error value passed in from a cell. */
export function isExcelErrorValue(x: unknown): boolean {
  if (x instanceof Error) return true;
  if (x !== null && typeof x === "object") {
    const o = x as { errorCode?: unknown; code?: unknown; type?: unknown };
    return (
      typeof o.errorCode === "string" ||
      (typeof o.code === "string" && /^#/.test(String(o.code))) ||
      o.type === "Error"
    );
  }
  return typeof x === "string" && ERROR_TEXT.test(x);
}

function errorLabel(x: unknown): string {
  if (typeof x === "string") return x;
  const o = x as { code?: unknown; errorCode?: unknown; message?: unknown };
  const label = o.code ?? o.errorCode;
  if (typeof label === "string" && label.length > 0) return label.startsWith("#") ? label : `#${label}`;
  return "#VALUE!";
}

const CODE_OF_LABEL: Record<string, ErrorCode> = {
  "#N/A": "na",
  "#DIV/0!": "div0",
  "#NUM!": "num",
  "#NotAvailable": "na",
  "#DivisionByZero": "div0",
  "#InvalidNumber": "num",
};

/** An input error cell as a domain error of the same Excel kind (#DIV/0! stays #DIV/0!). */
export function inputError(x: unknown): IndicatorError {
  const label = errorLabel(x);
  const code = Object.prototype.hasOwnProperty.call(CODE_OF_LABEL, label) ? CODE_OF_LABEL[label] : undefined;
  return fail(code ?? "value", "errorInput", { got: label });
}

/**
 * True for an omitted optional argument: Excel passes `null` (or, with a stale metadata cache, the Invocation
 * object; office-js #2777).
 */
export function isOmitted(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === "object" && !Array.isArray(x) && !isExcelErrorValue(x)) {
    const o = x as Record<string, unknown>;
    return "functionName" in o || "address" in o || "setResult" in o;
  }
  return false;
}

/** Normalise an argument (scalar, 1-D or 2-D) to a 2-D grid. `null`/omitted becomes a 1×1 blank. */
export function toGrid(x: unknown): unknown[][] {
  if (Array.isArray(x)) {
    if (x.length === 0) return [];
    if (x.every((row) => Array.isArray(row))) return x as unknown[][];
    return [x as unknown[]];
  }
  return [[isOmitted(x) ? null : x]];
}

export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

function shortText(x: string): string {
  return x.length > 20 ? `${x.slice(0, 20)}…` : x;
}

/**
 * A cell as a number. Numbers pass (non-finite → #NUM!); numeric text such as "6.1", "1,234" or "6.1%" is
 * read as the number the user sees (percent units: "6.1%" → 6.1); blanks give BLANK; error cells give the same
 * Excel error; booleans and other text give #VALUE! naming what was found.
 */
export function toNumber(x: unknown): number | Blank | IndicatorError {
  if (typeof x === "number") return Number.isFinite(x) ? x : fail("num", "notFinite");
  if (isBlank(x)) return BLANK;
  if (isExcelErrorValue(x)) return inputError(x);
  if (typeof x === "string") {
    const t = x
      .trim()
      .replace(/[，,](?=\d{3}\b)/g, "")
      .replace(/％/g, "%")
      .replace(/^＋/, "+")
      .replace(/^[－−]/, "-");
    const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*%?$/.exec(t);
    if (m && m[1] !== undefined) {
      const n = Number(m[1]);
      if (Number.isFinite(n)) return n;
    }
    return fail("value", "notNumber", { got: shortText(x) });
  }
  if (typeof x === "boolean") return fail("value", "notNumber", { got: x ? "TRUE" : "FALSE" });
  return fail("value", "notNumber", { got: shortText(String(x)) });
}

/** A cell as text: strings trimmed, numbers as written; blanks give BLANK; error cells their error. */
export function toText(x: unknown): string | Blank | IndicatorError {
  if (isBlank(x)) return BLANK;
  if (isExcelErrorValue(x)) return inputError(x);
  if (typeof x === "string") return x.trim();
  if (typeof x === "number") return Number.isFinite(x) ? String(x) : fail("num", "notFinite");
  if (typeof x === "boolean") return fail("value", "notNumber", { got: x ? "TRUE" : "FALSE" });
  return fail("value", "notNumber", { got: shortText(String(x)) });
}

function dims(g: unknown[][]): string {
  return `${g.length}×${g[0]?.length ?? 0}`;
}

/** Rows and columns of a grid, or an error if it is empty or ragged. */
export function gridShape(g: unknown[][]): { rows: number; cols: number } | IndicatorError {
  if (g.length === 0 || (g[0]?.length ?? 0) === 0) return fail("value", "emptyInput");
  const width = (g[0] as unknown[]).length;
  for (let r = 1; r < g.length; r++) {
    const row = g[r];
    if (!Array.isArray(row) || row.length !== width)
      return fail("value", "shapeMismatch", {
        a: dims(g),
        b: `${g.length}×${Array.isArray(row) ? row.length : 0}`,
      });
  }
  return { rows: g.length, cols: width };
}

/**
 * The common shape of grids that broadcast element-wise: a 1×1 grid fits any shape, a 1×n row repeats down
 * the rows of an m×n grid and an m×1 column across its columns (as Excel's array arithmetic does). Anything
 * else is #VALUE! naming both sizes.
 */
export function commonShape(grids: unknown[][][]): { rows: number; cols: number } | IndicatorError {
  let rows = 1;
  let cols = 1;
  let rowsFrom: unknown[][] | null = null;
  let colsFrom: unknown[][] | null = null;
  for (const g of grids) {
    const s = gridShape(g);
    if (isIndicatorError(s)) return s;
    if (s.rows !== 1) {
      if (rows !== 1 && rows !== s.rows)
        return fail("value", "shapeMismatch", { a: dims(rowsFrom ?? g), b: dims(g) });
      rows = s.rows;
      rowsFrom = g;
    }
    if (s.cols !== 1) {
      if (cols !== 1 && cols !== s.cols)
        return fail("value", "shapeMismatch", { a: dims(colsFrom ?? g), b: dims(g) });
      cols = s.cols;
      colsFrom = g;
    }
  }
  return { rows, cols };
}

/**
 * Apply a cell-wise function over grids that broadcast to one shape (see {@link commonShape}).
 * Returns #VALUE! (naming both sizes) when shapes differ. Exceptions inside `fn` become #VALUE! in that cell.
 */
export function broadcast(
  grids: unknown[][][],
  fn: (...cells: unknown[]) => OutCell,
): OutGrid | IndicatorError {
  const shape = commonShape(grids);
  if (isIndicatorError(shape)) return shape;
  const { rows, cols } = shape;
  const k = grids.length;
  const out: OutGrid = new Array(rows);
  const cells: unknown[] = new Array(k);
  for (let r = 0; r < rows; r++) {
    const row: OutCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < k; i++) {
        const g = grids[i] as unknown[][];
        const rowG = (g.length === 1 ? g[0] : g[r]) as unknown[];
        cells[i] = rowG.length === 1 ? rowG[0] : rowG[c];
      }
      row[c] = safeCell(fn, cells);
    }
    out[r] = row;
  }
  return out;
}

function safeCell(fn: (...cells: unknown[]) => OutCell, cells: unknown[]): OutCell {
  try {
    return fn(...cells);
  } catch (e) {
    return toExcelError(fail("value", "internal", { detail: e instanceof Error ? e.message : String(e) }));
  }
}

/**
 * Element-wise numeric function over broadcast grids: each input cell is read with {@link toNumber}; an
 * error in any input gives that error; a blank in a required input gives `""`; optional inputs (index ≥
 * `required`) pass `undefined` when blank. `fn` returns a core result, finished by {@link cell}.
 */
export function numeric(
  args: unknown[],
  required: number,
  fn: (...nums: (number | undefined)[]) => number | string | IndicatorError,
): OutGrid | IndicatorError {
  const grids = args.map(toGrid);
  const k = grids.length;
  const nums: (number | undefined)[] = new Array(k);
  return broadcast(grids, (...cells) => {
    let blank = false;
    for (let i = 0; i < k; i++) {
      const v = toNumber(cells[i]);
      if (isIndicatorError(v)) return toExcelError(v);
      if (v === BLANK) {
        if (i < required) blank = true;
        nums[i] = undefined;
      } else nums[i] = v;
    }
    if (blank) return "";
    return cell(fn(...nums));
  });
}

/** A number-only kernel for the common case of a two-argument function (see {@link numeric2}). */
export interface FastKernel {
  when(x: number, y: number): boolean;
  calc(x: number, y: number): number;
}

/**
 * Fast element-wise path for two numeric arguments (GROWTH, SHARE, … over a million cells): same rules as
 * {@link numeric}, without the per-cell spread. `fn` receives finite numbers only. The optional `fast` kernel
 * handles the common case with a number-only result (never −0) where `fast.when` holds; non-finite results and
 * other inputs go to `fn`.
 */
export function numeric2(
  a: unknown,
  b: unknown,
  fn: (x: number, y: number) => number | string | IndicatorError,
  fast?: FastKernel,
): OutGrid | IndicatorError {
  const ga = toGrid(a);
  const gb = toGrid(b);
  const shape = commonShape([ga, gb]);
  if (isIndicatorError(shape)) return shape;
  const { rows, cols } = shape;
  const out: OutGrid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const ra = (ga.length === 1 ? ga[0] : ga[r]) as unknown[];
    const rb = (gb.length === 1 ? gb[0] : gb[r]) as unknown[];
    const sa = ra.length === 1;
    const sb = rb.length === 1;
    const row: OutCell[] = new Array(cols);
    let start = 0;
    if (fast !== undefined && !sa && !sb) {
      // Tight loop over two full rows while every result is handled by the fast kernel.
      for (; start < cols; start++) {
        const x = ra[start];
        const y = rb[start];
        if (typeof x !== "number" || typeof y !== "number" || !fast.when(x, y)) break;
        const f = fast.calc(x, y);
        if (!(f - f === 0)) break;
        row[start] = f;
      }
    }
    for (let c = start; c < cols; c++) {
      const x = sa ? ra[0] : ra[c];
      const y = sb ? rb[0] : rb[c];
      if (typeof x === "number" && typeof y === "number" && x - x === 0 && y - y === 0) {
        // Both finite numbers: the common case. `fast` (number-only, NaN = "not handled") keeps results unboxed.
        if (fast !== undefined && fast.when(x, y)) {
          const f = fast.calc(x, y);
          if (f - f === 0) {
            row[c] = f;
            continue;
          }
        }
        const v = fn(x, y);
        row[c] = typeof v === "number" && v - v === 0 ? (v === 0 ? 0 : v) : cell(v);
        continue;
      }
      const nx = toNumber(x);
      const ny = toNumber(y);
      if (isIndicatorError(nx)) row[c] = toExcelError(nx);
      else if (isIndicatorError(ny)) row[c] = toExcelError(ny);
      else if (nx === BLANK || ny === BLANK) row[c] = "";
      else {
        try {
          row[c] = cell(fn(nx, ny));
        } catch (e) {
          row[c] = toExcelError(
            fail("value", "internal", { detail: e instanceof Error ? e.message : String(e) }),
          );
        }
      }
    }
    out[r] = row;
  }
  return out;
}

/** A finished cell value: domain errors become Excel errors, -0 becomes 0, non-finite becomes #NUM!. */
export function cell(v: number | string | boolean | IndicatorError | Blank | null | undefined): OutCell {
  if (v === BLANK || v === null || v === undefined) return "";
  if (isIndicatorError(v)) return toExcelError(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return toExcelError(fail("num", "notFinite"));
    return v === 0 ? 0 : v;
  }
  return v;
}

/**
 * Run a wrapper body so that nothing escapes: a domain error for the whole call, or any unexpected
 * exception, comes back as a 1×1 array holding the Excel error (Excel shows it in the formula's cell).
 * Use it for wrappers that return a grid.
 */
export function guard<T>(body: () => T | IndicatorError): T {
  let result: T | IndicatorError;
  try {
    result = body();
  } catch (e) {
    result = fail("value", "internal", { detail: e instanceof Error ? e.message : String(e) });
  }
  if (isIndicatorError(result)) {
    let err: OutCell;
    try {
      err = toExcelError(result);
    } catch {
      err = "#VALUE!";
    }
    return [[err]] as unknown as T;
  }
  return result;
}

/** Every cell of a grid in row-major order. */
export function flatten(g: unknown[][]): unknown[] {
  const out: unknown[] = [];
  for (const row of g) for (const v of row) out.push(v);
  return out;
}
