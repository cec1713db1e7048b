/**
 * Preview mode (a plain browser, no Excel): the page shows the workbook beside the task pane. The workbook is a
 * `MemoryWorkbook`, loaded from the bundled `assets/sample.xlsx` (same origin) or from a file the user opens;
 * "另存为 .xlsx" downloads it with everything the add-in wrote. Sheet tabs switch the grid; the add-in's own
 * sheets are marked and appear as soon as a view writes them (the grid follows the workbook's change events).
 * Clicking or dragging in the grid sets the workbook's selection, so views can read it like in Excel.
 *
 * The .xlsx reader/writer is passed in (`XlsxIo`): index.ts gives one that loads `src/workbook/xlsx.ts` and
 * exceljs on first use (a separate chunk); tests give a fake. The preview never writes into a cell itself.
 */
import type { App } from "../app";
import { errorText, startApp } from "../app";
import type { UiLang, View } from "../context";
import { clear, el } from "../dom";
import { t } from "../i18n/strings";
import { MemoryWorkbook, type WorkbookChange } from "../../workbook/memory";
import { rangeAddress } from "../../workbook/address";
import { OWNED_SHEETS_KEY, type CellRect } from "../../workbook/types";
import { checkWorkbookFile, saveName } from "./files";
import { isWorkbookError } from "../../workbook/errors";
import { displayValue } from "./format";
import { renderGrid, truncationNote } from "./grid";

export interface XlsxIo {
  read(bytes: Uint8Array): Promise<MemoryWorkbook>;
  write(workbook: MemoryWorkbook): Promise<Uint8Array>;
}

export interface PreviewOptions {
  root: HTMLElement;
  lang: UiLang;
  xlsx: XlsxIo;
  /** Same-origin URL of the sample workbook; null to start empty. */
  sampleUrl?: string | null;
  views?: readonly View[];
  /** Fetch used for the sample (tests). */
  fetchFn?: (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  /** Hands the finished file to the user (default: Blob + anchor download). */
  download?: (bytes: Uint8Array, name: string) => void;
}

export interface Preview {
  app: App;
  /** The workbook shown now. */
  workbook(): MemoryWorkbook;
  /** The sheet the grid shows now. */
  shownSheet(): string | null;
  showSheet(name: string): void;
  /** Open a user's file (what the file input does). Resolves to true when it was opened. */
  openFile(
    file: File | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> },
  ): Promise<boolean>;
  save(): Promise<boolean>;
  /** Resolves when the sample has been loaded (or failed to load). */
  ready: Promise<void>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function startPreview(options: PreviewOptions): Preview {
  const { root, lang, xlsx } = options;
  const fetchFn = options.fetchFn ?? ((url: string) => fetch(url, { credentials: "same-origin" }));
  const download = options.download ?? downloadBytes;

  // Layout: workbook (left) | pane (right).
  const wbName = el("span", { className: "ind-wb-name", text: t(lang, "sampleName") });
  const fileInput = el("input", {
    className: "ind-file-input",
    attrs: {
      type: "file",
      accept: `.xlsx,${XLSX_MIME}`,
      "data-role": "open-workbook",
      "aria-label": t(lang, "openWorkbook"),
      tabindex: -1,
    },
  });
  const openButton = el("fluent-button", {
    attrs: { "data-action": "open-workbook", size: "small" },
    text: t(lang, "openWorkbook"),
  });
  const saveButton = el("fluent-button", {
    attrs: { "data-action": "save-workbook", size: "small", appearance: "primary" },
    text: t(lang, "saveWorkbook"),
  });
  const bar = el("div", { className: "ind-wb-bar" }, [
    wbName,
    el("span", { attrs: { style: "flex:1" } }),
    openButton,
    saveButton,
    fileInput,
  ]);
  const note = el("div", { className: "ind-preview-note", text: t(lang, "previewNote") });
  const formulaAddr = el("span", {
    className: "ind-formula-addr",
    attrs: { "data-role": "selection-address" },
  });
  const formulaText = el("span", {
    className: "ind-formula-text",
    attrs: { "data-role": "selection-content" },
  });
  const formulaBar = el(
    "div",
    { className: "ind-formula-bar", attrs: { "aria-label": t(lang, "formulaLabel") } },
    [formulaAddr, formulaText],
  );
  const gridWrap = el("div", {
    className: "ind-grid-wrap",
    attrs: { tabindex: 0, role: "region", "aria-label": t(lang, "workbookLabel") },
  });
  const sheetTabs = el("div", {
    className: "ind-sheet-tabs",
    attrs: { role: "tablist", "aria-label": t(lang, "sheetTabsLabel") },
  });
  const workbookArea = el(
    "section",
    { className: "ind-workbook", attrs: { "aria-label": t(lang, "workbookLabel") } },
    [bar, note, formulaBar, gridWrap, sheetTabs],
  );
  const paneHost = el("div", { className: "ind-pane-host" });
  root.replaceChildren(el("div", { className: "ind-preview" }, [workbookArea, paneHost]));

  let wb = new MemoryWorkbook([]);
  let fileName: string | null = null;
  let shown: string | null = null;
  let lastActive: string | null = null;
  let selection: { sheet: string; rect: CellRect } | null = null;
  let unsubscribe: () => void = () => undefined;
  let redrawQueued = false;
  let busy = false;

  const app = startApp({ root: paneHost, workbook: wb, lang, preview: true, views: options.views });
  app.ctx.onWorkbookChanged(() => queueRedraw());

  function bind(next: MemoryWorkbook): void {
    unsubscribe();
    wb = next;
    shown = wb.activeSheet() ?? wb.sheetNames()[0] ?? null;
    lastActive = wb.activeSheet();
    selection = null;
    unsubscribe = wb.onChange(onChange);
    owned = new Set();
    redraw();
    void refreshOwned();
  }

  function onChange(change: WorkbookChange): void {
    if (change.kind === "select") {
      void syncSelection(change.sheet);
      return;
    }
    queueRedraw();
    if (change.kind === "settings" || change.kind === "sheet") void refreshOwned();
  }

  async function syncSelection(sheet: string): Promise<void> {
    const block = await wb.readSelection().catch(() => null);
    if (!block) return;
    selection = {
      sheet,
      rect: {
        top: block.top,
        left: block.left,
        rows: block.values.length || 1,
        cols: block.values[0]?.length || 1,
      },
    };
    if (shown !== sheet) {
      shown = sheet;
      redraw();
    } else paintSelection();
  }

  function queueRedraw(): void {
    if (redrawQueued) return;
    redrawQueued = true;
    queueMicrotask(() => {
      redrawQueued = false;
      redraw();
    });
  }

  function redraw(): void {
    const names = wb.sheetNames();
    // Follow the workbook when a write activated another sheet; stay put otherwise.
    const active = wb.activeSheet();
    if (active && active !== lastActive) shown = active;
    lastActive = active;
    if (!shown || !names.includes(shown)) shown = names[0] ?? null;

    clear(sheetTabs);
    for (const name of names) {
      const mine = isOwned(name);
      const tab = el("button", {
        className: mine ? "ind-sheet-tab owned" : "ind-sheet-tab",
        attrs: {
          type: "button",
          role: "tab",
          "data-sheet-tab": name,
          "aria-selected": String(name === shown),
          tabindex: name === shown ? 0 : -1,
          title: mine ? t(lang, "addinSheet") : undefined,
        },
        text: name,
        on: { click: () => showSheet(name) },
      });
      sheetTabs.append(tab);
    }

    clear(gridWrap);
    if (!shown) {
      gridWrap.append(el("div", { className: "ind-grid-empty", text: t(lang, "noSheets") }));
      paintSelection();
      return;
    }
    const snapshot = wb.getSheet(shown);
    gridWrap.append(renderGrid(snapshot, lang));
    if (snapshot.rows === 0)
      gridWrap.append(el("div", { className: "ind-grid-more", text: t(lang, "emptySheet") }));
    const cut = truncationNote(snapshot, lang);
    if (cut) gridWrap.append(el("div", { className: "ind-grid-more", text: cut }));
    paintSelection();
  }

  /**
   * The add-in's own sheets, from the workbook's settings (cached: building a full snapshot of every sheet on
   * each redraw just to read its `owned` flag would cost O(workbook) per change).
   */
  let owned = new Set<string>();
  async function refreshOwned(): Promise<void> {
    const book = wb;
    const names = await book.getSetting<unknown>(OWNED_SHEETS_KEY).catch(() => undefined);
    if (book !== wb) return;
    owned = new Set(
      Array.isArray(names)
        ? names.filter((n): n is string => typeof n === "string").map((n) => n.toLowerCase())
        : [],
    );
    paintOwned();
  }
  function isOwned(name: string): boolean {
    return owned.has(name.toLowerCase());
  }
  function paintOwned(): void {
    for (const tab of Array.from(sheetTabs.querySelectorAll<HTMLElement>("[data-sheet-tab]"))) {
      const mine = isOwned(tab.getAttribute("data-sheet-tab") ?? "");
      tab.classList.toggle("owned", mine);
      if (mine) tab.title = t(lang, "addinSheet");
      else tab.removeAttribute("title");
    }
  }

  // Arrow keys / Home / End move between sheet tabs (the tab pattern: one tab stop, arrows inside).
  sheetTabs.addEventListener("keydown", (event) => {
    const names = wb.sheetNames();
    const at = shown ? names.indexOf(shown) : -1;
    let next = -1;
    if (event.key === "ArrowRight") next = Math.min(names.length - 1, at + 1);
    else if (event.key === "ArrowLeft") next = Math.max(0, at - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = names.length - 1;
    else return;
    event.preventDefault();
    const name = names[next];
    if (name !== undefined && name !== shown) showSheet(name);
  });

  function showSheet(name: string): void {
    if (!wb.hasSheet(name)) return;
    shown = name;
    redraw();
    sheetTabs.querySelector<HTMLElement>(`[aria-selected="true"]`)?.focus();
  }

  // ---- selection in the grid ---------------------------------------------------------------------------
  let anchor: { r: number; c: number } | null = null;
  let dragging = false;

  function cellOf(target: EventTarget | null): { r: number; c: number } | null {
    const td = (target as HTMLElement | null)?.closest?.("td[data-addr]");
    if (!td) return null;
    return { r: Number(td.getAttribute("data-row")), c: Number(td.getAttribute("data-col")) };
  }

  function select(a: { r: number; c: number }, b: { r: number; c: number }): void {
    if (!shown) return;
    const rect = {
      top: Math.min(a.r, b.r),
      left: Math.min(a.c, b.c),
      rows: Math.abs(a.r - b.r) + 1,
      cols: Math.abs(a.c - b.c) + 1,
    };
    selection = { sheet: shown, rect };
    wb.setSelection(shown, rect); // emits "select"; paintSelection follows
    paintSelection();
  }

  gridWrap.addEventListener("mousedown", (event) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    event.preventDefault();
    gridWrap.focus();
    if (event.shiftKey && anchor) select(anchor, cell);
    else {
      anchor = cell;
      select(cell, cell);
    }
    dragging = true;
  });
  gridWrap.addEventListener("mouseover", (event) => {
    if (!dragging || !anchor) return;
    const cell = cellOf(event.target);
    if (cell) select(anchor, cell);
  });
  document.addEventListener("mouseup", () => {
    dragging = false;
  });
  gridWrap.addEventListener("keydown", (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move || !shown) return;
    event.preventDefault();
    const rect = selection?.sheet === shown ? selection.rect : { top: 0, left: 0, rows: 1, cols: 1 };
    const start = anchor ?? { r: rect.top, c: rect.left };
    // The moving corner: the one opposite the anchor.
    const corner = {
      r: rect.top === start.r ? rect.top + rect.rows - 1 : rect.top,
      c: rect.left === start.c ? rect.left + rect.cols - 1 : rect.left,
    };
    const next = { r: Math.max(0, corner.r + move[0]), c: Math.max(0, corner.c + move[1]) };
    if (event.shiftKey) {
      anchor = start;
      select(start, next);
    } else {
      anchor = next;
      select(next, next);
    }
    gridWrap
      .querySelector(`td[data-row="${next.r}"][data-col="${next.c}"]`)
      ?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  });

  function paintSelection(): void {
    for (const td of Array.from(gridWrap.querySelectorAll("td.sel"))) td.classList.remove("sel");
    if (!selection || selection.sheet !== shown) {
      formulaAddr.textContent = "";
      formulaText.textContent = "";
      return;
    }
    const { top, left, rows, cols } = selection.rect;
    for (const td of Array.from(gridWrap.querySelectorAll<HTMLElement>("td[data-addr]"))) {
      const r = Number(td.dataset.row);
      const c = Number(td.dataset.col);
      if (r >= top && r < top + rows && c >= left && c < left + cols) td.classList.add("sel");
    }
    formulaAddr.textContent = rangeAddress(top, left, rows, cols);
    const snap = wb.hasSheet(selection.sheet) ? wb.getSheet(selection.sheet) : null;
    const formula = snap?.formulas[top]?.[left] ?? null;
    const value = snap?.values[top]?.[left] ?? null;
    formulaText.textContent = formula ?? displayValue(value, snap?.numberFormats[top]?.[left] ?? null);
  }

  // ---- open / save -------------------------------------------------------------------------------------
  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file) void openFile(file);
  });
  saveButton.addEventListener("click", () => void save());

  async function openFile(file: {
    name: string;
    size: number;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<boolean> {
    if (busy) return false;
    const problem = checkWorkbookFile(file, lang);
    if (problem) {
      app.messages.show(problem, "error");
      return false;
    }
    busy = true;
    app.messages.show(t(lang, "opening", { name: file.name }), "info");
    try {
      const next = await xlsx.read(new Uint8Array(await file.arrayBuffer()));
      fileName = file.name;
      wbName.textContent = file.name;
      bind(next);
      app.setWorkbook(next);
      app.messages.show(t(lang, "opened", { name: file.name, sheets: next.sheetNames().length }), "success");
      return true;
    } catch (error) {
      // The reader says why (not a zip, legacy .xls, damaged, …) in the user's language; anything else is
      // reported as damaged. Either way the current workbook stays.
      const detail = isWorkbookError(error) ? error.text(lang) : errorText(error);
      if (!isWorkbookError(error)) console.warn("Opening the workbook failed", error);
      app.messages.show(t(lang, "openFailed", { name: file.name, detail }), "error");
      return false;
    } finally {
      busy = false;
    }
  }

  async function save(): Promise<boolean> {
    const name = saveName(fileName, lang);
    try {
      const bytes = await xlsx.write(wb);
      download(bytes, name);
      app.messages.show(t(lang, "saved", { name }), "success");
      return true;
    } catch (error) {
      app.messages.show(t(lang, "saveFailed", { detail: errorText(error) }), "error");
      return false;
    }
  }

  // ---- the sample ----------------------------------------------------------------------------------------
  bind(wb);
  const sampleUrl = options.sampleUrl === undefined ? "assets/sample.xlsx" : options.sampleUrl;
  const ready = (async () => {
    if (!sampleUrl) return;
    try {
      const response = await fetchFn(sampleUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const sample = await xlsx.read(new Uint8Array(await response.arrayBuffer()));
      if (fileName !== null) return; // the user opened a file meanwhile
      bind(sample);
      app.setWorkbook(sample);
    } catch (error) {
      app.messages.show(t(lang, "sampleMissing", { detail: errorText(error) }), "warning");
    }
  })();

  return {
    app,
    workbook: () => wb,
    shownSheet: () => shown,
    showSheet,
    openFile,
    save,
    ready,
  };
}

/** Hand bytes to the user as a download (Blob + temporary anchor); nothing leaves the machine. */
export function downloadBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
