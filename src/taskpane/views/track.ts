/**
 * 跟踪 Track: turn a table of indicators into a tracking table (actual vs target, status, progress vs time,
 * growth still needed, rank among peers), written to the add-in's own sheet.
 *
 * Flow: pick the data (a sheet or the current selection) → the detected column mapping is shown in dropdowns
 * for the user to correct (remembered in the workbook's settings) — or 从模板开始 → pick the period (序时进度
 * shown) → 计算并写入 (asks before replacing a sheet the add-in does not own) → counts and per-row problems in the
 * pane; 刷新 recomputes and refreshes every PivotTable. Logic lives in `../track/controller.ts`.
 */
import type { AppContext, UiLang, View } from "../context";
import { clear, el, emptyState } from "../dom";
import { errorText as errorTextIn } from "../errorText";
import { formatMessage, type MessageKey } from "../../core/messages";
import { formatFixed } from "../../core/round";
import {
  periodLabel,
  VERDICTS,
  type ColumnRole,
  type TrackAnalysis,
  type TrackMapping,
} from "../../core/track";
import { isWorkbookError } from "../../workbook/errors";
import {
  MAX_OUTPUT_NAME,
  PERIOD_CHOICES,
  scheduleOf,
  SELECTION,
  TrackController,
  type Detection,
  type TrackSettings,
} from "../track/controller";

type Strings = {
  title: string;
  intro: string;
  steps: string[];
  periodName: (months: number, label: string) => string;
  data: string;
  selection: string;
  template: string;
  templateDone: string;
  mapping: string;
  column: string;
  role: string;
  period: string;
  anyPeriod: string;
  roles: Record<ColumnRole, string>;
  pickPeriod: string;
  schedule: (x: string) => string;
  tolerance: string;
  output: string;
  compute: string;
  refresh: string;
  working: string;
  noSheets: string;
  conflict: (sheet: string) => string;
  templateExists: (sheet: string) => string;
  declined: string;
  written: (sheet: string, n: number) => string;
  refreshed: (sheet: string, pivots: number) => string;
  counts: (met: number, nearly: number, missed: number, other: number) => string;
  rowProblems: string;
  behind: string;
  peers: (n: number) => string;
  sample: string;
  failed: (detail: string) => string;
};

const PROBLEM_KEYS: Record<string, MessageKey> = {
  noHeader: "trackNoHeader",
  noNameColumn: "trackNoNameColumn",
  noValueColumns: "trackNoValueColumns",
  noRows: "trackNoRows",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const ROLE_ORDER: ColumnRole[] = [
  "ignore",
  "name",
  "unit",
  "target",
  "priorFull",
  "current",
  "prior",
  "growth",
];

const strings: Record<UiLang, Strings> = {
  zh: {
    title: "跟踪",
    intro:
      "把指标表变成跟踪表：实际与目标对比、完成状态、序时进度、后期所需增速、同级地区位次及变化。结果写入本加载项自己的工作表，不改动您的单元格。",
    steps: [
      "选择指标表或从模板开始：选择含指标名称、单位和各期数值的工作表或选区。",
      "确认各列的含义（指标、单位、本年累计、上年同期、增速、年度目标），并选择期别。",
      "点击“计算并写入”，查看哪些指标落后于目标或序时进度；数据更新后点击“刷新”。",
    ],
    periodName: (_m, label) => label,
    data: "数据",
    selection: "当前选区",
    template: "从模板开始",
    templateDone: "已生成“跟踪模板”工作表：填入数据后选择它进行计算",
    mapping: "列的含义（可修改）",
    column: "列",
    role: "含义",
    period: "期别",
    anyPeriod: "所选期别",
    roles: {
      ignore: "忽略",
      name: "指标名称",
      unit: "单位",
      target: "年度目标",
      priorFull: "上年全年",
      current: "本年累计",
      prior: "上年同期",
      growth: "增速(%)",
    },
    pickPeriod: "期别",
    schedule: (x) => `序时进度 ${x}%`,
    tolerance: "“左右”目标允许偏差（百分点）",
    output: "写入工作表",
    compute: "计算并写入",
    refresh: "刷新",
    working: "正在计算…",
    noSheets: "工作簿中没有可跟踪的工作表",
    conflict: (sheet) => `工作表“${sheet}”不是本加载项创建的。替换它会删除其中的全部内容，是否继续？`,
    templateExists: (sheet) => `工作表“${sheet}”已存在。重新生成会清除其中已填写的数据，是否继续？`,
    declined: "未写入：保留了原工作表",
    written: (sheet, n) => `已写入“${sheet}”：${n}个指标`,
    refreshed: (sheet, pivots) => `已刷新“${sheet}”和${pivots}个数据透视表`,
    counts: (a, b, c, d) => `达标 ${a} · 基本达标 ${b} · 未达标 ${c} · 其他 ${d}`,
    rowProblems: "需要处理的行",
    behind: "落后最多的指标",
    peers: (n) => `已排位 ${n} 个同级地区指标`,
    sample: "源表为示例数据",
    failed: (d) => `计算失败：${d}`,
  },
  en: {
    title: "Track",
    intro:
      "Turn an indicator table into a tracking table: actual vs target, status, progress vs time, growth still needed, rank among peer regions and its change. Results go to the add-in's own sheet; your cells are not changed.",
    steps: [
      "Select an indicator table (a sheet or a selection with indicator names, units and values per period), or start from the template.",
      "Check what each column holds (indicator, unit, cumulative, same period last year, growth, annual target) and pick the period.",
      "Click Compute and write to see which indicators are behind the target or the time schedule; click Refresh after the data changes.",
    ],
    periodName: (m, label) =>
      ({ 一季度: "Q1", 上半年: "H1", 前三季度: "Q1–Q3", 全年: "Full year" })[label] ??
      (m === 1 ? "Jan" : `Jan–${MONTHS[m - 1]}`),
    data: "Data",
    selection: "Current selection",
    template: "Start from the template",
    templateDone: "The template sheet was created: fill in the figures, then pick it to compute",
    mapping: "What each column holds (editable)",
    column: "Column",
    role: "Holds",
    period: "Period",
    anyPeriod: "Picked period",
    roles: {
      ignore: "Ignore",
      name: "Indicator",
      unit: "Unit",
      target: "Annual target",
      priorFull: "Last year, full",
      current: "Cumulative",
      prior: "Same period last year",
      growth: "Growth (%)",
    },
    pickPeriod: "Period",
    schedule: (x) => `Time progress ${x}%`,
    tolerance: "Tolerance for “about X%” targets (percentage points)",
    output: "Write to sheet",
    compute: "Compute and write",
    refresh: "Refresh",
    working: "Computing…",
    noSheets: "The workbook has no sheet to track",
    conflict: (sheet) =>
      `The sheet “${sheet}” was not created by the add-in. Replacing it deletes all its content. Continue?`,
    templateExists: (sheet) =>
      `The sheet “${sheet}” exists. Creating it again clears the figures typed into it. Continue?`,
    declined: "Nothing written: the existing sheet was kept",
    written: (sheet, n) => `Wrote “${sheet}”: ${n} indicators`,
    refreshed: (sheet, pivots) => `Refreshed “${sheet}” and ${pivots} PivotTables`,
    counts: (a, b, c, d) => `met ${a} · nearly met ${b} · missed ${c} · other ${d}`,
    rowProblems: "Rows to look at",
    behind: "Furthest behind",
    peers: (n) => `${n} peer indicators ranked`,
    sample: "The source holds sample figures, not official statistics",
    failed: (d) => `Computation failed: ${d}`,
  },
};

const STYLE = `
.ind-track label{display:block;margin:8px 0 2px;font-weight:600}
.ind-track select,.ind-track input{font:inherit;padding:2px 4px;max-width:100%}
.ind-track .ind-track-row{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin:6px 0}
.ind-track table{border-collapse:collapse;width:100%;font-size:12px}
.ind-track td,.ind-track th{border-bottom:1px solid #ddd;padding:2px 4px;text-align:left}
.ind-track .ind-track-result{margin-top:12px}
.ind-track .ind-track-problem{color:#a4262c}
`;

function ensureStyle(doc: Document): void {
  if (doc.getElementById("ind-track-style")) return;
  const s = doc.createElement("style");
  s.id = "ind-track-style";
  s.textContent = STYLE;
  doc.head.append(s);
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = el("option", { attrs: { value, selected }, text: label });
  o.selected = selected;
  return o;
}

/** Mount the view; exported for tests (returns a handle to drive it). */
export function mountTrack(panel: HTMLElement, ctx: AppContext) {
  const S = strings[ctx.lang];
  /** A thrown value in the user's language (a WorkbookError's own text, never "WorkbookError: …"). */
  const errorText = (e: unknown) => errorTextIn(e, ctx.lang);
  const problemText = (k: string) => {
    const key = PROBLEM_KEYS[k];
    return key ? formatMessage(key, ctx.lang) : k;
  };
  ensureStyle(panel.ownerDocument);
  const controller = () => new TrackController(ctx.workbook);
  let settings: TrackSettings = { source: "" };
  let detection: Detection | null = null;
  let months = 10;

  const sourceSelect = el("select", { attrs: { "aria-label": S.data, "data-ind": "source" } });
  const templateBtn = el("fluent-button", {
    attrs: { appearance: "secondary", "data-ind": "template" },
    text: S.template,
  });
  const mappingHost = el("div", { attrs: { "data-ind": "mapping" } });
  const periodSelect = el("select", { attrs: { "aria-label": S.pickPeriod, "data-ind": "period" } });
  const scheduleText = el("span", { attrs: { "data-ind": "schedule" } });
  const toleranceInput = el("input", {
    attrs: {
      type: "number",
      min: 0,
      step: 0.1,
      value: "0.5",
      "aria-label": S.tolerance,
      "data-ind": "tolerance",
    },
  });
  const outputInput = el("input", {
    attrs: {
      type: "text",
      value: "指标跟踪",
      maxlength: String(MAX_OUTPUT_NAME),
      "aria-label": S.output,
      "data-ind": "output",
    },
  });
  const computeBtn = el("fluent-button", {
    attrs: { appearance: "primary", "data-ind": "compute" },
    text: S.compute,
  });
  const refreshBtn = el("fluent-button", { attrs: { "data-ind": "refresh" }, text: S.refresh });
  const result = el("div", {
    className: "ind-track-result",
    attrs: { "data-ind": "result", "aria-live": "polite" },
  });

  for (const c of PERIOD_CHOICES)
    periodSelect.append(option(`${c.months}:${c.label}`, S.periodName(c.months, c.label), false));

  panel.append(
    el("section", { className: "ind-track", attrs: { "aria-label": S.title } }, [
      emptyState({ title: S.title, summary: S.intro, steps: S.steps }),
      el("label", { text: S.data }),
      el("div", { className: "ind-track-row" }, [sourceSelect, templateBtn]),
      mappingHost,
      el("label", { text: S.pickPeriod }),
      el("div", { className: "ind-track-row" }, [periodSelect, scheduleText]),
      el("label", { text: S.tolerance }),
      toleranceInput,
      el("label", { text: S.output }),
      outputInput,
      el("div", { className: "ind-track-row" }, [computeBtn, refreshBtn]),
      result,
    ]),
  );

  function setMonths(m: number): void {
    months = m;
    const match = [...periodSelect.options].find((o) => o.value.startsWith(`${m}:`));
    if (match) periodSelect.value = match.value;
    scheduleText.textContent = S.schedule(formatFixed(scheduleOf(m), 1));
  }

  function renderMapping(): void {
    clear(mappingHost);
    if (!detection) return;
    for (const p of detection.problems)
      mappingHost.append(el("p", { className: "ind-track-problem", text: problemText(p) }));
    const mapping = settings.mapping ?? detection.mapping;
    if (!mapping) return;
    const body = el("tbody");
    for (const col of mapping.columns) {
      if (!col.header) continue;
      const roleSel = el("select", {
        attrs: { "aria-label": `${S.role} ${col.header}`, "data-col": col.column },
      });
      for (const r of ROLE_ORDER) roleSel.append(option(r, S.roles[r], r === col.role));
      roleSel.value = col.role;
      const perSel = el("select", {
        attrs: { "aria-label": `${S.period} ${col.header}`, "data-period-col": col.column },
      });
      perSel.append(option("", S.anyPeriod, col.months === null));
      for (let m = 1; m <= 12; m++)
        perSel.append(option(String(m), S.periodName(m, periodLabel(m)), col.months === m));
      perSel.value = col.months === null ? "" : String(col.months);
      const onChange = () => {
        const next: TrackMapping = {
          ...mapping,
          columns: mapping.columns.map((c) =>
            c.column === col.column
              ? {
                  ...c,
                  role: roleSel.value as ColumnRole,
                  months: perSel.value ? Number(perSel.value) : null,
                }
              : c,
          ),
        };
        settings = { ...settings, mapping: next };
        void controller().saveSettings(settings);
      };
      roleSel.addEventListener("change", onChange);
      perSel.addEventListener("change", onChange);
      body.append(
        el("tr", {}, [el("td", { text: col.header }), el("td", {}, [roleSel]), el("td", {}, [perSel])]),
      );
    }
    mappingHost.append(
      el("label", { text: S.mapping }),
      el("table", {}, [
        el("thead", {}, [
          el("tr", {}, [
            el("th", { text: S.column }),
            el("th", { text: S.role }),
            el("th", { text: S.period }),
          ]),
        ]),
        body,
      ]),
    );
  }

  async function pickSource(source: string, keepMapping: boolean): Promise<void> {
    const c = controller();
    detection = await c.detect(source);
    const remembered = keepMapping && settings.source === source ? settings.mapping : undefined;
    settings = { ...settings, source, mapping: remembered };
    if (!settings.months && detection.periods.length)
      setMonths(detection.periods[detection.periods.length - 1] as number);
    renderMapping();
  }

  async function refreshSources(): Promise<void> {
    const c = controller();
    const names = await c.sources();
    const saved = await c.loadSettings();
    if (saved) {
      settings = saved;
      if (saved.tolerance !== undefined) toleranceInput.value = String(saved.tolerance);
      if (saved.output) outputInput.value = saved.output;
      if (saved.months) setMonths(saved.months);
    }
    clear(sourceSelect);
    const current =
      names.includes(settings.source) || settings.source === SELECTION ? settings.source : (names[0] ?? "");
    for (const n of names) sourceSelect.append(option(n, n, n === current));
    sourceSelect.append(option(SELECTION, S.selection, current === SELECTION));
    sourceSelect.value = current;
    if (!current) {
      clear(mappingHost);
      mappingHost.append(el("p", { className: "ind-track-problem", text: S.noSheets }));
      return;
    }
    await pickSource(current, true);
  }

  function readForm(): TrackSettings {
    const tol = Number(toleranceInput.value);
    return {
      ...settings,
      source: sourceSelect.value,
      months,
      tolerance: Number.isFinite(tol) && tol >= 0 ? tol : 0.5,
      output: outputInput.value.trim() || "指标跟踪",
    };
  }

  function renderResult(a: TrackAnalysis, extra: string[] = []): void {
    clear(result);
    const c = a.counts;
    const verdicts = VERDICTS.reduce((n, v) => n + (c[v] ?? 0), 0);
    result.append(
      el("p", {
        attrs: { "data-ind": "counts" },
        text: S.counts(c.达标 ?? 0, c.基本达标 ?? 0, c.未达标 ?? 0, a.rows.length - verdicts),
      }),
    );
    if (a.sample) result.append(el("p", { text: S.sample }));
    if (a.peers.length) result.append(el("p", { text: S.peers(a.peers.length) }));
    for (const line of extra) result.append(el("p", { text: line }));
    const problems = a.rows.filter((r) => !VERDICTS.includes(r.status));
    if (problems.length) {
      result.append(
        el("label", { text: S.rowProblems }),
        el(
          "ul",
          { attrs: { "data-ind": "problems" } },
          problems.map((r) =>
            el("li", { className: "ind-track-problem", text: `${r.name}：${r.problems.join("、")}` }),
          ),
        ),
      );
    }
    if (a.behind.length) {
      result.append(
        el("label", { text: S.behind }),
        el(
          "ul",
          { attrs: { "data-ind": "behind" } },
          a.behind.map((b) =>
            el("li", {
              text: `${b.row.name}：${b.row.status}，${b.basis === "schedule" ? "慢于序时进度" : "低于目标"}${formatFixed(b.behind, 1)}个百分点`,
            }),
          ),
        ),
      );
    }
  }

  async function run(refresh: boolean): Promise<void> {
    const s = readForm();
    settings = s;
    computeBtn.setAttribute("disabled", "");
    refreshBtn.setAttribute("disabled", "");
    result.textContent = S.working;
    try {
      const c = controller();
      await c.saveSettings(s);
      const confirm = (sheet: string) => ctx.confirm(S.conflict(sheet));
      const r = refresh ? await c.refresh(s, months, confirm) : await c.compute(s, months, confirm);
      const a = r.analysis;
      if (r.declined) {
        renderResult(a);
        ctx.notify(S.declined, "warning");
        return;
      }
      if (!r.written) {
        clear(result);
        const keys = a.problems.length ? a.problems : ["noRows"];
        for (const k of keys)
          result.append(el("p", { className: "ind-track-problem", text: problemText(k) }));
        ctx.notify(problemText(keys[0] as string), "warning");
        return;
      }
      const sheet = r.result?.sheet ?? s.output ?? "";
      renderResult(a);
      ctx.notify(
        "pivots" in r && refresh
          ? S.refreshed(sheet, (r as { pivots: number }).pivots)
          : S.written(sheet, a.rows.length),
        "success",
      );
      ctx.workbookChanged();
    } catch (e) {
      if (isWorkbookError(e) && (e.key === "trackOutputReserved" || e.key === "trackOutputTooLong")) {
        // Refused before anything was written: say why, not "failed".
        clear(result);
        result.append(el("p", { className: "ind-track-problem", text: e.text(ctx.lang) }));
        ctx.notify(e.text(ctx.lang), "warning");
        return;
      }
      const detail = errorText(e);
      clear(result);
      result.append(el("p", { className: "ind-track-problem", text: S.failed(detail) }));
      ctx.notify(S.failed(detail), "error");
    } finally {
      computeBtn.removeAttribute("disabled");
      refreshBtn.removeAttribute("disabled");
    }
  }

  sourceSelect.addEventListener("change", () => {
    void pickSource(sourceSelect.value, false).catch((e) => ctx.notify(S.failed(errorText(e)), "error"));
  });
  periodSelect.addEventListener("change", () => setMonths(Number(periodSelect.value.split(":")[0])));
  computeBtn.addEventListener("click", () => void run(false));
  refreshBtn.addEventListener("click", () => void run(true));
  templateBtn.addEventListener("click", () => {
    void (async () => {
      try {
        const r = await controller().writeTemplate((sheet) => ctx.confirm(S.templateExists(sheet)));
        if (r === "declined") return ctx.notify(S.declined, "warning");
        ctx.workbookChanged();
        ctx.notify(S.templateDone, "success");
        settings = { ...settings, source: "跟踪模板", mapping: undefined };
        await refreshSources();
      } catch (e) {
        ctx.notify(S.failed(errorText(e)), "error");
      }
    })();
  });

  setMonths(months);
  let pending: Promise<void> = refreshSources().catch((e) => ctx.notify(S.failed(errorText(e)), "error"));
  ctx.onWorkbookChanged(() => {
    pending = pending.then(() => refreshSources()).catch((e) => ctx.notify(S.failed(errorText(e)), "error"));
  });

  return {
    ready: () => pending,
    run,
    setMonths,
    elements: {
      sourceSelect,
      periodSelect,
      computeBtn,
      refreshBtn,
      result,
      mappingHost,
      toleranceInput,
      outputInput,
      templateBtn,
    },
  };
}

export const trackView: View = {
  id: "track",
  mount(panel: HTMLElement, ctx: AppContext): void {
    mountTrack(panel, ctx);
  },
};
