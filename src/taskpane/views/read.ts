/**
 * 读取 Read: turn Chinese report text into indicator records, keeping the source clause of each record (issue 4).
 *
 * Paste text or open a .txt/.docx file; the records appear in a table whose rows can be unticked; clicking a row
 * shows the original line with the clause and the number highlighted. 插入表格 writes the ticked records as a
 * native table on a new sheet (读取结果, 读取结果2, … never over existing cells), with a column keeping the source
 * clause. 导入目标 writes the ticked target records to the sheet 年度目标 in the layout the Track view reads
 * (指标 · 目标值 · 限定词 · 方向 · 单位), asking before it replaces an existing 年度目标 sheet.
 *
 * Long pastes stay responsive: the engine runs in slices of about 20,000 characters with a yield to the event
 * loop between slices (and a newer extraction cancels an older one); the table shows the first 500 rows until
 * the user asks for all. Traditional text loads the converter chunk on demand.
 */
import { extractSlices } from "../../text/extract";
import { prepare } from "../../text/opencc";
import { splitLines } from "../../text/normalize";
import { recordCell } from "../../text/table";
import type { IndicatorRecord, RecordSpan } from "../../text/types";
import type { AppContext, UiLang, View } from "../context";
import { clear, el } from "../dom";
import { errorText } from "../errorText";
import { readFileText } from "../read/file";
import { newSheetName, recordsSheetSpec, targetRows, targetsSheetSpec, TARGETS_SHEET } from "../read/model";
import { fmt, readStrings, type ReadStrings } from "../read/strings";
import { ensureReadStyles } from "../read/style";

const PAGE = 500;
const SLICE_CHARS = 20_000;

interface State {
  sourceName: string;
  lines: string[];
  records: IndicatorRecord[];
  spans: RecordSpan[];
  off: Set<number>;
  selected: number | null;
  limit: number;
  generation: number;
  busy: boolean;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Yield to the event loop so the pane repaints and stays responsive between slices. */
function tick(win: Window | null): Promise<void> {
  return new Promise((resolve) => (win ?? globalThis).setTimeout(resolve, 0));
}

export function mountRead(
  panel: HTMLElement,
  ctx: AppContext,
): { extract(text: string, name?: string): Promise<void> } {
  const lang: UiLang = ctx.lang;
  const s: ReadStrings = readStrings[lang];
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  ensureReadStyles(doc);
  const state: State = {
    sourceName: "",
    lines: [],
    records: [],
    spans: [],
    off: new Set(),
    selected: null,
    limit: PAGE,
    generation: 0,
    busy: false,
  };

  const input = el("textarea", {
    className: "ind-read-input",
    attrs: {
      id: "ind-read-input",
      "data-read": "input",
      rows: 8,
      placeholder: s.placeholder,
      spellcheck: "false",
    },
  });
  const fileInput = el("input", {
    className: "ind-read-file",
    attrs: {
      type: "file",
      accept: ".txt,.docx,text/plain",
      "data-read": "file",
      "aria-label": s.openFile,
      tabindex: -1,
    },
  });
  const openButton = el("fluent-button", { attrs: { "data-read": "open" }, text: s.openFile });
  const extractButton = el("fluent-button", {
    attrs: { "data-read": "extract", appearance: "primary" },
    text: s.extract,
  });
  const clearButton = el("fluent-button", { attrs: { "data-read": "clear" }, text: s.clear });
  const status = el("div", {
    className: "ind-read-status",
    attrs: { "data-read": "status", "aria-live": "polite" },
  });
  const tbody = el("tbody");
  const table = el("table", { className: "ind-read-table", attrs: { "data-read": "table" } }, [
    el("thead", {}, [
      el("tr", {}, [
        el("th", { text: s.col.use }),
        el("th", { text: s.col.indicator }),
        el("th", { text: s.col.kind }),
        el("th", { text: s.col.metric }),
        el("th", { text: s.col.value }),
        el("th", { text: s.col.unit }),
        el("th", { text: s.col.qualifier }),
        el("th", { text: s.col.scope }),
        el("th", { text: s.col.quote }),
      ]),
    ]),
    tbody,
  ]);
  const tableWrap = el("div", { className: "ind-read-tablewrap" }, [table]);
  const more = el("div", { className: "ind-read-status", attrs: { "data-read": "more" } });
  const source = el("div", {
    className: "ind-read-source",
    attrs: { "data-read": "source", "aria-live": "polite" },
  });
  const allButton = el("fluent-button", { attrs: { "data-read": "all", size: "small" }, text: s.selectAll });
  const noneButton = el("fluent-button", {
    attrs: { "data-read": "none", size: "small" },
    text: s.selectNone,
  });
  const insertButton = el("fluent-button", {
    attrs: { "data-read": "insert", appearance: "primary" },
    text: s.insert,
  });
  const targetsButton = el("fluent-button", { attrs: { "data-read": "targets" }, text: s.importTargets });
  const trackButton = el("fluent-button", {
    attrs: { "data-read": "go-track", hidden: true },
    text: s.openTrack,
    on: { click: () => ctx.showView("track") },
  });

  panel.append(
    el("section", { className: "ind-read", attrs: { "aria-label": s.title } }, [
      el("h2", { className: "ind-empty-title", text: s.title }),
      el("p", { className: "ind-empty-summary", text: s.summary }),
      el("div", { className: "ind-read-row" }, [
        el("label", { attrs: { for: "ind-read-input" }, text: s.inputLabel }),
        input,
      ]),
      el("div", { className: "ind-read-inline" }, [extractButton, openButton, clearButton, fileInput]),
      status,
      el("div", { className: "ind-read-inline" }, [allButton, noneButton]),
      tableWrap,
      more,
      el("div", { className: "ind-read-row" }, [
        el("span", { className: "ind-read-source-line", text: s.source }),
        source,
      ]),
      el("div", { className: "ind-read-actions" }, [insertButton, targetsButton, trackButton]),
    ]),
  );

  function setStatus(text: string): void {
    status.textContent = text;
  }

  function updateButtons(): void {
    const any = state.records.length > 0;
    for (const b of [allButton, noneButton, insertButton, targetsButton])
      b.toggleAttribute("disabled", !any || state.busy);
    extractButton.toggleAttribute("disabled", state.busy);
  }

  /** The quote with its number highlighted, as nodes. */
  function quoteNodes(i: number): Node[] {
    const r = state.records[i] as IndicatorRecord;
    const sp = state.spans[i];
    if (!sp) return [doc.createTextNode(r.quote)];
    const a = Math.max(0, sp.valueStart - sp.quoteStart);
    const b = Math.min(r.quote.length, Math.max(a, sp.valueEnd - sp.quoteStart));
    return [
      doc.createTextNode(r.quote.slice(0, a)),
      el("mark", { className: "ind-read-value", text: r.quote.slice(a, b) }),
      doc.createTextNode(r.quote.slice(b)),
    ];
  }

  function showSource(i: number | null): void {
    clear(source);
    if (i === null || !state.records[i]) {
      source.append(el("span", { className: "ind-read-source-line", text: s.sourceHint }));
      return;
    }
    const r = state.records[i] as IndicatorRecord;
    const sp = state.spans[i];
    const line = state.lines[r.line - 1] ?? r.quote;
    const qs = sp ? sp.quoteStart : Math.max(0, line.indexOf(r.quote));
    const qe = sp ? sp.quoteEnd : qs + r.quote.length;
    // A window around the clause (a report line can be a whole page, or a 1 MB paste).
    const from = Math.max(0, qs - 120);
    const to = Math.min(line.length, qe + 120);
    source.append(
      el("div", {
        className: "ind-read-source-line",
        text: `${lang === "zh" ? "第" : "Line "}${r.line}${lang === "zh" ? "行" : ""}`,
      }),
      el("div", { attrs: { "data-read": "source-text" } }, [
        from > 0 ? "…" : "",
        line.slice(from, qs),
        el("mark", { attrs: { "data-read": "clause" } }, quoteNodes(i)),
        line.slice(qe, to),
        to < line.length ? "…" : "",
      ]),
    );
  }

  function select(i: number): void {
    state.selected = i;
    for (const tr of Array.from(tbody.children)) {
      tr.setAttribute("aria-selected", String((tr as HTMLElement).dataset.readRow === String(i)));
    }
    showSource(i);
  }

  function renderTable(): void {
    clear(tbody);
    const n = Math.min(state.records.length, state.limit);
    for (let i = 0; i < n; i++) {
      const r = state.records[i] as IndicatorRecord;
      const box = el("input", {
        attrs: { type: "checkbox", "data-read-check": i, "aria-label": `${s.col.use} ${r.indicator}` },
      });
      box.checked = !state.off.has(i);
      const tr = el("tr", { attrs: { "data-read-row": i, "aria-selected": String(state.selected === i) } }, [
        el("td", {}, [box]),
        el("td", { text: r.indicator }),
        el("td", { text: String(recordCell(r, "kind", lang)) }),
        el("td", { text: String(recordCell(r, "metric", lang)) }),
        el("td", { className: "num", text: String(recordCell(r, "value", lang)) }),
        el("td", { text: r.unit ?? "" }),
        el("td", { text: r.qualifier ?? "" }),
        el("td", { text: r.scope ?? "" }),
        el("td", { className: "ind-read-quote" }, quoteNodes(i)),
      ]);
      if (state.off.has(i)) tr.classList.add("off");
      box.addEventListener("change", () => {
        if (box.checked) state.off.delete(i);
        else state.off.add(i);
        tr.classList.toggle("off", !box.checked);
      });
      box.addEventListener("click", (e) => e.stopPropagation());
      tr.addEventListener("click", () => select(i));
      tbody.append(tr);
    }
    clear(more);
    if (state.records.length > n) {
      more.append(
        fmt(s.shown, { shown: n, n: state.records.length }),
        " ",
        el("fluent-button", {
          attrs: { "data-read": "show-all", size: "small" },
          text: s.showAll,
          on: {
            click: () => {
              state.limit = Infinity;
              renderTable();
            },
          },
        }),
      );
    }
  }

  function summary(): string {
    if (state.records.length === 0) return s.none;
    const t = state.records.filter((r) => r.kind === "target").length;
    return fmt(s.found, { n: state.records.length }) + (t > 0 ? fmt(s.foundTargets, { t }) : "");
  }

  async function extract(text: string, name?: string): Promise<void> {
    const gen = ++state.generation;
    state.busy = true;
    updateButtons();
    setStatus(s.reading);
    const records: IndicatorRecord[] = [];
    const spans: RecordSpan[] = [];
    try {
      const options = await prepare(text);
      if (gen !== state.generation) return;
      for (const slice of extractSlices(text, options, SLICE_CHARS)) {
        for (const r of slice.records) records.push(r);
        for (const sp of slice.spans) spans.push(sp);
        if (slice.progress < 1) {
          setStatus(fmt(s.progress, { pct: Math.floor(slice.progress * 100) }));
          await tick(win);
          if (gen !== state.generation) return;
        }
      }
    } catch (e) {
      if (gen === state.generation) {
        state.busy = false;
        updateButtons();
        setStatus(fmt(s.failed, { detail: errorText(e, ctx.lang) }));
      }
      return;
    }
    state.sourceName = name ?? (lang === "zh" ? "粘贴的文字" : "pasted text");
    state.lines = splitLines(text);
    state.records = records;
    state.spans = spans;
    state.off = new Set();
    state.selected = null;
    state.limit = PAGE;
    state.busy = false;
    renderTable();
    showSource(records.length > 0 ? 0 : null);
    if (records.length > 0) select(0);
    setStatus(summary());
    updateButtons();
  }

  function chosen(): IndicatorRecord[] {
    return state.records.filter((_, i) => !state.off.has(i));
  }

  async function withBusy(action: () => Promise<void>): Promise<void> {
    state.busy = true;
    updateButtons();
    try {
      await action();
    } catch (e) {
      ctx.notify(fmt(s.failed, { detail: errorText(e, ctx.lang) }), "error");
    } finally {
      state.busy = false;
      updateButtons();
    }
  }

  async function insertTable(): Promise<void> {
    const recs = chosen();
    if (recs.length === 0) {
      ctx.notify(s.nothingSelected, "warning");
      return;
    }
    const sheets = await ctx.workbook.listSheets();
    const sheet = newSheetName(sheets);
    const spec = recordsSheetSpec(recs, sheet, lang, state.sourceName, today());
    let r = await ctx.workbook.writeSheet(spec);
    if (r.status === "conflict") {
      // A new name cannot belong to someone else; if the host says so anyway, ask rather than overwrite.
      if (!(await ctx.confirm(fmt(s.targetsConflict, { sheet })))) {
        ctx.notify(s.cancelled, "info");
        return;
      }
      r = await ctx.workbook.writeSheet({ ...spec, replaceForeign: true });
      if (r.status === "conflict") return;
    }
    ctx.workbookChanged();
    ctx.notify(fmt(s.inserted, { n: recs.length, sheet }), "success");
  }

  async function importTargets(): Promise<void> {
    const recs = chosen();
    const n = targetRows(recs).length;
    if (n === 0) {
      ctx.notify(s.noTargets, "warning");
      return;
    }
    const sheet = TARGETS_SHEET;
    const spec = targetsSheetSpec(recs, lang);
    const sheets = await ctx.workbook.listSheets();
    let replace = false;
    if (sheets.includes(sheet)) {
      if (!(await ctx.confirm(fmt(s.targetsReplace, { sheet, n })))) {
        ctx.notify(s.cancelled, "info");
        return;
      }
      replace = true;
    }
    let r = await ctx.workbook.writeSheet(replace ? { ...spec, replaceForeign: true } : spec);
    if (r.status === "conflict") {
      if (!(await ctx.confirm(fmt(s.targetsConflict, { sheet })))) {
        ctx.notify(s.cancelled, "info");
        return;
      }
      r = await ctx.workbook.writeSheet({ ...spec, replaceForeign: true });
      if (r.status === "conflict") return;
    }
    ctx.workbookChanged();
    ctx.notify(fmt(s.targetsWritten, { n, sheet }), "success");
    trackButton.hidden = false;
  }

  extractButton.addEventListener("click", () => void extract(input.value));
  clearButton.addEventListener("click", () => {
    input.value = "";
    state.generation++;
    state.records = [];
    state.spans = [];
    state.lines = [];
    state.busy = false;
    renderTable();
    showSource(null);
    setStatus("");
    updateButtons();
  });
  input.addEventListener("paste", () => {
    // Read what was pasted once the textarea holds it.
    (win ?? globalThis).setTimeout(() => void extract(input.value), 0);
  });
  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    const r = await readFileText(file, lang);
    if (!r.ok) {
      ctx.notify(fmt(s.fileFailed, { name: file.name, detail: r.detail }), "error");
      return;
    }
    if (r.text.trim() === "") {
      ctx.notify(fmt(s.fileEmpty, { name: file.name }), "warning");
      return;
    }
    // A very long file is not copied into the textarea beyond what a person can read there.
    input.value = r.text.length > 2_000_000 ? r.text.slice(0, 2_000_000) : r.text;
    ctx.notify(fmt(s.loaded, { name: file.name }), "info");
    await extract(r.text, file.name);
  });
  allButton.addEventListener("click", () => {
    state.off = new Set();
    renderTable();
  });
  noneButton.addEventListener("click", () => {
    state.off = new Set(state.records.map((_, i) => i));
    renderTable();
  });
  insertButton.addEventListener("click", () => void withBusy(insertTable));
  targetsButton.addEventListener("click", () => void withBusy(importTargets));

  showSource(null);
  updateButtons();
  return { extract };
}

export const readView: View = {
  id: "read",
  mount(panel: HTMLElement, ctx: AppContext): void {
    mountRead(panel, ctx);
  },
};
