/**
 * Types of the tracking computation (pure). A sheet or selection is read as a grid of cell values; a
 * {@link TrackMapping} says what each column holds (detected from the header text, corrected by the user);
 * {@link computeTrack} turns the rows into {@link TrackRow}s for one cumulative period.
 */

/** A cell as the tracking code reads it (the workbook's CellValue, without importing the workbook layer). */
export type GridValue = string | number | boolean | null;

export type ColumnRole =
  | "name"
  | "unit"
  | "target"
  /** 上年全年 / 2023年实绩: the prior year's full-year level (for the growth still needed). */
  | "priorFull"
  /** 本年累计 level for a period. */
  | "current"
  /** 上年同期 level for a period. */
  | "prior"
  /** Published cumulative growth (%) for a period: GDP and 规上工业 at comparable prices. */
  | "growth"
  | "ignore";

export interface ColumnMapping {
  /** Zero-based column within the grid. */
  column: number;
  /** The header text as read (group and sub-header joined with "/"). */
  header: string;
  role: ColumnRole;
  /** Cumulative months of the period for current/prior/growth; null = "the period the user picks". */
  months: number | null;
}

export interface TrackMapping {
  /** Zero-based grid rows of the header (one or two rows). */
  headerRows: number[];
  /** Zero-based grid row of the first indicator. */
  firstDataRow: number;
  columns: ColumnMapping[];
}

/** What the detection could not find, as message keys (the UI and CLI word them). */
export type MappingProblem = "noHeader" | "noNameColumn" | "noValueColumns";

export interface DetectResult {
  mapping: TrackMapping | null;
  problems: MappingProblem[];
}

/** Per-row statuses: a verdict against the target, or why there is none. */
export type TrackStatus =
  | "达标"
  | "基本达标"
  | "未达标"
  | "缺少目标"
  | "目标无法识别"
  | "上年同期为负"
  | "上年同期为0"
  | "非数值"
  | "重复指标"
  | "单位不明"
  | "本期无数据";

export const VERDICTS: readonly TrackStatus[] = ["达标", "基本达标", "未达标"];

/** One indicator row as read from the grid, for one period (values may be text when the cell is not a number). */
export interface IndicatorInput {
  /** Zero-based grid row. */
  row: number;
  name: string;
  unit: string;
  targetText: string;
  /** Where the target came from: the row's own column or the 年度目标 sheet. */
  targetSource: "column" | "targetsSheet" | null;
  priorFull: GridValue;
  /** The period actually used (the picked one, or the latest earlier one with data: quarterly indicators). */
  months: number | null;
  current: GridValue;
  prior: GridValue;
  growth: GridValue;
  /** Grid columns of the values used (for live formulas); null when absent. */
  cols: { current: number | null; prior: number | null; growth: number | null; priorFull: number | null };
}

export interface ParsedTarget {
  value: number;
  /** The unit as written ("%", "亿元", "万人"). */
  unit: string;
  qualifier: string | null;
  /** 1 higher is better, −1 lower is better. */
  direction: 1 | -1;
  /** "growth": a growth rate target; "rate": a level that is itself a rate (失业率 5%以内); "level": an amount. */
  kind: "growth" | "rate" | "level";
}

export interface TrackRow {
  row: number;
  name: string;
  unit: string;
  targetText: string;
  target: ParsedTarget | null;
  /** Cumulative months of the figures shown (may be earlier than the picked period for quarterly data). */
  months: number | null;
  current: number | null;
  prior: number | null;
  /** Growth in % (published where given, else from levels); null when not computable. */
  growth: number | null;
  /** Where the growth came from. */
  growthSource: "published" | "levels" | null;
  /** Word instead of a rate (扭亏, 减亏, 增亏, 由盈转亏, —) when the base is not positive. */
  growthWord: string | null;
  /** Actual − target: 百分点 for growth and rate targets, the row's unit for level targets. */
  gap: number | null;
  gapUnit: "百分点" | string | null;
  /** Level targets: completion % of the annual target, and 序时进度 %. */
  completion: number | null;
  schedule: number | null;
  /** Growth still needed in the remaining months (%) to reach the annual target. */
  needed: number | null;
  /** How `needed` was computed: from levels (T30) or from rates with equal monthly weights (T31). */
  neededMethod: "levels" | "rates" | null;
  status: TrackStatus;
  /** All problems found on the row (the status shows the first). */
  problems: TrackStatus[];
  /** Category for the summary (经济增长 / 投资 / 消费 / 财政 / 收入 / 就业 / 能源 / 其他). */
  category: string;
}
