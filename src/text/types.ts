/**
 * @summary 指标记录 / the indicator record the Read engine produces
 *
 * One record per statement about one indicator, in the format of `shared/reports/README.md` (the sample
 * reports' `*.records.jsonl`). Field order here is the order the command line prints.
 */

export type RecordKind = "actual" | "estimate" | "target" | "other";

export type Metric =
  | "level"
  | "growth"
  | "cagr"
  | "pp_change"
  | "abs_change"
  | "share"
  | "multiple"
  | "completion"
  | "rank"
  | "structure";

export interface IndicatorRecord {
  file?: string;
  /** 1-based line of the original text. */
  line: number;
  /** The clause carrying the statement: an exact substring of the original line. */
  quote: string;
  indicator: string;
  /** True when the subject was resolved from context (分别…和…, 均…, a carried subject). */
  indicator_implicit: boolean;
  kind: RecordKind;
  /** "2023", or null when the text gives no way to tell. */
  period: string | null;
  metric: Metric;
  /** Number; array for a structure; null for an `x` placeholder. Declines are negative (下降25% → −25). */
  value: number | (number | null)[] | null;
  /** Unit as written ("亿元", "%", "个百分点", "位"), or null. */
  unit: string | null;
  /** 左右, 以上, 以内, 以下, 超过, 突破, 近, 约, 余, 多 … as written (不低于/至少 → 以上). */
  qualifier: string | null;
  /** For ranks and comparisons: "全区", "全国", "上年". */
  scope: string | null;
  /** For 排名上升3位 → +3, 后退2位 → −2. */
  rank_change?: number;
  /** True for an `x` slot. */
  placeholder?: true;
  /** Upper end of a range (6%-7% → value 6, range [6, 7]). */
  range?: [number, number];
  /** A judgment the engine made ("missing % sign", "written 七成"). */
  note?: string;
}

/** Where a record's quote sits in the original text (for highlighting in the Read view). */
export interface RecordSpan {
  /** 0-based offsets of the quote inside its original line. */
  quoteStart: number;
  quoteEnd: number;
  /** 0-based offsets of the number itself inside its original line. */
  valueStart: number;
  valueEnd: number;
}

export interface ExtractOptions {
  /** Written into each record's `file` field. */
  file?: string;
  /** Traditional → simplified converter (see `prepare` in `opencc.ts`); without it traditional text is read as is. */
  convert?: (text: string) => string;
  /** The report year when the text does not say (results are this year, targets next year). */
  reportYear?: number;
}
