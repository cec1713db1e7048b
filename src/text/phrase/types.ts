/**
 * One indicator row as the sentence generator reads it. Rates are in percent units (6.1 means 6.1%); every
 * field except `indicator` is optional, and a clause is written only when its inputs are present.
 */
import type { RateKind, WordingLang } from "../../core/wording";

export interface PhraseRow {
  /** 指标 as written: "规上工业增加值". */
  indicator: string;
  /** The region the row is about, as the subject of the sentence: "全旗". */
  region?: string;
  /** Period label as it should read: "1-10月", "1—10月份", "前三季度". */
  period?: string;

  /** 总量 and its unit: 35.6, "亿元". */
  level?: number;
  unit?: string;
  /** Decimals of the level; default by unit (元 0, 亿元 2, else 1). */
  levelDigits?: number;
  /** Verb before the level instead of 完成 (为 for %): "实现", "达到". */
  levelVerb?: string;

  /** Growth in %, or a status word from IND.GROWTH (扭亏, 减亏, 增亏, 由盈转亏, —). */
  growth?: number | string;
  /** "growth" (default, 增长/下降) or "price" (上涨/下降). */
  kind?: RateKind;
  /** "同比" by default; "" to omit (e.g. 比上年). */
  basis?: string;
  /** Decimals of rates and 百分点: 1 by default, 2 for 环比. */
  digits?: number;

  /** Growth of the earlier period and its label ("1—9月份"). */
  previousGrowth?: number;
  previousLabel?: string;
  /** On a sign change: state the earlier figure (default) or say 由负转正. */
  signChange?: "figure" | "turn";

  /**
   * Several references at once ("分别高于全国、全省2.2个和1.7个百分点"); used instead of `reference` when given.
   */
  references?: { name: string; value: number }[];
  /** Real growth in % beside a nominal `growth` ("名义增长10.1%，扣除价格因素实际增长8.6%"). */
  realGrowth?: number;
  /** A caliber note after the growth: "按可比价格计算" → "（按可比价格计算）". */
  note?: string;
  /** The reference group's own rate (an aggregate, METHODS.md §1.16) and its name; the name defaults to "{scope}平均". */
  reference?: number;
  referenceName?: string;

  /** Rank among peers, whether it is shared, and the peer scope ("全盟"). */
  rank?: number;
  tied?: boolean;
  scope?: string;
  /** Rank in the earlier period; worded 前移/后退 (or 提升/下降 with rankStyle "rise"). */
  previousRank?: number;
  rankStyle?: "move" | "rise";
  /** Label for the rank comparison; defaults to previousLabel. */
  previousRankLabel?: string;

  /**
   * Target rate in % and how it was written ("6%左右"), its qualifier and direction. With only `targetText`
   * ("增长6%左右", "控制在3%以内") the target is parsed from the text.
   */
  target?: number;
  targetText?: string;
  qualifier?: string;
  /** 1 higher is better, −1 lower is better; default from the qualifier (以内/以下 → −1), and −1 for kind "price". */
  direction?: 1 | -1;
  tolerance?: number;
  /** What the target is compared with: the growth (default) or the level (a rate such as 失业率 5%以内). */
  targetOn?: "growth" | "level";

  /** 完成年度目标 % and 序时进度 %. */
  completion?: number;
  progress?: number;
}

export interface PhraseOptions {
  lang?: WordingLang;
}
