/**
 * The one coercion and error layer between Excel values and the pure core.
 *
 * Excel hands a custom function scalars or row-major 2-D arrays. Blank cells arrive as `null` (Excel on the
 * web, `any` parameters) or `""`; error cells arrive as error objects when `allowErrorForDataTypeAny` is set
 * (the build sets it). Core functions return `IndicatorError` for bad data; here it becomes a
 * `CustomFunctions.Error` with a message in the user's language. Nothing thrown in a wrapper escapes.
 */
import { IndicatorError, fail, isIndicatorError } from "../core/errors";
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
  const msg = formatMessage(e.key, currentLanguage(), e.params);
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
  return (
    typeof x === "string" &&
    /^#(VALUE!|N\/A|DIV\/0!|NUM!|NAME\?|REF!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/.test(x)
  );
}

function errorLabel(x: unknown): string {
  if (typeof x === "string") return x;
  const o = x as { code?: unknown; errorCode?: unknown; message?: unknown };
  return String(o.code ?? o.errorCode ?? o.message ?? "#VALUE!");
}

/** Normalise an argument (scalar, 1-D or 2-D) to a 2-D grid. `null`/omitted becomes a 1×1 blank. */
export function toGrid(x: unknown): unknown[][] {
  if (Array.isArray(x)) {
    if (x.length === 0) return [];
    if (x.every((row) => Array.isArray(row))) return x as unknown[][];
    return [x as unknown[]];
  }
  return [[x]];
}

export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

/**
 * A cell as a number. Numbers pass (non-finite → #NUM!); numeric text such as "6.1" or "6.1%" is read as the
 * number the user sees (percent units: "6.1%" → 6.1); blanks give BLANK; booleans, other text and error
 * values give #VALUE! naming what was found.
 */
export function toNumber(x: unknown): number | Blank | IndicatorError {
  if (typeof x === "number") return Number.isFinite(x) ? x : fail("num", "notFinite");
  if (isBlank(x)) return BLANK;
  if (isExcelErrorValue(x)) return fail("value", "errorInput", { got: errorLabel(x) });
  if (typeof x === "string") {
    const t = x
      .trim()
      .replace(/[，,](?=\d{3}\b)/g, "")
      .replace(/％/g, "%");
    const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*%?$/.exec(t);
    if (m && m[1] !== undefined) {
      const n = Number(m[1]);
      if (Number.isFinite(n)) return n;
    }
    return fail("value", "notNumber", { got: x.length > 20 ? `${x.slice(0, 20)}…` : x });
  }
  return fail("value", "notNumber", { got: String(x) });
}

function dims(g: unknown[][]): string {
  return `${g.length}×${g[0]?.length ?? 0}`;
}

/**
 * Apply a cell-wise function over grids of the same shape; a 1×1 grid broadcasts against any shape.
 * Returns #VALUE! (naming both sizes) when shapes differ.
 */
export function broadcast(
  grids: unknown[][][],
  fn: (...cells: unknown[]) => OutCell,
): OutGrid | IndicatorError {
  let rows = 1;
  let cols = 1;
  let shaped: unknown[][] | null = null;
  for (const g of grids) {
    if (g.length === 0 || (g[0]?.length ?? 0) === 0) return fail("value", "emptyInput");
    const width = g[0]?.length ?? 0;
    if (g.some((r) => r.length !== width)) return fail("value", "shapeMismatch", { a: dims(g), b: "ragged" });
    if (g.length === 1 && width === 1) continue;
    if (shaped && (g.length !== shaped.length || width !== (shaped[0]?.length ?? 0))) {
      return fail("value", "shapeMismatch", { a: dims(shaped), b: dims(g) });
    }
    shaped = g;
    rows = g.length;
    cols = width;
  }
  const out: OutGrid = new Array(rows);
  const cells: unknown[] = new Array(grids.length);
  for (let r = 0; r < rows; r++) {
    const row: OutCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < grids.length; k++) {
        const g = grids[k] as unknown[][];
        const rowG = (g.length === 1 ? g[0] : g[r]) as unknown[];
        cells[k] = rowG.length === 1 ? rowG[0] : rowG[c];
      }
      row[c] = fn(...cells);
    }
    out[r] = row;
  }
  return out;
}

/** A finished cell value: domain errors become Excel errors, -0 becomes 0, non-finite becomes #NUM!. */
export function cell(v: number | string | boolean | IndicatorError | Blank): OutCell {
  if (v === BLANK) return "";
  if (isIndicatorError(v)) return toExcelError(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return toExcelError(fail("num", "notFinite"));
    return v === 0 ? 0 : v;
  }
  return v;
}

/**
 * Run a wrapper body so that nothing escapes: a domain error is thrown as the matching Excel error (which
 * Excel shows in the cell), and any unexpected exception becomes #VALUE! with the reason.
 */
export function guard<T>(body: () => T | IndicatorError): T {
  let result: T | IndicatorError;
  try {
    result = body();
  } catch (e) {
    throw toExcelError(fail("value", "internal", { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (isIndicatorError(result)) throw toExcelError(result);
  return result;
}
