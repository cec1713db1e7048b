/**
 * The tracking sheet as a SheetSpec (no DOM, no Office: the task pane and the command line both write it).
 *
 * - 指标跟踪 table: one row per indicator; live formulas where the figure should follow the data (本年累计,
 *   上年同期, 增速 via `IND.GROWTH` or the published cell, 差距, 完成进度, 后期需增长 all reference the source cells),
 *   each with the value it has now; the status column coloured by `statusFormats`; a clustered column chart of
 *   增速 vs 目标增速 by indicator.
 * - 同级位次 table (when the workbook has a peer sheet): regions × indicators, growth (linked), 位次, 位次变化
 *   (+ = 前移) and 总量位次; the reference row (全盟) first, as given, not ranked.
 * - 地区表述: one standard sentence per region and indicator.
 * - the summary sheet ({@link buildSummarySheet}): 落后指标 and the statuses by category (a PivotTable in Excel).
 * Statuses are values (recomputed by 刷新), because the tolerance rules are the add-in's, not Excel's.
 */
import { cellAddress, sheetRef } from "../../workbook/address";
import type { FormulaCell, OutputCell, PivotSpec, SheetSpec, TableSpec } from "../../workbook/types";
import { formatFixed } from "../../core/round";
import { progress } from "../../core/periods";
import { isIndicatorError } from "../../core/errors";
import { formatMessage } from "../../core/messages";
import { phrase } from "../../text/phrase";
import {
  DEFAULT_LEVEL_TOLERANCE,
  DEFAULT_TOLERANCE,
  periodLabel,
  TRACK_SHEET,
  peerCellAt,
  type GridSheet,
  type PeerTable,
  type TrackAnalysis,
  type TrackRow,
} from "../../core/track";

export const STATUS_FILLS: Record<string, string> = {
  达标: "#C6EFCE",
  基本达标: "#FFEB9C",
  未达标: "#FFC7CE",
  缺少目标: "#D9D9D9",
  目标无法识别: "#D9D9D9",
  上年同期为负: "#D9D9D9",
  上年同期为0: "#D9D9D9",
  非数值: "#D9D9D9",
  重复指标: "#D9D9D9",
  单位不明: "#D9D9D9",
  本期无数据: "#D9D9D9",
};

export const TRACK_HEADER = [
  "指标",
  "类别",
  "单位",
  "数据期",
  "本年累计",
  "上年同期",
  "增速(%)",
  "年度目标",
  "目标增速(%)",
  "差距",
  "差距单位",
  "完成进度(%)",
  "序时进度(%)",
  "后期需增长(%)",
  "状态",
  "说明",
] as const;
export const COL = Object.fromEntries(TRACK_HEADER.map((h, i) => [h, i])) as Record<
  (typeof TRACK_HEADER)[number],
  number
>;

export interface SpecOptions {
  sheet?: string;
  tolerance?: number;
  levelTolerance?: number;
}

function lit(x: number): string {
  return String(Number(x.toPrecision(15)));
}

function refIn(s: GridSheet, row: number, col: number): string {
  return `${sheetRef(s.name)}!${cellAddress((s.top ?? 0) + row, (s.left ?? 0) + col)}`;
}

function peerRef(s: GridSheet, table: PeerTable, regionRow: number, column: number): string {
  const at = peerCellAt(table, regionRow, column);
  return refIn(s, at.row, at.col);
}

function f(formula: string, value: number | null): FormulaCell | null {
  return value === null ? null : { formula, value };
}

function trackRow(a: TrackAnalysis, s: GridSheet, r: TrackRow): OutputCell[] {
  const input = a.inputs.find((i) => i.row === r.row);
  const c = input?.cols ?? { current: null, prior: null, growth: null, priorFull: null };
  const ref = (col: number | null) => (col === null ? null : refIn(s, r.row, col));
  const cur = ref(c.current);
  const pri = ref(c.prior);
  const full = ref(c.priorFull);
  const growthExpr =
    r.growthSource === "published"
      ? ref(c.growth)
      : r.growthSource === "levels" && cur && pri
        ? `IND.GROWTH(${cur},${pri})`
        : null;
  const out: OutputCell[] = new Array(TRACK_HEADER.length).fill(null);
  out[COL.指标] = r.name;
  out[COL.类别] = r.category;
  out[COL.单位] = r.unit || null;
  out[COL.数据期] = r.months === null ? null : periodLabel(r.months);
  out[COL.本年累计] = cur && r.current !== null ? f(`=${cur}`, r.current) : (input?.current ?? null);
  out[COL.上年同期] = pri && r.prior !== null ? f(`=${pri}`, r.prior) : (input?.prior ?? null);
  out[COL["增速(%)"]] = growthExpr && r.growth !== null ? f(`=${growthExpr}`, r.growth) : r.growthWord;
  out[COL.年度目标] = r.targetText || null;
  const t = r.target;
  if (t && t.kind === "growth") out[COL["目标增速(%)"]] = t.value;
  if (t && r.gap !== null) {
    if (t.kind === "growth" && growthExpr) out[COL.差距] = f(`=${growthExpr}-${lit(t.value)}`, r.gap);
    else if (t.kind === "rate" && cur) out[COL.差距] = f(`=${cur}-${lit(t.value)}`, r.gap);
    else if (t.kind === "level" && cur && r.current !== null) {
      const T = r.current - r.gap;
      out[COL.差距] = f(`=${cur}-${lit(T)}`, r.gap);
    } else out[COL.差距] = r.gap;
    out[COL.差距单位] = r.gapUnit;
  }
  if (r.completion !== null && cur && r.current !== null) {
    const T = r.current - (r.gap ?? 0);
    out[COL["完成进度(%)"]] = f(`=${cur}/${lit(T)}*100`, r.completion);
    out[COL["序时进度(%)"]] = r.schedule;
  }
  if (r.needed !== null && t) {
    const m = r.months ?? a.months;
    if (r.neededMethod === "levels" && cur && pri && full) {
      const goal =
        t.kind === "level" && r.current !== null
          ? lit(r.current - (r.gap ?? 0))
          : `${full}*(1+${lit(t.value)}/100)`;
      out[COL["后期需增长(%)"]] = f(`=(${goal}-${cur})/(${full}-${pri})*100-100`, r.needed);
    } else if (r.neededMethod === "rates" && growthExpr) {
      out[COL["后期需增长(%)"]] = f(
        `=((1+${lit(t.value)}/100)-${m}/12*(1+${growthExpr}/100))/(1-${m}/12)*100-100`,
        r.needed,
      );
    } else out[COL["后期需增长(%)"]] = r.needed;
  }
  out[COL.状态] = r.status;
  const notes: string[] = [];
  if (r.problems.length > 1) notes.push(r.problems.slice(1).join("、"));
  if (r.growthSource === "published") notes.push("增速为公布数（可比价）");
  if (r.months !== null && r.months !== a.months) notes.push(`本期无数据，用${periodLabel(r.months)}`);
  if (input?.targetSource === "targetsSheet") notes.push("目标取自年度目标表");
  if (r.neededMethod === "rates") notes.push("后期需增长按各月等权近似");
  out[COL.说明] = notes.length ? notes.join("；") : null;
  return out;
}

function peerTables(a: TrackAnalysis): TableSpec[] {
  const ps = a.peerSheet;
  const table = a.peerTable;
  if (!ps || !table || a.peers.length === 0) return [];
  const header = ["地区"];
  for (const p of a.peers) {
    header.push(`${p.indicator}增速(%)`, `${p.indicator}位次`, `${p.indicator}位次变化`);
    if (p.levelColumn !== null) header.push(`${p.indicator}总量位次`);
  }
  const rows: OutputCell[][] = [];
  const ref = table.reference;
  if (ref) {
    const row: OutputCell[] = [ref.name];
    for (const p of a.peers) {
      const g = p.reference?.growth ?? null;
      row.push(
        p.growthColumn !== null && g !== null
          ? f(`=${peerRef(ps, table, ref.row, p.growthColumn)}`, g)
          : null,
        null,
        null,
      );
      if (p.levelColumn !== null) row.push(null);
    }
    rows.push(row);
  }
  table.regions.forEach((reg, i) => {
    const row: OutputCell[] = [reg.name];
    for (const p of a.peers) {
      const x = p.ranks[i];
      const g = x?.growth ?? null;
      row.push(
        p.growthColumn !== null && g !== null
          ? f(`=${peerRef(ps, table, reg.row, p.growthColumn)}`, g)
          : (x?.growthWord ?? null),
        x?.growthRank ?? (p.growthColumn !== null ? "不参与排位" : null),
        x?.change ?? null,
      );
      if (p.levelColumn !== null) row.push(x?.levelRank ?? "不参与排位");
    }
    rows.push(row);
  });
  const numberFormats = header.map((h) => (h.endsWith("增速(%)") ? "0.0" : null));
  const scope = ref?.name ?? "";
  const label = periodLabel(a.months);
  const sentences: OutputCell[][] = [];
  for (const p of a.peers) {
    if (p.growthColumn === null) continue;
    const prevLabel =
      p.previousMonths === null
        ? undefined
        : p.previousMonths === a.months - 1
          ? "上月"
          : periodLabel(p.previousMonths);
    for (const x of p.ranks) {
      sentences.push([
        x.region,
        p.indicator,
        regionSentence(label, x, p.indicator, p.reference?.growth ?? null, scope, prevLabel),
      ]);
    }
  }
  return [
    { name: "同级位次", header, rows, numberFormats },
    { name: "地区表述", header: ["地区", "指标", "表述"], rows: sentences },
  ];
}

/** The tracking sheet for an analysis (see the file comment). */
export function buildTrackSheet(a: TrackAnalysis, options: SpecOptions = {}): SheetSpec {
  const s = a.sheet;
  const rows = s ? a.rows.map((r) => trackRow(a, s, r)) : [];
  const label = periodLabel(a.months);
  const sched = progress(a.months);
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const lvl = options.levelTolerance ?? DEFAULT_LEVEL_TOLERANCE;
  const title = [
    `指标跟踪（${label}）`,
    `数据：${s ? s.name : "—"}${a.peerSheet ? `、${a.peerSheet.name}` : ""}；序时进度${typeof sched === "number" ? formatFixed(sched, 1) : "—"}%；达标${a.counts.达标 ?? 0}项，基本达标${a.counts.基本达标 ?? 0}项，未达标${a.counts.未达标 ?? 0}项`,
    `判定：增速、比率目标按公布精度（1位小数）比较，“左右”目标允许低于目标${formatFixed(tol, 1)}个百分点为基本达标；总量目标比较完成进度与序时进度，落后不超过${formatFixed(lvl, 1)}个百分点为基本达标`,
  ];
  if (a.sample) title.push("示例数据：源表中的数值为演示数据，不是官方统计");
  const numberFormats: (string | null)[] = TRACK_HEADER.map(() => null);
  for (const h of ["增速(%)", "目标增速(%)", "完成进度(%)", "序时进度(%)", "后期需增长(%)"] as const)
    numberFormats[COL[h]] = "0.0";
  numberFormats[COL.差距] = "0.00";
  const main: TableSpec = {
    name: "指标跟踪",
    header: [...TRACK_HEADER],
    rows,
    numberFormats,
    statusFormats: [{ column: COL.状态, fills: STATUS_FILLS }],
    chart: {
      type: "columnClustered",
      title: `增速与目标（${label}）`,
      categoryColumn: COL.指标,
      seriesColumns: [COL["增速(%)"], COL["目标增速(%)"]],
    },
  };
  return {
    sheet: options.sheet?.trim() || TRACK_SHEET,
    title,
    tables: [main, ...peerTables(a)],
    activate: true,
  };
}

/** The summary sheet's name for a tracking sheet: 跟踪汇总 for 指标跟踪, else "<name>汇总". */
export function summarySheetName(trackSheet: string): string {
  return trackSheet === TRACK_SHEET ? "跟踪汇总" : `${trackSheet}汇总`;
}

/**
 * The managers' one-screen summary: counts of 达标 / 基本达标 / 未达标 by category (a native PivotTable on the
 * tracking table in Excel, a computed table elsewhere) and the indicators furthest behind target or schedule.
 * @param sourceTable the tracking table's name as written (WriteResult)
 */
export function buildSummarySheet(a: TrackAnalysis, trackSheet: string, sourceTable: string): SheetSpec {
  const label = periodLabel(a.months);
  const c = a.counts;
  const behind: TableSpec = {
    name: "落后指标",
    header: ["指标", "状态", "落后(百分点)", "依据"],
    rows: a.behind.map((b) => [
      b.row.name,
      b.row.status,
      b.behind,
      b.basis === "schedule" ? "序时进度" : "目标",
    ]),
    numberFormats: [null, null, "0.0", null],
  };
  const pivots: PivotSpec[] = [
    {
      name: "达标情况",
      sourceTable,
      rows: ["类别"],
      columns: ["状态"],
      values: [{ field: "指标", summarize: "count" }],
    },
  ];
  return {
    sheet: summarySheetName(trackSheet),
    title: [
      `跟踪汇总（${label}）`,
      `达标${c.达标 ?? 0}项，基本达标${c.基本达标 ?? 0}项，未达标${c.未达标 ?? 0}项，其他${a.rows.length - (c.达标 ?? 0) - (c.基本达标 ?? 0) - (c.未达标 ?? 0)}项；明细见“${trackSheet}”`,
      ...(a.sample ? ["示例数据：源表中的数值为演示数据，不是官方统计"] : []),
    ],
    tables: [behind],
    pivots,
  };
}

/**
 * The standard sentence for one region and indicator, from the one sentence generator (src/text/phrase).
 * A region without a comparable rate is not ranked; a figure the wording refuses says why, never a gap.
 */
export function regionSentence(
  label: string,
  x: {
    region: string;
    growth: number | null;
    growthRank: number | null;
    tied: boolean;
    previousRank: number | null;
  },
  indicator: string,
  reference: number | null,
  scope: string,
  previousLabel: string | undefined,
): string {
  if (x.growth === null || !Number.isFinite(x.growth))
    return `${label}，${x.region}${indicator}不计算增速，不参与排位`;
  const text = phrase({
    indicator,
    region: x.region,
    period: label,
    growth: x.growth,
    ...(reference !== null && Number.isFinite(reference) ? { reference } : {}),
    scope,
    ...(x.growthRank ? { rank: x.growthRank, tied: x.tied } : {}),
    ...(x.growthRank && x.previousRank
      ? { previousRank: x.previousRank, previousRankLabel: previousLabel ?? "上月" }
      : {}),
  });
  return isIndicatorError(text)
    ? `${label}，${x.region}${indicator}：${formatMessage(text.key, "zh", text.params)}`
    : text;
}
