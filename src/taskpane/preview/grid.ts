/**
 * The preview's grid: one sheet of the in-memory workbook as an HTML table with Excel-style headers (A, B, …;
 * 1, 2, …), merges, header bold, status fills, numbers right-aligned in their number format. Each cell carries
 * its address (`data-addr="B3"`) and, when it has one, its formula (`data-formula`, also the hover title).
 *
 * Large sheets: only the first MAX_ROWS × MAX_COLS cells are drawn (a note says so); the preview is for
 * looking, and a bureau sheet is far smaller.
 */
import { cellAddress, columnName } from "../../workbook/address";
import type { SheetSnapshot } from "../../workbook/memory";
import type { UiLang } from "../context";
import { el } from "../dom";
import { t } from "../i18n/strings";
import { displayValue } from "./format";

export const MAX_ROWS = 500;
export const MAX_COLS = 60;
/** Columns drawn even on an empty or narrow sheet, so the grid looks like a sheet. */
const MIN_COLS = 8;
const MIN_ROWS = 20;

export interface GridStrings {
  lang: UiLang;
}

export function renderGrid(sheet: SheetSnapshot, lang: UiLang): HTMLElement {
  const rows = Math.min(Math.max(sheet.rows, MIN_ROWS), MAX_ROWS);
  const cols = Math.min(Math.max(sheet.cols, MIN_COLS), MAX_COLS);

  // Cells covered by a merge (other than its top-left) are not drawn.
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rows: m.rows, cols: m.cols });
    for (let r = m.top; r < m.top + m.rows; r++)
      for (let c = m.left; c < m.left + m.cols; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }

  const headRow = el("tr", {}, [el("th", { attrs: { scope: "col", "aria-label": t(lang, "cellLabel") } })]);
  for (let c = 0; c < cols; c++) headRow.append(el("th", { attrs: { scope: "col" }, text: columnName(c) }));
  const body = el("tbody");
  for (let r = 0; r < rows; r++) {
    const tr = el("tr", {}, [el("th", { attrs: { scope: "row" }, text: String(r + 1) })]);
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      tr.append(renderCell(sheet, r, c, spans.get(`${r},${c}`), rows, cols));
    }
    body.append(tr);
  }
  const table = el(
    "table",
    {
      className: "ind-grid",
      attrs: {
        "data-sheet": sheet.name,
        "aria-label": sheet.name,
        "aria-rowcount": sheet.rows,
        "aria-colcount": sheet.cols,
      },
    },
    [el("thead", {}, [headRow]), body],
  );
  return table;
}

function renderCell(
  sheet: SheetSnapshot,
  r: number,
  c: number,
  span: { rows: number; cols: number } | undefined,
  maxRows: number,
  maxCols: number,
): HTMLTableCellElement {
  const value = sheet.values[r]?.[c] ?? null;
  const formula = sheet.formulas[r]?.[c] ?? null;
  const fill = sheet.fills[r]?.[c] ?? null;
  const classes: string[] = [];
  if (typeof value === "number") classes.push("num");
  if (typeof value === "string" && /^#[A-Z0-9/]+[!?A]$/.test(value)) classes.push("error");
  if (formula) classes.push("formula");
  if (sheet.bold[r]?.[c]) classes.push("bold");
  const addr = cellAddress(r, c);
  const td = el("td", {
    className: classes.join(" "),
    attrs: {
      "data-addr": addr,
      "data-row": r,
      "data-col": c,
      "data-formula": formula ?? undefined,
      "data-fill": fill ?? undefined,
      title: formula ?? undefined,
      rowspan: span && span.rows > 1 ? Math.min(span.rows, maxRows - r) : undefined,
      colspan: span && span.cols > 1 ? Math.min(span.cols, maxCols - c) : undefined,
    },
    text: displayValue(value, sheet.numberFormats[r]?.[c] ?? null),
  });
  if (fill && /^#[0-9a-f]{3,8}$/i.test(fill)) td.style.background = fill;
  return td;
}

/** The note under a grid that was cut to MAX_ROWS × MAX_COLS, or null. */
export function truncationNote(sheet: SheetSnapshot, lang: UiLang): string | null {
  if (sheet.rows <= MAX_ROWS && sheet.cols <= MAX_COLS) return null;
  return lang === "zh"
    ? `仅显示前 ${Math.min(sheet.rows, MAX_ROWS)} 行、${Math.min(sheet.cols, MAX_COLS)} 列（共 ${sheet.rows} 行、${sheet.cols} 列）`
    : `Showing the first ${Math.min(sheet.rows, MAX_ROWS)} rows and ${Math.min(sheet.cols, MAX_COLS)} columns (of ${sheet.rows} × ${sheet.cols})`;
}
