/**
 * @summary 目标解析与达标判断 / parsing a target ("增长6%左右") and judging whether it is met
 *
 * `parseTarget` reads a target as the work reports write it: an optional lead (控制在, 力争, 确保, 不低于…),
 * an optional verb (增长/提高 = up, 下降/降低/减少 = down), a number with its unit, and an optional qualifier after
 * (左右, 以上, 以内, 以下). Direction is 1 when higher is better and −1 when lower is better (控制在…, 以内, 以下,
 * 不超过, 不高于, or a 下降 verb). A 下降 target is negative: "下降3%" → −3 (met when actual ≤ −3); a capped fall
 * ("下降3%以内", "下降不超过3%") is −3 with direction 1 (met when actual ≥ −3).
 * Metric: "growth" with a verb and %, "rate" for a bare % or 个百分点, "level" for any other unit.
 *
 * `onTrack` (METHODS.md §1.13, §1.11): without progress, 以上-like targets are met when actual ≥ target and
 * 以内-like ones when actual ≤ target, both compared at the published precision (`digits`, default 1 decimal,
 * half away from zero). For 左右 with a tolerance t, a shortfall of at most t is "基本达标". With `progress`
 * (序时进度 %), `actual` is a completion % and the status compares it with the time progress at that precision.
 *
 * Units: target values in the unit written (% for rates); tolerance in the same unit (百分点 for rates).
 *
 * Edge cases: text with no number → #VALUE! notTarget; a number is a target with no qualifier and direction 1;
 * non-finite actual → #NUM!; negative tolerance → #NUM!.
 *
 * @example parseTarget("增长6%左右") // => { value: 6, qualifier: "左右", direction: 1, unit: "%", metric: "growth" }
 * @example parseTarget("控制在5%以内") // => { value: 5, qualifier: "以内", direction: -1, unit: "%", metric: "rate" }
 * @example parseTarget("突破13亿元") // => { value: 13, qualifier: "突破", direction: 1, unit: "亿元", metric: "level" }
 * @example onTrack(5.8, "6%左右", { tolerance: 0.5 }) // => "基本达标"
 * @example onTrack(60.2, 6, { progress: 50 }) // => "快于序时进度"
 */
import { fail, isIndicatorError, type IndicatorError } from "./errors";
import { normalizeDigits } from "./chineseNumber";
import { parseQuantity, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from "./quantity";
import { roundHalfAway } from "./round";

export type TargetMetric = "growth" | "level" | "rate";
export interface Target {
  value: number;
  qualifier: string | null;
  direction: 1 | -1;
  unit: string;
  metric: TargetMetric;
}
export type TrackStatus = "达标" | "基本达标" | "未达标" | "快于序时进度" | "慢于序时进度" | "与序时进度持平";

const LEADS = ["控制在", "保持在", "稳定在", "确保", "实现", "力争", "争取", "完成", "达到"];
const DOWN_VERBS = ["下降", "降低", "减少", "压减", "压降", "缩小"];
const UP_VERBS = ["增长", "提高", "增加", "提升", "上涨", "递增", "扩大"];
const LOWER_IS_BETTER = new Set(["以内", "以下", "不超过", "不高于", "之内"]);

function truncate(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/**
 * Parse a target phrase. Leading words before the lead/verb (an indicator name) are skipped; text after the
 * first quantity (", 力争7%") is ignored.
 */
export function parseTarget(text: string): Target | IndicatorError {
  const raw = normalizeDigits(String(text)).replace(/\s+/g, "");
  if (raw.length === 0) return fail("value", "notTarget", { got: "" });
  // Start of the quantity: the first Arabic digit, else the first lead/verb/qualifier.
  let start = raw.search(/[+-]?\d|百分之|千分之/);
  if (start < 0) {
    const words = [...LEADS, ...DOWN_VERBS, ...UP_VERBS, ...PREFIX_QUALIFIERS];
    const hits = words.map((w) => raw.indexOf(w)).filter((i) => i >= 0);
    start = hits.length ? Math.min(...hits) : 0;
  }
  let head = raw.slice(0, start);
  let body = raw.slice(start);
  // Words in the head that set direction or qualifier.
  let lowerIsBetter = /控制在/.test(head) || /不超过|不高于/.test(head);
  let down = DOWN_VERBS.some((v) => head.endsWith(v) || head.includes(v));
  let up = UP_VERBS.some((v) => head.includes(v));
  let prefixQualifier: string | null = null;
  for (const q of PREFIX_QUALIFIERS) {
    if (head.endsWith(q)) {
      prefixQualifier = q;
      break;
    }
  }
  // Strip the lead, verb and qualifier from the body too (when there was no digit they start the body).
  for (let changed = true; changed;) {
    changed = false;
    for (const w of [...LEADS, ...DOWN_VERBS, ...UP_VERBS, ...PREFIX_QUALIFIERS]) {
      if (body.startsWith(w)) {
        if (DOWN_VERBS.includes(w)) down = true;
        if (UP_VERBS.includes(w)) up = true;
        if (w === "控制在" || w === "不超过" || w === "不高于") lowerIsBetter = true;
        if ((PREFIX_QUALIFIERS as readonly string[]).includes(w)) prefixQualifier = w;
        head += w;
        body = body.slice(w.length);
        changed = true;
      }
    }
  }
  // Cut the body at the end of the first quantity: number, unit, suffix qualifier.
  const end = firstQuantityEnd(body);
  const q = parseQuantity(body.slice(0, end));
  if (isIndicatorError(q)) return fail("value", "notTarget", { got: truncate(String(text)) });
  let qualifier = q.qualifier;
  if (qualifier === "余" || qualifier === "多") qualifier = prefixQualifier ?? qualifier;
  if (qualifier === null) qualifier = prefixQualifier;
  // "力争突破" → 突破: 力争 is a lead, not the comparison.
  if (qualifier !== null && qualifier.startsWith("力争") && qualifier.length > 2)
    qualifier = qualifier.slice(2);
  if (qualifier !== null && LOWER_IS_BETTER.has(qualifier)) lowerIsBetter = true;
  const value = down && q.value > 0 ? -q.value : q.value;
  // A fall target ("下降3%以上", "下降3%左右") is lower-is-better; a capped fall ("下降3%以内", "下降不超过3%") is
  // higher-is-better: the value is −3 and it is met when actual ≥ −3.
  const direction: 1 | -1 = down ? (lowerIsBetter ? 1 : -1) : lowerIsBetter ? -1 : 1;
  const metric: TargetMetric =
    q.unit === "%" && (down || up) ? "growth" : q.unit === "%" || /百分点$/.test(q.unit) ? "rate" : "level";
  return { value: value === 0 ? 0 : value, qualifier, direction, unit: q.unit, metric };
}

/** Length of the first quantity at the start of `body` (greedy over number, unit and qualifier characters). */
function firstQuantityEnd(body: string): number {
  let best = 0;
  for (let i = 1; i <= body.length; i++) {
    if (!isIndicatorError(parseQuantity(body.slice(0, i)))) best = i;
  }
  if (best === 0) return body.length;
  for (const s of SUFFIX_QUALIFIERS) if (body.startsWith(s, best)) return best + s.length;
  return best;
}

/** A target given as a number or text, as a {@link Target}. */
export function toTarget(target: number | string | Target): Target | IndicatorError {
  if (typeof target === "number") {
    if (!Number.isFinite(target)) return fail("num", "notFinite");
    return { value: target, qualifier: null, direction: 1, unit: "", metric: "level" };
  }
  if (typeof target === "string") return parseTarget(target);
  return target;
}

export interface OnTrackOptions {
  /** 序时进度 in % (50 for 1–6月); switches to progress mode. */
  progress?: number;
  /** For 左右 targets: a shortfall up to this many units (百分点 for rates) is 基本达标. */
  tolerance?: number;
  /** Published precision used for the comparison (decimals, default 1). */
  digits?: number;
  /** Override the direction (1 higher is better, −1 lower is better), e.g. for a numeric target. */
  direction?: 1 | -1;
}

/**
 * Status of an actual value against a target, or of a completion % against the time progress.
 * @param actual the actual value (same unit as the target), or a completion % in progress mode
 * @param target a number or a target text ("6%左右", "控制在5%以内"); unused in progress mode
 */
export function onTrack(
  actual: number,
  target: number | string | Target,
  options: OnTrackOptions = {},
): TrackStatus | IndicatorError {
  if (!Number.isFinite(actual)) return fail("num", "notFinite");
  const digits = options.digits ?? 1;
  if (!Number.isInteger(digits) || digits < 0 || digits > 10)
    return fail("num", "outOfRange", { name: "digits", got: String(digits), range: "0–10" });
  if (options.progress !== undefined) {
    if (!Number.isFinite(options.progress)) return fail("num", "notFinite");
    const a = roundHalfAway(actual, digits);
    const p = roundHalfAway(options.progress, digits);
    return a > p ? "快于序时进度" : a < p ? "慢于序时进度" : "与序时进度持平";
  }
  const t = toTarget(target);
  if (isIndicatorError(t)) return t;
  const tol = options.tolerance ?? 0;
  if (!Number.isFinite(tol) || tol < 0)
    return fail("num", "outOfRange", { name: "tolerance", got: String(tol), range: "≥ 0" });
  const direction = options.direction ?? t.direction;
  const shortfall = (roundHalfAway(t.value, digits) - roundHalfAway(actual, digits)) * direction;
  const eps = 1e-9 * Math.max(1, Math.abs(t.value));
  if (shortfall <= eps) return "达标";
  if (t.qualifier === "左右" && shortfall <= tol + eps) return "基本达标";
  return "未达标";
}
