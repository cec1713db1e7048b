/**
 * 撰写 Write: draft the standard sentences and the paragraph from the workbook (issue 6). The figures come from
 * the Track engine over the workbook (or the selection); the wording from src/text/phrase. The user picks the
 * period, whom to write about (the bureau's own indicators or one region among the peers), the subject and
 * peer-group names and the indicators; then copies the paragraph, inserts it into the selected cell (asking
 * before replacing a non-empty cell) or writes it to the add-in's own sheet 分析文字.
 */
import { formatMessage } from "../../core/messages";
import { periodLabel } from "../../core/track";
import { periodWording, type PeriodOptions } from "../../core/wording";
import type { AppContext, UiLang, View } from "../context";
import { clear, el } from "../dom";
import { errorText } from "../errorText";
import { copyText } from "../write/clipboard";
import {
  draft,
  isDraftError,
  loadWriteData,
  type Draft,
  type WriteData,
  type WriteSourceKind,
} from "../write/model";
import { insertIntoSelectedCell, writeToNewSheet } from "../write/output";
import { fmt, writeStrings, type WriteStrings } from "../write/strings";
import { ensureWriteStyles } from "../write/style";

interface State {
  source: WriteSourceKind;
  data: WriteData | null;
  months: number | null;
  region: string | null;
  regionLabel: string | null;
  scope: string | null;
  /** Unchecked indicators (so new indicators start checked). */
  excluded: Set<string>;
  periodStyle: "local" | "nbs" | "named";
  current: Draft | null;
}

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const o = el("option", { attrs: { value }, text });
  o.selected = selected;
  return o;
}

export function mountWrite(panel: HTMLElement, ctx: AppContext): { refresh(): Promise<void> } {
  const lang: UiLang = ctx.lang;
  const s: WriteStrings = writeStrings[lang];
  ensureWriteStyles(panel.ownerDocument);
  const state: State = {
    source: "workbook",
    data: null,
    months: null,
    region: null,
    regionLabel: null,
    scope: null,
    excluded: new Set(),
    periodStyle: "local",
    current: null,
  };

  const sourceSelect = el("select", { attrs: { "data-write": "source", id: "ind-write-source" } }, [
    option("workbook", s.sourceWorkbook, true),
    option("selection", s.sourceSelection, false),
  ]);
  const loadButton = el("fluent-button", {
    attrs: { "data-write": "load", appearance: "secondary" },
    text: s.load,
  });
  const periodSelect = el("select", { attrs: { "data-write": "period", id: "ind-write-period" } });
  const styleSelect = el("select", { attrs: { "data-write": "period-style", id: "ind-write-style" } }, [
    option("local", s.styleLocal, true),
    option("nbs", s.styleNbs, false),
    option("named", s.styleNamed, false),
  ]);
  const subjectSelect = el("select", { attrs: { "data-write": "subject", id: "ind-write-subject" } });
  const regionInput = el("input", {
    attrs: {
      type: "text",
      "data-write": "region-label",
      id: "ind-write-region",
      placeholder: s.regionPlaceholder,
    },
  });
  const scopeInput = el("input", {
    attrs: { type: "text", "data-write": "scope", id: "ind-write-scope", placeholder: s.scopePlaceholder },
  });
  const list = el("div", {
    className: "ind-write-list",
    attrs: { "data-write": "indicators", role: "group" },
  });
  const output = el("textarea", {
    className: "ind-write-output",
    attrs: {
      "data-write": "output",
      readonly: true,
      rows: 10,
      "aria-label": s.paragraph,
      id: "ind-write-output",
    },
  });
  const notes = el("ul", {
    className: "ind-write-notes",
    attrs: { "data-write": "notes", "aria-live": "polite" },
  });
  const copyButton = el("fluent-button", {
    attrs: { "data-write": "copy", appearance: "primary" },
    text: s.copy,
  });
  const insertButton = el("fluent-button", { attrs: { "data-write": "insert" }, text: s.insertCell });
  const sheetButton = el("fluent-button", { attrs: { "data-write": "sheet" }, text: s.newSheet });
  const controls = el("div", { className: "ind-write-controls" });

  const row = (label: string, forId: string, control: HTMLElement) =>
    el("div", { className: "ind-write-row" }, [el("label", { attrs: { for: forId }, text: label }), control]);

  panel.append(
    el("section", { className: "ind-write", attrs: { "aria-label": s.title } }, [
      el("h2", { className: "ind-empty-title", text: s.title }),
      el("p", { className: "ind-empty-summary", text: s.summary }),
      row(
        s.source,
        "ind-write-source",
        el("div", { className: "ind-write-inline" }, [sourceSelect, loadButton]),
      ),
      controls,
      el("div", { className: "ind-write-row" }, [
        el("label", { attrs: { for: "ind-write-output" }, text: s.paragraph }),
        output,
      ]),
      notes,
      el("div", { className: "ind-write-actions" }, [copyButton, insertButton, sheetButton]),
    ]),
  );

  const setBusy = (busy: boolean) => {
    for (const b of [loadButton, copyButton, insertButton, sheetButton]) b.toggleAttribute("disabled", busy);
  };

  function setNotes(lines: string[]): void {
    clear(notes);
    for (const line of lines) notes.append(el("li", { text: line }));
  }

  function renderControls(): void {
    clear(controls);
    const data = state.data;
    if (!data) return;
    clear(periodSelect);
    for (const m of data.periods) periodSelect.append(option(String(m), periodLabel(m), m === state.months));
    clear(subjectSelect);
    subjectSelect.append(option("", s.subjectOwn, state.region === null));
    for (const r of data.regions)
      subjectSelect.append(option(r, fmt(s.subjectRegion, { name: r }), r === state.region));
    regionInput.value = state.regionLabel ?? "";
    scopeInput.value = state.scope ?? "";
    regionInput.disabled = state.region !== null;
    scopeInput.disabled = state.region === null;
    controls.append(
      row(s.period, "ind-write-period", periodSelect),
      row(s.periodStyle, "ind-write-style", styleSelect),
      row(s.subject, "ind-write-subject", subjectSelect),
      row(s.regionLabel, "ind-write-region", regionInput),
      row(s.scope, "ind-write-scope", scopeInput),
      el("div", { className: "ind-write-row" }, [
        el("span", { className: "ind-write-legend", text: s.indicators }),
        el("div", { className: "ind-write-inline" }, [
          el("fluent-button", {
            attrs: { "data-write": "all", size: "small" },
            text: s.all,
            on: { click: () => setAll(true) },
          }),
          el("fluent-button", {
            attrs: { "data-write": "none", size: "small" },
            text: s.none,
            on: { click: () => setAll(false) },
          }),
        ]),
        list,
      ]),
    );
  }

  function setAll(on: boolean): void {
    const names = state.current?.available ?? [];
    state.excluded = on ? new Set() : new Set(names);
    recompute();
  }

  function renderList(available: string[]): void {
    clear(list);
    available.forEach((name, i) => {
      const box = el("input", {
        attrs: { type: "checkbox", "data-indicator": name, id: `ind-write-ind-${i}` },
      });
      box.checked = !state.excluded.has(name);
      box.addEventListener("change", () => {
        if (box.checked) state.excluded.delete(name);
        else state.excluded.add(name);
        recompute();
      });
      list.append(el("label", { attrs: { for: box.id } }, [box, name]));
    });
  }

  function periodText(months: number): string {
    const w = periodWording(months, periodOptions());
    return typeof w === "string" ? w : periodLabel(months);
  }

  function periodOptions(): PeriodOptions {
    return state.periodStyle === "nbs"
      ? { style: "nbs" }
      : state.periodStyle === "named"
        ? { named: true }
        : {};
  }

  function recompute(): void {
    const data = state.data;
    if (!data || state.months === null) {
      output.value = "";
      return;
    }
    const first = draft(data, {
      months: state.months,
      region: state.region,
      regionLabel: state.regionLabel ?? "",
      scope: state.scope ?? "",
      period: periodOptions(),
    });
    const indicators = first.available.filter((n) => !state.excluded.has(n));
    const d =
      indicators.length === first.available.length
        ? first
        : draft(data, {
            months: state.months,
            region: state.region,
            regionLabel: state.regionLabel ?? "",
            scope: state.scope ?? "",
            period: periodOptions(),
            indicators,
          });
    state.current = { ...d, available: first.available };
    renderList(first.available);
    const lines: string[] = [];
    if (data.overview.sample) lines.push(s.sample);
    if (isDraftError(d.result)) {
      output.value = "";
      lines.push(indicators.length === 0 ? s.noRows : formatMessage(d.result.key, lang, d.result.params));
    } else {
      output.value = d.result.text;
      for (const k of d.result.skipped) {
        const name = d.rows[k.row]?.indicator ?? "";
        lines.push(fmt(s.skipped, { name, reason: formatMessage(k.error.key, lang, k.error.params) }));
      }
    }
    setNotes(lines);
    const empty = output.value === "";
    for (const b of [copyButton, insertButton, sheetButton]) b.toggleAttribute("disabled", empty);
  }

  async function refresh(): Promise<void> {
    setBusy(true);
    setNotes([s.loading]);
    try {
      const data = await loadWriteData(ctx.workbook, state.source);
      if (data === "noSelection" || data === null) {
        state.data = null;
        state.current = null;
        clear(controls);
        output.value = "";
        setNotes([data === "noSelection" ? s.noSelection : s.noData]);
        for (const b of [copyButton, insertButton, sheetButton]) b.toggleAttribute("disabled", true);
        loadButton.toggleAttribute("disabled", false);
        return;
      }
      state.data = data;
      if (state.months === null || !data.periods.includes(state.months))
        state.months = data.preferredMonths ?? data.periods[data.periods.length - 1] ?? null;
      if (state.region !== null && !data.regions.includes(state.region)) state.region = null;
      if (state.regionLabel === null) state.regionLabel = data.referenceName ?? "";
      if (state.scope === null) state.scope = data.referenceName ?? "";
      renderControls();
      setBusy(false);
      recompute();
    } catch (e) {
      setBusy(false);
      setNotes([fmt(s.failed, { detail: errorText(e, ctx.lang) })]);
      ctx.notify(fmt(s.failed, { detail: errorText(e, ctx.lang) }), "error");
    }
  }

  sourceSelect.addEventListener("change", () => {
    state.source = sourceSelect.value === "selection" ? "selection" : "workbook";
    void refresh();
  });
  loadButton.addEventListener("click", () => void refresh());
  styleSelect.addEventListener("change", () => {
    state.periodStyle =
      styleSelect.value === "nbs" ? "nbs" : styleSelect.value === "named" ? "named" : "local";
    recompute();
  });
  periodSelect.addEventListener("change", () => {
    state.months = Number(periodSelect.value);
    recompute();
  });
  subjectSelect.addEventListener("change", () => {
    state.region = subjectSelect.value === "" ? null : subjectSelect.value;
    state.excluded = new Set();
    regionInput.disabled = state.region !== null;
    scopeInput.disabled = state.region === null;
    recompute();
  });
  regionInput.addEventListener("input", () => {
    state.regionLabel = regionInput.value;
    recompute();
  });
  scopeInput.addEventListener("input", () => {
    state.scope = scopeInput.value;
    recompute();
  });

  copyButton.addEventListener("click", async () => {
    const text = output.value;
    if (!text) return;
    if (await copyText(text, panel.ownerDocument)) ctx.notify(s.copied, "success");
    else {
      output.focus();
      output.select();
      ctx.notify(s.copyManual, "warning");
    }
  });
  const run = async (action: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    try {
      const r = await action();
      ctx.notify(r.message, r.ok ? "success" : "warning");
    } catch (e) {
      ctx.notify(fmt(s.failed, { detail: errorText(e, ctx.lang) }), "error");
    } finally {
      setBusy(false);
      if (!output.value)
        for (const b of [copyButton, insertButton, sheetButton]) b.toggleAttribute("disabled", true);
    }
  };
  insertButton.addEventListener("click", () => {
    if (output.value) void run(() => insertIntoSelectedCell(ctx, output.value));
  });
  sheetButton.addEventListener("click", () => {
    const d = state.current;
    if (!d || isDraftError(d.result)) return;
    const result = d.result;
    void run(() => writeToNewSheet(ctx, result, state.months === null ? "" : periodText(state.months)));
  });

  for (const b of [copyButton, insertButton, sheetButton]) b.toggleAttribute("disabled", true);
  return { refresh };
}

let loaded = false;
let controller: { refresh(): Promise<void> } | null = null;

export const writeView: View = {
  id: "write",
  mount(panel: HTMLElement, ctx: AppContext): void {
    controller = mountWrite(panel, ctx);
    loaded = false;
    ctx.onWorkbookChanged(() => {
      if (loaded && controller) void controller.refresh();
    });
  },
  activate(): void {
    if (!loaded && controller) {
      loaded = true;
      void controller.refresh();
    }
  },
};
