/**
 * 审核 Check: two modes.
 * - 审核文稿: paste a draft (or open .txt/.docx); every claim is listed with a status colour, the stated and the
 *   recomputed/workbook figure and the source clause; clicking a claim compared with the workbook selects that
 *   cell (ctx.workbook.select).
 * - 填充模板: paste a template with `x` slots; the filled text is shown with the filled numbers highlighted
 *   (click one to select its cell), and the slots left as x are listed with the reason.
 * The workbook is read through the port each time the user runs a check, so it reflects the current data.
 */
import { formatMessage, type MessageKey } from "../../core/messages";
import type { CheckResult } from "../../text/check";
import type { FillResult } from "../../text/fill";
import { loadFacts, readTextFile, runCheck, runFill } from "../check/model";
import { checkStrings, fmt, type CheckStrings } from "../check/strings";
import { ensureCheckStyles } from "../check/style";
import type { AppContext, View } from "../context";
import { clear, el } from "../dom";
import { copyText } from "../write/clipboard";
import { errorText } from "../errorText";

type Mode = "check" | "fill";

export function mountCheck(panel: HTMLElement, ctx: AppContext): { run(): Promise<void> } {
  const s: CheckStrings = checkStrings[ctx.lang];
  ensureCheckStyles(panel.ownerDocument);
  let mode: Mode = "check";
  let lastFill: FillResult | null = null;

  const modeCheck = el("button", {
    attrs: { type: "button", "data-check": "mode-check", "aria-pressed": "true" },
    text: s.modeCheck,
  });
  const modeFill = el("button", {
    attrs: { type: "button", "data-check": "mode-fill", "aria-pressed": "false" },
    text: s.modeFill,
  });
  const textArea = el("textarea", {
    attrs: { id: "ind-check-text", "data-check": "text", placeholder: s.placeholderCheck, rows: 8 },
  });
  const fileInput = el("input", {
    attrs: { type: "file", accept: ".txt,.docx,text/plain", "data-check": "file", hidden: true },
  });
  const openButton = el("fluent-button", { attrs: { "data-check": "open" }, text: s.open });
  const periodInput = el("input", {
    attrs: { type: "text", id: "ind-check-period", "data-check": "period", placeholder: s.periodPlaceholder },
  });
  const runButton = el("fluent-button", {
    attrs: { "data-check": "run", appearance: "primary" },
    text: s.runCheck,
  });
  const copyButton = el("fluent-button", {
    attrs: { "data-check": "copy", hidden: true },
    text: s.copy,
  });
  const summary = el("p", {
    className: "ind-check-summary",
    attrs: { "data-check": "summary", "aria-live": "polite" },
  });
  const results = el("div", { attrs: { "data-check": "results" } });

  const row = (label: string, forId: string, control: HTMLElement) =>
    el("div", { className: "ind-check-row" }, [el("label", { attrs: { for: forId }, text: label }), control]);

  panel.append(
    el("section", { className: "ind-check", attrs: { "aria-label": s.title } }, [
      el("h2", { className: "ind-empty-title", text: s.title }),
      el("p", { className: "ind-empty-summary", text: s.summary }),
      el("div", { className: "ind-check-modes", attrs: { role: "group" } }, [modeCheck, modeFill]),
      row(s.textLabel, "ind-check-text", textArea),
      row(s.period, "ind-check-period", periodInput),
      el("div", { className: "ind-check-actions" }, [runButton, openButton, fileInput, copyButton]),
      summary,
      results,
    ]),
  );

  function setMode(m: Mode): void {
    mode = m;
    modeCheck.setAttribute("aria-pressed", String(m === "check"));
    modeFill.setAttribute("aria-pressed", String(m === "fill"));
    textArea.setAttribute("placeholder", m === "check" ? s.placeholderCheck : s.placeholderFill);
    runButton.textContent = m === "check" ? s.runCheck : s.runFill;
    copyButton.toggleAttribute("hidden", true);
    summary.textContent = "";
    clear(results);
  }

  function select(sheet: string, address: string): void {
    ctx.workbook.select(sheet, address).catch((e) => ctx.notify(errorText(e, ctx.lang), "error"));
  }

  function renderChecks(list: CheckResult[]): void {
    clear(results);
    if (list.length === 0) {
      results.append(el("p", { className: "ind-check-summary", text: s.noChecks }));
      return;
    }
    const ul = el("ul", { className: "ind-check-list", attrs: { "data-check": "list" } });
    for (const r of list) {
      const cell = r.cell ? `${r.cell.sheet}!${r.cell.address}` : null;
      const head = [
        el("span", { className: "ind-check-badge", text: s.status[r.status] }),
        `${fmt(s.line, { line: r.line })} · ${s.kinds[r.kind] ?? r.kind}${ctx.lang === "zh" ? "：" : ": "}${s.stated} ${r.stated}`,
        r.computed !== null ? ` · ${s.computed} ${r.computed}` : "",
        cell ? ` · ${s.cell} ${cell}` : "",
      ];
      const li = el(
        "li",
        {
          className: "ind-check-item",
          attrs: {
            "data-status": r.status,
            "data-kind": r.kind,
            "data-cell": cell ?? undefined,
            tabindex: cell ? 0 : undefined,
            title: cell ? s.selectCell : undefined,
          },
        },
        [
          el("div", {}, head),
          el("div", { className: "ind-check-quote", text: detailOf(r) }),
          el("div", { className: "ind-check-quote", text: `「${r.quotes.join("」「")}」` }),
        ],
      );
      if (r.cell) {
        const { sheet, address } = r.cell;
        li.addEventListener("click", () => select(sheet, address));
        li.addEventListener("keydown", (e) => {
          if ((e as KeyboardEvent).key === "Enter" || (e as KeyboardEvent).key === " ")
            select(sheet, address);
        });
      }
      ul.append(li);
    }
    results.append(ul);
  }

  function renderFill(text: string, r: FillResult): void {
    clear(results);
    const box = el("div", { className: "ind-check-filled-text", attrs: { "data-check": "filled" } });
    let pos = 0;
    for (const slot of r.slots) {
      box.append(text.slice(pos, slot.textOffset));
      if (slot.status === "filled") {
        const cell = slot.cells?.[0];
        const mark = el("mark", {
          attrs: { "data-cell": cell ? `${cell.sheet}!${cell.address}` : undefined, title: slot.detail },
          text: slot.value ?? "",
        });
        if (cell) mark.addEventListener("click", () => select(cell.sheet, cell.address));
        box.append(mark);
      } else {
        box.append(
          el("span", {
            className: "ind-check-slot-left",
            attrs: { title: `${s.reasons[slot.reason ?? ""] ?? slot.reason}：${detailOf(slot)}` },
            text: text.slice(slot.textOffset, slot.textOffset + slot.length),
          }),
        );
      }
      pos = slot.textOffset + slot.length;
    }
    box.append(text.slice(pos));
    const left = r.slots.filter((x) => x.status === "left");
    const ul = el(
      "ul",
      { className: "ind-check-list", attrs: { "data-check": "left" } },
      left.map((slot) =>
        el(
          "li",
          { className: "ind-check-item", attrs: { "data-status": "not_found", "data-reason": slot.reason } },
          [
            el("div", {}, [
              el("span", {
                className: "ind-check-badge",
                text: s.reasons[slot.reason ?? ""] ?? String(slot.reason),
              }),
              `${fmt(s.line, { line: slot.line })}`,
            ]),
            el("div", { className: "ind-check-quote", text: detailOf(slot) }),
            el("div", { className: "ind-check-quote", text: `「${slot.quote}」` }),
          ],
        ),
      ),
    );
    results.append(
      el("h3", { className: "ind-check-summary", text: s.filledText }),
      box,
      el("h3", { className: "ind-check-summary", text: s.leftSlots }),
      ul,
    );
  }

  /** The reason in the user's language when it is a catalog message; the arithmetic otherwise. */
  function detailOf(x: {
    detail: string;
    message?: { key: MessageKey; params: Record<string, string | number> };
  }) {
    return x.message ? formatMessage(x.message.key, ctx.lang, x.message.params) : x.detail;
  }

  async function run(): Promise<void> {
    const text = textArea.value;
    if (text.trim() === "") {
      summary.textContent = s.emptyText;
      clear(results);
      return;
    }
    runButton.toggleAttribute("disabled", true);
    summary.textContent = s.loading;
    try {
      const { facts } = await loadFacts(ctx.workbook);
      const period = periodInput.value.trim() || null;
      if (mode === "check") {
        const r = await runCheck(text, facts, period);
        const c = r.counts;
        summary.textContent =
          fmt(s.counts, {
            total: r.results.length,
            agree: c.agree,
            disagree: c.disagree,
            not_found: c.not_found,
          }) + (facts.length === 0 ? `；${s.noFacts}` : "");
        renderChecks(r.results);
      } else {
        const r = await runFill(text, facts, period);
        lastFill = r;
        const filled = r.slots.filter((x) => x.status === "filled").length;
        summary.textContent = fmt(s.fillCounts, {
          total: r.slots.length,
          filled,
          left: r.slots.length - filled,
        });
        renderFill(text, r);
        copyButton.toggleAttribute("hidden", false);
      }
    } catch (e) {
      summary.textContent = "";
      ctx.notify(errorText(e, ctx.lang), "error");
    } finally {
      runButton.toggleAttribute("disabled", false);
    }
  }

  modeCheck.addEventListener("click", () => setMode("check"));
  modeFill.addEventListener("click", () => setMode("fill"));
  runButton.addEventListener("click", () => void run());
  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      textArea.value = await readTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
      await run();
    } catch (e) {
      ctx.notify(fmt(s.fileError, { detail: errorText(e, ctx.lang) }), "error");
    } finally {
      fileInput.value = "";
    }
  });
  copyButton.addEventListener("click", async () => {
    if (!lastFill) return;
    const ok = await copyText(lastFill.text, panel.ownerDocument);
    ctx.notify(ok ? s.copied : s.copyFailed, ok ? "success" : "error");
  });
  return { run };
}

export const checkView: View = {
  id: "check",
  mount(panel: HTMLElement, ctx: AppContext): void {
    mountCheck(panel, ctx);
  },
};
