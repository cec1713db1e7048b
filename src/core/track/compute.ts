/**
 * @summary 指标跟踪计算 / the tracking computation for one period
 *
 * For each indicator row (see {@link readInputs}) and the period it uses (cumulative months m):
 * - growth: the published cumulative rate when the row has one (地区生产总值 and 规上工业 are at comparable prices
 *   and cannot be recomputed from current-price levels, METHODS.md §1.5), else (本年累计 / 上年同期 − 1) × 100 via
 *   {@link growth}; a base ≤ 0 gives no rate but a word (扭亏, 增亏, …, "—") and the row status 上年同期为负/为0. A row
 *   whose unit is % (失业率) is a rate itself: no growth.
 * - target: {@link parseTarget} on the target text; a bare % target on a row that is not a % row is a growth
 *   target ("15%以上" for 固定资产投资). A change target on a rate ("提高1个百分点", or 提高/下降 with % on a % row)
 *   is compared with the change 本年累计 − 上年同期 in 百分点 (no prior → no verdict). Growth and rate targets: gap = actual − target in 百分点 and the status by
 *   {@link onTrack} (qualifier and direction; a 左右 shortfall up to `tolerance` 百分点 is 基本达标). Level targets
 *   ("450亿元以上"): converted to the row's unit; completion = 本年累计 / 目标 × 100 against 序时进度 = m / 12 × 100
 *   (T24, T25); gap = 本年累计 − 目标 in the row's unit; status: completion at or ahead of the schedule is 达标, behind
 *   by at most `levelTolerance` 百分点 基本达标, else 未达标 (lower-is-better level targets the other way round).
 * - growth still needed in the remaining months (METHODS.md §1.12): from levels when the prior year's full-year
 *   level is known and the growth is not a published comparable-price rate: ((T − C) / (B_full − B_done) − 1) × 100,
 *   T = B_full × (1 + target/100) for a growth target or the target itself for a level target (T30); otherwise from
 *   rates with equal monthly weights w = m / 12: ([(1 + g_t) − w(1 + g)] / (1 − w) − 1) × 100 (T31).
 * - problems: text in a number cell 非数值, a name used twice 重复指标, an unknown unit where it matters 单位不明, no
 *   figure 本期无数据, no target 缺少目标, a target without a figure 目标无法识别. The status is the first problem, else
 *   the verdict. Nothing is rounded here: values are raw, rounding happens at display.
 *
 * @example computeTrack([input("固定资产投资","亿元","增长15%以上", 426.3, 376.9)], { months: 10 })[0].status // => "未达标"
 */
import { isIndicatorError } from "../errors";
import { completion as completionOf } from "../completion";
import { growth as growthRate } from "../growth";
import { needed as neededFromRates, neededFromLevels } from "../needed";
import { progress } from "../periods";
import { roundHalfAway } from "../round";
import { onTrack, parseTarget, type Target } from "../target";
import { convert, lookupUnit } from "../units";
import { readNumberCell, type NumberRead } from "./grid";
import { nameKey } from "./inputs";
import type { IndicatorInput, ParsedTarget, TrackRow, TrackStatus } from "./types";

export interface TrackOptions {
  /** The picked period: cumulative months 1…12. */
  months: number;
  /** 左右 targets: a shortfall up to this many 百分点 is 基本达标 (no official band exists; default 0.5). */
  tolerance?: number;
  /** Level targets: completion behind 序时进度 by up to this many 百分点 is 基本达标 (default 2). */
  levelTolerance?: number;
}

export const DEFAULT_TOLERANCE = 0.5;
export const DEFAULT_LEVEL_TOLERANCE = 2;

/** Order in which problems decide the status. */
const PROBLEM_ORDER: TrackStatus[] = [
  "非数值",
  "重复指标",
  "上年同期为负",
  "上年同期为0",
  "单位不明",
  "本期无数据",
  "缺少目标",
  "目标无法识别",
];

const CATEGORIES: [RegExp, string][] = [
  [/生产总值|GDP|增加值/i, "经济增长"],
  [/预算收入|财政|税收|预算支出/, "财政"],
  [/可支配收入|居民收入|工资/, "居民收入"],
  [/投资|项目/, "投资"],
  [/零售|消费|销售/, "消费"],
  [/就业|失业/, "就业"],
  [/煤|电|能源|装机|油|气/, "能源"],
  [/进出口|外贸|口岸/, "外贸"],
];

export function categoryOf(name: string): string {
  for (const [re, c] of CATEGORIES) if (re.test(name)) return c;
  return "其他";
}

function asVerdict(s: string): TrackStatus | null {
  return s === "达标" || s === "基本达标" || s === "未达标" ? s : null;
}

function num(r: NumberRead): number | null {
  return r.kind === "number" ? r.value : null;
}

function toParsed(t: Target, rowUnit: string): ParsedTarget {
  const pctRow = rowUnit.trim() === "%";
  let kind: ParsedTarget["kind"] = t.metric;
  if (t.metric === "rate" && t.unit === "%" && !pctRow) kind = "growth";
  if (t.metric === "growth" && pctRow) kind = "rate";
  return { value: t.value, unit: t.unit, qualifier: t.qualifier, direction: t.direction, kind };
}

/** Compute every row; rows are independent except for the duplicate-name check. */
export function computeTrack(inputs: readonly IndicatorInput[], options: TrackOptions): TrackRow[] {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const levelTolerance = options.levelTolerance ?? DEFAULT_LEVEL_TOLERANCE;
  const counts = new Map<string, number>();
  for (const i of inputs) counts.set(nameKey(i.name), (counts.get(nameKey(i.name)) ?? 0) + 1);
  // Targets repeat across rows ("增长6%左右"): parse each distinct text once.
  const memo = new Map<string, ReturnType<typeof parseTarget>>();
  const parse = (text: string) => {
    let t = memo.get(text);
    if (t === undefined) {
      t = parseTarget(text);
      memo.set(text, t);
    }
    return t;
  };
  return inputs.map((i) =>
    computeRow(i, options.months, tolerance, levelTolerance, (counts.get(nameKey(i.name)) ?? 0) > 1, parse),
  );
}

function computeRow(
  i: IndicatorInput,
  pickedMonths: number,
  tolerance: number,
  levelTolerance: number,
  duplicate: boolean,
  parse: (text: string) => ReturnType<typeof parseTarget> = parseTarget,
): TrackRow {
  const problems = new Set<TrackStatus>();
  if (duplicate) problems.add("重复指标");
  const months = i.months;
  const curR = readNumberCell(i.current);
  const priR = readNumberCell(i.prior);
  const groR = readNumberCell(i.growth);
  const fullR = readNumberCell(i.priorFull);
  for (const r of [curR, priR, groR, fullR]) if (r.kind === "text") problems.add("非数值");
  const current = num(curR);
  const prior = num(priR);
  const priorFull = num(fullR);
  const unit = i.unit.trim();
  const pctRow = unit === "%";
  const unitKnown = unit !== "" && lookupUnit(unit) !== null;

  let g: number | null = null;
  let growthSource: TrackRow["growthSource"] = null;
  let growthWord: string | null = null;
  const published = num(groR);
  if (published !== null) {
    g = published;
    growthSource = "published";
  } else if (groR.kind === "dash") {
    growthWord = "—";
  } else if (!pctRow && current !== null && prior !== null) {
    const r = growthRate(current, prior);
    if (typeof r === "number") {
      g = r;
      growthSource = "levels";
    } else {
      growthWord = r;
      if (prior < 0) problems.add("上年同期为负");
      if (prior === 0) problems.add("上年同期为0");
    }
  }
  if (months === null || (current === null && g === null && growthWord === null)) problems.add("本期无数据");

  let target: ParsedTarget | null = null;
  let changeTarget = false;
  if (!i.targetText.trim()) problems.add("缺少目标");
  else {
    const t = parse(i.targetText);
    if (isIndicatorError(t)) problems.add("目标无法识别");
    else {
      target = toParsed(t, unit);
      // A change target on a rate: "提高1个百分点", or an up/down verb with % on a % row ("城镇化率提高1%以上").
      changeTarget = target.kind === "rate" && (/百分点$/.test(t.unit) || (pctRow && t.metric === "growth"));
    }
  }

  let gap: number | null = null;
  let gapUnit: TrackRow["gapUnit"] = null;
  let completion: number | null = null;
  let schedule: number | null = null;
  let needed: number | null = null;
  let neededMethod: TrackRow["neededMethod"] = null;
  let verdict: TrackStatus | null = null;
  const m = months ?? pickedMonths;
  const sched = progress(m);
  const schedulePct = typeof sched === "number" ? sched : (m / 12) * 100;

  if (target && target.kind !== "level") {
    // A change target on a rate ("提高1个百分点", "城镇化率提高1%以上" on a % row) is met by the change
    // current − prior in 百分点 (METHODS.md §1.7, §1.13), not by the level; no prior → no verdict.
    const actual = changeTarget
      ? current !== null && prior !== null
        ? current - prior
        : null
      : target.kind === "rate"
        ? current
        : g;
    if (actual !== null) {
      gap = actual - target.value;
      gapUnit = "百分点";
      const s = onTrack(actual, { ...target, metric: target.kind }, { tolerance });
      if (!isIndicatorError(s)) verdict = asVerdict(s);
    }
    if (target.kind === "growth" && m < 12) {
      const levelsOk =
        growthSource !== "published" &&
        priorFull !== null &&
        prior !== null &&
        current !== null &&
        priorFull > prior &&
        prior > 0;
      if (levelsOk) {
        const r = neededFromLevels(priorFull as number, target.value, current as number, prior as number);
        if (typeof r === "number") {
          needed = r;
          neededMethod = "levels";
        }
      } else if (g !== null) {
        const r = neededFromRates(target.value, g, m / 12);
        if (typeof r === "number") {
          needed = r;
          neededMethod = "rates";
        }
      }
    }
  } else if (target && target.kind === "level") {
    if (!unitKnown) problems.add("单位不明");
    const T = unitKnown ? convert(target.value, target.unit, unit) : null;
    if (T !== null && isIndicatorError(T)) problems.add("单位不明");
    else if (T !== null && current !== null && T > 0) {
      const done = completionOf(current, T);
      completion = typeof done === "number" ? done : null;
      schedule = schedulePct;
      gap = current - T;
      gapUnit = unit;
      const pace: Target = {
        value: schedule,
        unit: "%",
        qualifier: "左右",
        direction: target.direction,
        metric: "rate",
      };
      const s = completion === null ? null : onTrack(completion, pace, { tolerance: levelTolerance });
      if (s !== null && !isIndicatorError(s)) verdict = asVerdict(s);
      if (m < 12 && priorFull !== null && prior !== null && priorFull > 0 && priorFull > prior) {
        const r = neededFromLevels(priorFull, (T / priorFull - 1) * 100, current, prior);
        if (typeof r === "number") {
          needed = r;
          neededMethod = "levels";
        }
      }
    }
  } else if (unit !== "" && !unitKnown && !pctRow) {
    problems.add("单位不明");
  }
  if (needed !== null) needed = needed === 0 ? 0 : needed;

  const list = PROBLEM_ORDER.filter((p) => problems.has(p));
  const status: TrackStatus = list[0] ?? verdict ?? "本期无数据";
  return {
    row: i.row,
    name: i.name,
    unit,
    targetText: i.targetText,
    target,
    months,
    current,
    prior,
    growth: g,
    growthSource,
    growthWord,
    gap: gap === null ? null : gap === 0 ? 0 : gap,
    gapUnit,
    completion,
    schedule,
    needed,
    neededMethod,
    status,
    problems: list,
    category: categoryOf(i.name),
  };
}

/** Counts of each status, in a stable order (verdicts first). */
export function statusCounts(rows: readonly TrackRow[]): Record<string, number> {
  const out: Record<string, number> = { 达标: 0, 基本达标: 0, 未达标: 0 };
  for (const r of rows) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}

/**
 * The rows furthest behind: growth and rate targets by shortfall in 百分点 (direction-aware), level targets by
 * completion behind 序时进度; only rows with a verdict, worst first.
 */
export function furthestBehind(
  rows: readonly TrackRow[],
  limit = 5,
): { row: TrackRow; behind: number; basis: "target" | "schedule" }[] {
  const out: { row: TrackRow; behind: number; basis: "target" | "schedule" }[] = [];
  for (const r of rows) {
    if (!r.target || !(r.status === "未达标" || r.status === "基本达标")) continue;
    if (r.target.kind === "level" && r.completion !== null && r.schedule !== null) {
      out.push({
        row: r,
        behind: roundHalfAway((r.schedule - r.completion) * r.target.direction, 6),
        basis: "schedule",
      });
    } else if (r.gap !== null) {
      out.push({ row: r, behind: roundHalfAway(-r.gap * r.target.direction, 6), basis: "target" });
    }
  }
  return out.sort((a, b) => b.behind - a.behind).slice(0, limit);
}
