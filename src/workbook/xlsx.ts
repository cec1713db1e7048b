/**
 * .xlsx import and export for the in-memory workbook (browser preview and command line), with ExcelJS
 * (MIT), loaded lazily (`await import("exceljs")`) so it lands in its own chunk and only when a file is
 * opened or saved.
 *
 * Read: values (rich text → plain text, hyperlinks → their text, formulas → cached result + formula,
 * dates → Excel serial numbers with the cell's number format kept, errors → their text such as "#N/A"),
 * merges, tables (names + ranges), number formats, bold, status fills we wrote (`cellIs =` rules with a
 * fill), defined names, and the add-in's settings: a very hidden sheet `_ind_settings` written by us, and the
 * `ind.*` properties Excel saves for the add-in in xl/webextensions/webextension*.xml (workbook.settings), so
 * a sheet the add-in wrote in Excel is still recognised as ours in the preview and the CLI.
 * Write: values, formulas with cached results, tables (`addTable`), number formats, status fills as
 * conditional formatting (exact-match `cellIs` rules, so "达标" does not also colour "未达标"), merges,
 * computed summaries (already cells), and, where a chart stands in Excel, a note saying the chart exists
 * only in Excel via the add-in (ExcelJS cannot write charts; the chart's data is the table beside it).
 *
 * Bad input never throws raw: `readXlsx` rejects with a WorkbookError (wbEmptyFile, wbTooLarge,
 * wbLegacyXls, wbTextNotXlsx, wbNotXlsx, wbCorrupt); `tryReadXlsx` returns it as a value.
 */
import type * as ExcelJSTypes from "exceljs";
import { formatMessage, type Lang } from "../core/messages";
import { rangeAddress, parseAddress } from "./address";
import { describeError, WorkbookError } from "./errors";
import { MemoryWorkbook, type SheetSnapshot } from "./memory";
import type { CellValue } from "./types";

/** Largest file we open (bytes). */
export const MAX_XLSX_BYTES = 30 * 1024 * 1024;
/** The very hidden sheet that carries the add-in's settings in files we write. */
export const SETTINGS_SHEET = "_ind_settings";
const SETTINGS_CHUNK = 30000;
/** Marks the settings sheet's JSON layout: {"ind.format": 1, settings, objects (charts, summaries)}. */
const FORMAT_KEY = "ind.format";

/** The placeholder text writeXlsx puts where a chart stands (either language). */
function isChartNote(v: CellValue, title: string): boolean {
  if (typeof v !== "string") return false;
  return (["zh", "en"] as const).some((lang) => {
    const text = formatMessage("wbChartOnlyInExcel", lang, { title, range: "\u0000" });
    const [head, tail] = text.split("\u0000") as [string, string];
    return v.startsWith(head) && v.endsWith(tail);
  });
}

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

type ExcelJSModule = typeof ExcelJSTypes;

async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as unknown as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return mod.Workbook ? mod : (mod.default as ExcelJSModule);
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Recognise the file kind from its first bytes, before handing it to ExcelJS. Throws WorkbookError. */
export function sniffXlsx(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new WorkbookError("wbEmptyFile");
  if (bytes.byteLength > MAX_XLSX_BYTES)
    throw new WorkbookError("wbTooLarge", {
      size: (bytes.byteLength / 1024 / 1024).toFixed(1),
      limit: MAX_XLSX_BYTES / 1024 / 1024,
    });
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0)
    throw new WorkbookError("wbLegacyXls");
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7)) return; // "PK": a zip
  // UTF-16 text with a byte-order mark (Excel's "Unicode text" export) has zero bytes but is still text.
  if ((b(0) === 0xff && b(1) === 0xfe) || (b(0) === 0xfe && b(1) === 0xff))
    throw new WorkbookError("wbTextNotXlsx");
  const head = bytes.subarray(0, Math.min(bytes.byteLength, 4096));
  const binary = head.some((x) => x < 9);
  if (!binary) throw new WorkbookError("wbTextNotXlsx");
  throw new WorkbookError("wbNotXlsx");
}

const excelSerial = (d: Date) => d.getTime() / 86400000 + 25569;

/** An ExcelJS cell value as the value Excel shows (formula results included). */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "#VALUE!" : excelSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return plainValue((o.richText as { text?: unknown }[]).map((r) => String(r.text ?? "")).join(""));
    if (typeof o.error === "string") return o.error;
    if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
    if ("text" in o) return plainValue(o.text); // hyperlink
    if ("result" in o) return plainValue(o.result);
  }
  return String(v);
}

function argbToHex(c: unknown): string | null {
  const argb = (c as { argb?: unknown } | undefined)?.argb;
  if (typeof argb !== "string" || !/^[0-9a-f]{6,8}$/i.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** Read an .xlsx file into a MemoryWorkbook. Rejects with a WorkbookError for anything that is not a readable .xlsx. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const bytes = toBytes(data);
  sniffXlsx(bytes);
  const ExcelJS = await loadExcelJS();
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const detail = describeError(e);
    if (/central directory|zip|end of data|corrupt|signature/i.test(detail))
      throw new WorkbookError("wbCorrupt", { detail });
    throw new WorkbookError(/workbook\.xml|cannot read prop/i.test(detail) ? "wbNotXlsx" : "wbCorrupt", {
      detail,
    });
  }
  // A zip without a workbook part loads as a workbook with no sheets; a real .xlsx has at least one.
  if (book.worksheets.length === 0) throw new WorkbookError("wbNotXlsx");
  let mem: MemoryWorkbook;
  try {
    mem = convert(book);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError("wbCorrupt", { detail: describeError(e) });
  }
  // Settings Excel saved for the add-in (workbook.settings) when the file was last edited in Excel.
  for (const [k, v] of await readAddinSettings(bytes))
    if ((await mem.getSetting(k)) === undefined) await mem.setSetting(k, v);
  mem.adoptOwnedSheetIds();
  return mem;
}

/** Our settings keys ("ind.…") as Excel stores add-in settings: properties of xl/webextensions/webextension*.xml. */
export async function readAddinSettings(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  try {
    const mod = (await import(/* webpackChunkName: "jszip" */ "jszip")) as unknown as {
      default?: typeof import("jszip");
      loadAsync?: unknown;
    };
    const JSZip = (mod.loadAsync ? mod : mod.default) as typeof import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    const parts = zip.file(/^xl\/webextensions\/webextension\d*\.xml$/);
    for (const part of parts) {
      const xml = await part.async("string");
      for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)\/?>/g)) {
        const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] as string)?.[1];
        const name = attr("name");
        const raw = attr("value");
        if (!name || raw === undefined) continue;
        const key = decodeXmlText(name);
        if (!key.startsWith("ind.")) continue;
        try {
          out.set(key, JSON.parse(decodeXmlText(raw)));
        } catch {
          // Not JSON: not a value we wrote.
        }
      }
    }
  } catch {
    // No readable add-in part: nothing to add.
  }
  return out;
}

function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return (
      ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ??
      whole
    );
  });
}

export type ReadXlsxResult = { ok: true; workbook: MemoryWorkbook } | { ok: false; error: WorkbookError };

/** `readXlsx` with the failure as a value. */
export async function tryReadXlsx(data: ArrayBuffer | Uint8Array): Promise<ReadXlsxResult> {
  try {
    return { ok: true, workbook: await readXlsx(data) };
  } catch (e) {
    return {
      ok: false,
      error: e instanceof WorkbookError ? e : new WorkbookError("wbCorrupt", { detail: describeError(e) }),
    };
  }
}

function convert(book: ExcelJSTypes.Workbook): MemoryWorkbook {
  const mem = new MemoryWorkbook();
  const settingsSheet = book.worksheets.find((w) => w.name === SETTINGS_SHEET);
  const pendingFormats: [string, number, number, { numberFormat?: string; bold?: boolean }][] = [];
  for (const ws of book.worksheets) {
    if (ws === settingsSheet) continue;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const raw = cell.value as unknown;
        const isMergeSlave = cell.isMerged && cell.master && cell.master !== cell;
        const v = isMergeSlave ? null : plainValue(raw);
        let f: string | null = null;
        if (!isMergeSlave && raw && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
          const text = cell.formula;
          if (text) f = `=${text}`;
        }
        if (v !== null || f) {
          (values[r - 1] ??= [])[c - 1] = v;
          if (f) (formulas[r - 1] ??= [])[c - 1] = f;
        }
        const nf = cell.numFmt;
        const bold = cell.font?.bold === true;
        if ((nf && nf !== "General") || bold)
          pendingFormats.push([
            ws.name,
            r - 1,
            c - 1,
            { ...(nf && nf !== "General" ? { numberFormat: nf } : {}), ...(bold ? { bold } : {}) },
          ]);
      });
    });
    for (let r = 0; r < values.length; r++) values[r] ??= [];
    for (let r = 0; r < formulas.length; r++) formulas[r] ??= [];
    const merges = ((ws.model as { merges?: string[] }).merges ?? [])
      .map((m) => parseAddress(m))
      .filter((m): m is NonNullable<typeof m> => m !== null);
    mem.addSheet(
      ws.name,
      values.map((row) => Array.from(row, (v) => v ?? null)),
      formulas.map((row) => Array.from(row, (f) => f ?? null)),
    );
    for (const m of merges) mem.addMerge(ws.name, m);
    for (const t of ws.getTables() as unknown as {
      name?: string;
      table?: { name?: string; tableRef?: string; ref?: string };
    }[]) {
      const name = t.table?.name ?? t.name;
      const rect = parseAddress(t.table?.tableRef ?? t.table?.ref ?? "");
      if (name && rect) mem.addTable(ws.name, name, rect);
    }
    for (const cf of (ws as unknown as { conditionalFormattings?: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings ?? []) {
      const rect = parseAddress(cf.ref);
      if (!rect) continue;
      for (const rule of cf.rules as {
        type?: string;
        operator?: string;
        formulae?: unknown[];
        style?: { fill?: { bgColor?: unknown; fgColor?: unknown } };
      }[]) {
        if (rule.type !== "cellIs" || rule.operator !== "equal") continue;
        const m = /^"((?:[^"]|"")*)"$/.exec(String(rule.formulae?.[0] ?? ""));
        const fill = argbToHex(rule.style?.fill?.bgColor) ?? argbToHex(rule.style?.fill?.fgColor);
        if (m && fill)
          mem.addStatusFormat(ws.name, { rect, text: (m[1] as string).replace(/""/g, '"'), fill });
      }
    }
  }
  for (const [sheet, r, c, f] of pendingFormats) mem.setFormat(sheet, r, c, f);
  const names =
    (book.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  mem.definedNames = names.flatMap((n) => n.ranges.map((ref) => ({ name: n.name, ref })));
  if (settingsSheet) {
    let json = "";
    settingsSheet.getColumn(1).eachCell({ includeEmpty: false }, (cell) => {
      const v = plainValue(cell.value);
      if (typeof v === "string") json += v;
    });
    try {
      const parsed = JSON.parse(json) as Record<string, unknown>;
      const settings = (parsed?.[FORMAT_KEY] === 1 ? parsed.settings : parsed) as Record<string, unknown>;
      if (settings && typeof settings === "object")
        for (const [k, v] of Object.entries(settings)) void mem.setSetting(k, v);
      if (parsed?.[FORMAT_KEY] === 1) mem.importObjects(parsed.objects, isChartNote);
    } catch {
      // Unreadable settings: the workbook still opens; sheets simply count as not ours.
    }
  }
  return mem;
}

function toExcelValue(v: CellValue): ExcelJSTypes.CellValue {
  if (typeof v === "string" && EXCEL_ERRORS.has(v)) return { error: v } as ExcelJSTypes.CellErrorValue;
  return v;
}

export interface WriteXlsxOptions {
  /** Language of the notes written into the file (chart placeholders). Default "zh". */
  lang?: Lang;
}

/** Write a MemoryWorkbook as an .xlsx file. */
export async function writeXlsx(wb: MemoryWorkbook, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? "zh";
  const ExcelJS = await loadExcelJS();
  const book = new ExcelJS.Workbook();
  book.creator = "指标通 Indicator Tracker";
  const names = wb.sheetNames();
  for (const name of names) writeSheet(book.addWorksheet(name), wb.getSheet(name), lang);
  const settings = await wb.allSettings();
  const objects = wb.exportObjects();
  if (Object.keys(settings).length > 0 || objects.charts.length > 0 || objects.pivots.length > 0) {
    const ws = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    const json = JSON.stringify({ [FORMAT_KEY]: 1, settings, objects });
    for (let i = 0; i * SETTINGS_CHUNK < json.length; i++)
      ws.getCell(i + 1, 1).value = json.slice(i * SETTINGS_CHUNK, (i + 1) * SETTINGS_CHUNK);
  }
  const active = wb.activeSheet();
  const activeTab = Math.max(0, active ? names.indexOf(active) : 0);
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  for (const n of wb.definedNames) {
    try {
      book.definedNames.add(n.ref, n.name);
    } catch {
      // A name ExcelJS cannot express is dropped; the cells it pointed at are kept.
    }
  }
  const buf = await book.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function writeSheet(ws: ExcelJSTypes.Worksheet, s: SheetSnapshot, lang: Lang): void {
  const inTable = new Set<string>();
  for (const t of s.tables)
    for (let r = t.rect.top; r < t.rect.top + t.rect.rows; r++)
      for (let c = t.rect.left; c < t.rect.left + t.rect.cols; c++) inTable.add(`${r},${c}`);
  const cellValue = (r: number, c: number): ExcelJSTypes.CellValue => {
    const v = s.values[r]?.[c] ?? null;
    const f = s.formulas[r]?.[c];
    if (f) {
      const result = toExcelValue(v);
      return {
        formula: f.replace(/^=/, ""),
        ...(result === null ? {} : { result }),
      } as ExcelJSTypes.CellFormulaValue;
    }
    return toExcelValue(v);
  };
  for (let r = 0; r < s.rows; r++)
    for (let c = 0; c < s.cols; c++) {
      if (inTable.has(`${r},${c}`)) continue;
      const v = cellValue(r, c);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }
  for (const t of s.tables) {
    const header = Array.from({ length: t.rect.cols }, (_, c) =>
      String(s.values[t.rect.top]?.[t.rect.left + c] ?? `列${c + 1}`),
    );
    const rows = Array.from({ length: t.rect.rows - 1 }, (_, r) =>
      Array.from({ length: t.rect.cols }, (_, c) => cellValue(t.rect.top + 1 + r, t.rect.left + c)),
    );
    ws.addTable({
      name: t.name,
      ref: rangeAddress(t.rect.top, t.rect.left, 1, 1),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows : [header.map(() => null)],
    });
  }
  for (let r = 0; r < s.rows; r++)
    for (let c = 0; c < s.cols; c++) {
      const nf = s.numberFormats[r]?.[c];
      const bold = s.bold[r]?.[c];
      if (nf) ws.getCell(r + 1, c + 1).numFmt = nf;
      if (bold && !inTable.has(`${r},${c}`)) ws.getCell(r + 1, c + 1).font = { bold: true };
    }
  for (const m of s.merges)
    if (m.rows * m.cols > 1) ws.mergeCells(m.top + 1, m.left + 1, m.top + m.rows, m.left + m.cols);
  s.conditionalFormats.forEach((cf, i) => {
    const argb = `FF${cf.fill.replace(/^#/, "").toUpperCase().padStart(6, "0").slice(-6)}`;
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.rect.top, cf.rect.left, cf.rect.rows, cf.rect.cols),
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          priority: i + 1,
          formulae: [`"${cf.text.replace(/"/g, '""')}"`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb }, fgColor: { argb } } },
        },
      ],
    });
  });
  // Column widths from the tables and summaries (not from title lines, which may run across columns):
  // Chinese characters count double, as Excel measures them.
  const widths: number[] = [];
  for (const area of [...s.tables.map((t) => t.rect), ...s.pivots.map((p) => p.rect)])
    for (let r = area.top; r < area.top + area.rows; r++)
      for (let c = area.left; c < area.left + area.cols; c++) {
        const v = s.values[r]?.[c];
        if (v === null || v === undefined) continue;
        const text = typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v);
        const w = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
        widths[c] = Math.max(widths[c] ?? 0, w);
      }
  widths.forEach((w, c) => {
    if (w) ws.getColumn(c + 1).width = Math.min(50, Math.max(8, w + 2));
  });
  for (const ch of s.charts) {
    const t = s.tables.find((x) => x.name === ch.table);
    const range = t ? rangeAddress(t.rect.top, t.rect.left, t.rect.rows, t.rect.cols) : "";
    const cell = ws.getCell(ch.anchor.top + 1, ch.anchor.left + 1);
    if (cell.value === null || cell.value === undefined)
      cell.value = formatMessage("wbChartOnlyInExcel", lang, { title: ch.title, range });
  }
}
