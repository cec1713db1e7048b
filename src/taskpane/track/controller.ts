/**
 * The Track view's logic without the DOM: which sheets can be tracked, the detected (and user-corrected) column
 * mapping, remembered settings, the template sheet, compute-and-write with the ownership question, and refresh.
 * The view (`views/track.ts`) only renders this and forwards clicks.
 */
import { parsePeriod, progress } from "../../core/periods";
import {
  detectColumns,
  periodsInMapping,
  TARGETS_SHEET,
  TRACK_SHEET,
  targetsFromSheet,
  nameKey,
  type GridSheet,
  type MappingProblem,
  type TrackMapping,
} from "../../core/track";
import { isIndicatorError } from "../../core/errors";
import { WorkbookError } from "../../workbook/errors";
import { OWNED_SHEETS_KEY, type WorkbookPort } from "../../workbook/types";
import { blockToGrid, loadSheets, runTrack, TEMPLATE_SHEET, type RunResult } from "./run";
import { summarySheetName } from "./spec";

export { TEMPLATE_SHEET };

export const SETTINGS_KEY = "ind.track";

/** Longest output sheet name: Excel allows 31 characters and the summary sheet is "<name>汇总". */
export const MAX_OUTPUT_NAME = 29;

/**
 * Refuse an output sheet that would overwrite the user's data: the template, 年度目标 (listed as the add-in's
 * but holding what the user typed) or the source sheet — also as the summary sheet's name — and a name too long
 * for its summary sheet (checked before anything is written). Excel compares sheet names case-insensitively.
 * @throws WorkbookError trackOutputReserved / trackOutputTooLong
 */
export function checkOutputName(output: string, source: string): void {
  const name = output.trim() || TRACK_SHEET;
  if (name.length > MAX_OUTPUT_NAME)
    throw new WorkbookError("trackOutputTooLong", { sheet: name, max: MAX_OUTPUT_NAME });
  const protectedNames = new Set([TEMPLATE_SHEET, TARGETS_SHEET, source].map((n) => n.toLowerCase()));
  for (const n of [name, summarySheetName(name)]) {
    if (protectedNames.has(n.toLowerCase())) throw new WorkbookError("trackOutputReserved", { sheet: n });
  }
}
export const SELECTION = "__selection__";

export interface TrackSettings {
  /** Source sheet name, or SELECTION for the current selection. */
  source: string;
  mapping?: TrackMapping;
  months?: number;
  tolerance?: number;
  output?: string;
}

/** The period choices of the pane: 1–2月 … 1–12月 plus the named ones (cumulative months). */
export const PERIOD_CHOICES: { label: string; months: number }[] = [
  ...Array.from({ length: 11 }, (_, i) => ({ label: `1-${i + 2}月`, months: i + 2 })),
  { label: "一季度", months: 3 },
  { label: "上半年", months: 6 },
  { label: "前三季度", months: 9 },
  { label: "全年", months: 12 },
];

/** Months of a period label as the pane offers it (null when unreadable or not cumulative from January). */
export function monthsOfChoice(label: string): number | null {
  const p = parsePeriod(label);
  return isIndicatorError(p) || p.from !== 1 ? null : p.to;
}

/** 序时进度 (%) of a period. */
export function scheduleOf(months: number): number {
  const p = progress(months);
  return typeof p === "number" ? p : (months / 12) * 100;
}

/** The common indicators of a bureau tracking sheet, with their usual units. */
export const TEMPLATE_INDICATORS: [string, string][] = [
  ["地区生产总值", "亿元"],
  ["规上工业增加值", "亿元"],
  ["固定资产投资", "亿元"],
  ["社会消费品零售总额", "亿元"],
  ["一般公共预算收入", "亿元"],
  ["城镇常住居民人均可支配收入", "元"],
  ["农村常住居民人均可支配收入", "元"],
  ["城镇新增就业", "万人"],
  ["城镇登记失业率", "%"],
  ["新能源装机", "万千瓦"],
];

export interface Detection {
  sheet: GridSheet | null;
  mapping: TrackMapping | null;
  problems: MappingProblem[];
  periods: number[];
}

export class TrackController {
  constructor(private readonly port: WorkbookPort) {}

  /** Sheets the user can track (not the add-in's own output). */
  async sources(): Promise<string[]> {
    const owned = new Set((await this.port.getSetting<string[]>(OWNED_SHEETS_KEY)) ?? []);
    owned.delete(TEMPLATE_SHEET);
    const names = await this.port.listSheets();
    return names.filter(
      (n) => !owned.has(n) && n !== TRACK_SHEET && n !== TARGETS_SHEET && !n.startsWith("_ind"),
    );
  }

  async loadSettings(): Promise<TrackSettings | undefined> {
    return this.port.getSetting<TrackSettings>(SETTINGS_KEY);
  }

  async saveSettings(s: TrackSettings): Promise<void> {
    await this.port.setSetting(SETTINGS_KEY, s);
  }

  /** The sheet (or selection) as a grid. Null when the selection is empty / not a range, or the sheet is gone. */
  async grid(source: string): Promise<GridSheet | null> {
    if (source === SELECTION) {
      const b = await this.port.readSelection();
      if (!b || b.values.length === 0) return null;
      return blockToGrid(b.sheet, b);
    }
    const names = await this.port.listSheets();
    if (!names.includes(source)) return null;
    return blockToGrid(source, await this.port.readSheet(source));
  }

  async detect(source: string): Promise<Detection> {
    const sheet = await this.grid(source);
    if (!sheet) return { sheet: null, mapping: null, problems: ["noHeader"], periods: [] };
    const d = detectColumns(sheet.grid, sheet.merges);
    return {
      sheet,
      mapping: d.mapping,
      problems: d.problems,
      periods: d.mapping ? periodsInMapping(d.mapping.columns) : [],
    };
  }

  /**
   * Compute and write. On a sheet the add-in does not own, ask (`confirm`) before replacing it; a "no" writes
   * nothing. Returns the run and whether it was written.
   */
  async compute(
    s: TrackSettings,
    months: number,
    confirm: (sheet: string) => Promise<boolean>,
  ): Promise<RunResult & { written: boolean; declined: boolean }> {
    let sheets: GridSheet[] | undefined;
    let sourceName = s.source;
    if (s.source === SELECTION) {
      const sel = await this.grid(SELECTION);
      if (!sel) {
        const empty = await runTrack(this.port, { months, sheets: [], sheet: "" });
        return { ...empty, written: false, declined: false };
      }
      const others = (await loadSheets(this.port, s.output)).filter((g) => g.name !== sel.name);
      sheets = [sel, ...others];
      sourceName = sel.name;
    }
    checkOutputName(s.output ?? "", sourceName);
    const base = {
      months,
      sheet: sourceName,
      mapping: s.mapping,
      tolerance: s.tolerance,
      outputSheet: s.output,
      sheets,
    };
    let run = await runTrack(this.port, base);
    let replaceForeign = false;
    if (run.result?.status === "conflict") {
      if (!(await confirm(run.result.sheet))) return { ...run, written: false, declined: true };
      replaceForeign = true;
      run = await runTrack(this.port, { ...base, replaceForeign });
    }
    if (run.summaryResult?.status === "conflict") {
      // The tracking sheet is written; the summary sheet's name is taken by a sheet that is not ours.
      if (await confirm(run.summaryResult.sheet)) {
        run = await runTrack(this.port, { ...base, replaceForeign, replaceForeignSummary: true });
      }
    }
    return { ...run, written: run.result?.status === "written", declined: false };
  }

  /** 刷新: recompute the tracking sheet and refresh every PivotTable; returns the run and the pivot count. */
  async refresh(
    s: TrackSettings,
    months: number,
    confirm: (sheet: string) => Promise<boolean>,
  ): Promise<RunResult & { written: boolean; declined: boolean; pivots: number }> {
    const run = await this.compute(s, months, confirm);
    const pivots = run.written ? await this.port.refreshPivots() : 0;
    return { ...run, pivots };
  }

  /**
   * 从模板开始: a standard sheet with the common indicators and any targets from 年度目标, for the user to fill.
   * Asks before regenerating an existing template (it would clear what was typed in).
   */
  async writeTemplate(confirm: (sheet: string) => Promise<boolean>): Promise<"written" | "declined"> {
    const names = await this.port.listSheets();
    if (names.includes(TEMPLATE_SHEET) && !(await confirm(TEMPLATE_SHEET))) return "declined";
    const targets = names.includes(TARGETS_SHEET)
      ? targetsFromSheet((await this.port.readSheet(TARGETS_SHEET)).values)
      : new Map<string, string>();
    const rows = TEMPLATE_INDICATORS.map(([name, unit]) => [
      name,
      unit,
      null,
      targets.get(nameKey(name)) ?? null,
      null,
      null,
      null,
    ]);
    for (const [key, text] of targets) {
      if (!TEMPLATE_INDICATORS.some(([n]) => nameKey(n) === key))
        rows.push([key, null, null, text, null, null, null]);
    }
    const spec = {
      sheet: TEMPLATE_SHEET,
      title: ["跟踪模板：填写单位、上年全年、本年累计、上年同期（或公布的增速），年度目标可由“读取”导入"],
      tables: [
        {
          name: "跟踪模板",
          header: ["指标名称", "单位", "上年全年", "年度目标", "本年累计", "上年同期", "增速(%)"],
          rows,
        },
      ],
      activate: true,
    };
    const res = await this.port.writeSheet(spec);
    if (res.status === "conflict") {
      if (!(await confirm(TEMPLATE_SHEET))) return "declined";
      await this.port.writeSheet({ ...spec, replaceForeign: true });
    }
    return "written";
  }
}
