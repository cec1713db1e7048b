/**
 * Check a draft: every numeric claim against the workbook facts (when a workbook is given), and the
 * arithmetic the text itself allows (growth vs levels, CAGR vs endpoints, share vs part and total, parts vs
 * sum, structure vs parts, 百分点 gaps vs rates, rank vs peers, target gap and completion vs target).
 */
import { annualize } from "../../core/cagr";
import { formatMessage, type MessageKey } from "../../core/messages";
import { formatFixed, roundHalfAway } from "../../core/round";
import {
  cagrCumulative,
  cagrLevel,
  competitionRank,
  intervalOf,
  judge,
  rangeOf,
  type Interval,
  type Stated,
} from "./arith";
import { extractDetailed } from "../extract";
import type { ScriptConverter } from "../normalize";
import type { IndicatorRecord } from "../types";
import { scanClaims, type Claim } from "./claims";
import { metricParams } from "./metricNames";
import { factValueIn, findFacts, periodsMatch, withDefaultYear, type Fact } from "./facts";
import { indicatorMatches } from "./indicator";
import { sameUnitFamily, unitParts } from "./units";

export { scanClaims, type Claim } from "./claims";
export * from "./facts";
export { indicatorKey, indicatorMatches } from "./indicator";

export type CheckKind =
  | "workbook"
  | "growth_vs_levels"
  | "change_vs_levels"
  | "cagr_level"
  | "cagr_cumulative"
  | "share_vs_parts"
  | "parts_vs_total"
  | "parts_vs_sum"
  | "structure_vs_parts"
  | "structure_sum"
  | "pp_gap"
  | "rank_vs_peers"
  | "target_gap"
  | "completion_vs_target"
  | "multiple_vs_levels";

export type CheckStatus = "agree" | "disagree" | "not_found";

export interface CheckResult {
  line: number;
  /** The clause(s) the check used, as written: the claim first, then its operands. */
  quotes: string[];
  kind: CheckKind;
  /** The stated figure as written ("68%"). */
  stated: string;
  statedValue: number;
  /** The recomputed (or workbook) figure at the text's precision, with its unit; null when not found. */
  computed: string | null;
  computedValue: number | null;
  status: CheckStatus;
  /** How the figure was obtained: "(42 − 17) → 42 ÷ 25 − 1 = 68.0%", or why nothing was found. */
  detail: string;
  /** Why nothing was found, as a catalog message (src/core/messages.ts) for the user's language. */
  message?: { key: MessageKey; params: Record<string, string | number> };
  /** Offsets of the checked number in the whole text (for highlighting). */
  textStart: number;
  textEnd: number;
  /** The workbook cell compared with (kind "workbook"). */
  cell?: { sheet: string; address: string; indicator: string; period: string | null };
}

export interface CheckOptions {
  /** Workbook facts; without them only the in-text arithmetic is checked. */
  facts?: Fact[];
  /** Period assumed for claims that state none (e.g. the report year "2023"). */
  period?: string | null;
  /** Traditional → simplified converter (`prepare` in text/opencc) for drafts in traditional script. */
  convert?: ScriptConverter;
}

const COUNT_UNITS = /^(家|个|项|件|户|人|所|座|处|名|条|套|辆|台|场次|列|张|头|只|人次)$/;

function stated(c: Claim): Stated {
  const exact = !!c.unit && COUNT_UNITS.test(c.unit) && c.decimals === 0;
  return { value: c.value, decimals: c.decimals, exact };
}

function unitText(c: Claim): string {
  return c.unit === "位" ? "" : (c.unit ?? "");
}

function show(c: Claim, v: number): string {
  if (c.metric === "rank") return `第${formatFixed(v, 0)}位`;
  if (c.unit === "倍") return `${formatFixed(v, c.decimals)}倍`;
  return `${formatFixed(v, c.decimals)}${unitText(c)}`;
}

/** The stated figure as written, with 第 for a rank ("第3位"). */
function statedText(c: Claim): string {
  return c.metric === "rank" && /^\d/.test(c.raw) ? `第${c.raw}` : c.raw;
}

function fmt(x: number): string {
  const r = roundHalfAway(x, 4);
  return String(r);
}

/** Inputs with an inexact qualifier (近, 约, 以上, 余…) cannot be recomputed exactly: skip them. */
function exactEnough(...cs: Claim[]): boolean {
  return cs.every((c) => c.qualifier === null);
}

function result(
  c: Claim,
  kind: CheckKind,
  others: Claim[],
  point: number,
  range: Interval | null,
  detail: string,
  opts: { tolerance?: number; statedValue?: number } = {},
): CheckResult | null {
  if (!range || !Number.isFinite(point)) return null;
  // 增长1.8倍: compare in 倍 at the text's precision (0.1倍 = 10 percentage points).
  if (c.unit === "倍" && c.metric === "growth") {
    point /= 100;
    range = [range[0] / 100, range[1] / 100];
    opts = { ...opts, statedValue: c.magnitude };
  }
  const s = stated(c);
  if (opts.statedValue !== undefined) s.value = opts.statedValue;
  const v = judge({ ...s, exact: false }, point, range, opts.tolerance ?? 0);
  const quotes = [c.quote, ...others.map((o) => o.quote).filter((q) => q !== c.quote)];
  return {
    line: c.line,
    quotes: [...new Set(quotes)],
    kind,
    stated: statedText(c),
    statedValue: s.value,
    computed: show(c, point),
    computedValue: roundHalfAway(point, c.decimals),
    status: v.status,
    detail,
    textStart: c.textStart,
    textEnd: c.textStart + (c.end - c.start),
  };
}

function bySentence(claims: Claim[]): Map<number, Claim[]> {
  const m = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = m.get(c.sentence) ?? [];
    list.push(c);
    m.set(c.sentence, list);
  }
  return m;
}

const isLevel = (c: Claim) => c.metric === "level" && !!c.unit && c.unit !== "%" && c.unit !== "倍";
const isRate = (c: Claim) => (c.unit === "%" || c.unit === "‰") && c.metric !== "completion";

/** Growth vs two stated levels; an absolute change vs two levels; growth vs an absolute change and a level. */
function checkGrowthLevels(sent: Claim[], out: CheckResult[]): void {
  for (let i = 0; i < sent.length; i++) {
    const a = sent[i] as Claim;
    // 由/从 A … 到/至 B
    if (isLevel(a) && /(由|从)[^，。；]{0,16}$/.test(a.before)) {
      const b = sent
        .slice(i + 1)
        .find(
          (x) => isLevel(x) && sameUnitFamily(x.unit, a.unit) && /(到|至|为)[^，、]{0,8}$/.test(x.before),
        );
      if (!b) continue;
      const tail = sent.slice(sent.indexOf(b) + 1);
      const g = tail.find((x) => x.metric === "growth" && x.clause <= b.clause + 2 && sameSubject(x, a, b));
      const bv = (b.value * (unitParts(b.unit)?.scale ?? 1)) / (unitParts(a.unit)?.scale ?? 1);
      const scaleB = (unitParts(b.unit)?.scale ?? 1) / (unitParts(a.unit)?.scale ?? 1);
      if (g && exactEnough(a, b, g)) {
        const f = (x: number, y: number) => (y * scaleB) / x - 1;
        const r = result(
          g,
          "growth_vs_levels",
          [a, b],
          f(a.value, b.value) * 100,
          scaleRange(rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]), 100),
          `${b.raw} ÷ ${a.raw} − 1 = ${fmt((bv / a.value - 1) * 100)}%`,
        );
        if (r) out.push(r);
      }
      const d = tail.find(
        (x) =>
          x.metric === "abs_change" &&
          sameUnitFamily(x.unit, a.unit) &&
          x.clause <= b.clause + 2 &&
          sameSubject(x, a, b),
      );
      if (d && exactEnough(a, b, d)) {
        const scaleD = (unitParts(a.unit)?.scale ?? 1) / (unitParts(d.unit)?.scale ?? 1);
        const f = (x: number, y: number) => (y * scaleB - x) * scaleD;
        const r = result(
          d,
          "change_vs_levels",
          [a, b],
          f(a.value, b.value),
          rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]),
          `${b.raw} − ${a.raw} = ${fmt(f(a.value, b.value))}${d.unit ?? ""}`,
        );
        if (r) out.push(r);
      }
      continue;
    }
    // B，比上年(的) A 增长 g
    if (isLevel(a) && /(比|较)(上年|去年|上年同期|去年同期|(?:19|20)\d{2}年(?:同期)?)?的?$/.test(a.before)) {
      const b = [...sent.slice(0, i)].reverse().find((x) => isLevel(x) && sameUnitFamily(x.unit, a.unit));
      const g = sent[i + 1];
      if (
        b &&
        g &&
        g.metric === "growth" &&
        g.unit === "%" &&
        g.clause === a.clause &&
        sameSubject(b, a) &&
        exactEnough(a, b, g)
      ) {
        const scaleB = (unitParts(b.unit)?.scale ?? 1) / (unitParts(a.unit)?.scale ?? 1);
        const f = (x: number, y: number) => ((y * scaleB) / x - 1) * 100;
        const r = result(
          g,
          "growth_vs_levels",
          [b, a],
          f(a.value, b.value),
          rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]),
          `${b.raw} ÷ ${a.raw} − 1 = ${fmt(f(a.value, b.value))}%`,
        );
        if (r) out.push(r);
      }
      continue;
    }
    // 新增 D、达到 B，增长 g  (base = B − D)
    if (a.metric === "abs_change" && a.direction !== 0) {
      const b = sent
        .slice(i + 1, i + 3)
        .find(
          (x) =>
            isLevel(x) &&
            sameUnitFamily(x.unit, a.unit) &&
            /(达到|达|总数达到|总量达到|总数|累计达到|累计)[^，、]{0,4}$/.test(x.before),
        );
      if (!b) continue;
      const g = sent
        .slice(sent.indexOf(b) + 1, sent.indexOf(b) + 3)
        .find((x) => x.metric === "growth" && x.unit === "%" && sameSubject(x, a, b));
      if (!g || !exactEnough(a, b, g)) continue;
      const sa = (unitParts(a.unit)?.scale ?? 1) / (unitParts(b.unit)?.scale ?? 1);
      const f = (d: number, y: number) => (y / (y - d * sa) - 1) * 100;
      const r = result(
        g,
        "growth_vs_levels",
        [a, b],
        f(a.value, b.value),
        rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]),
        `${b.raw} ÷ (${b.raw} − ${a.raw}) − 1 = ${fmt(f(a.value, b.value))}%`,
      );
      if (r) out.push(r);
    }
  }
}

/** True when a claim is about the same indicator as the others (its own subject or one carried over). */
function sameSubject(x: Claim, ...others: Claim[]): boolean {
  if (x.subject === null) return true;
  return others.some(
    (o) =>
      o.subject !== null && (o.subject === x.subject || indicatorMatches(o.subject, x.subject as string)),
  );
}

/** True when two subjects end alike (第一产业增加值 / 第二产业增加值). */
function sharedSuffix(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2) && a !== b;
}

function scaleRange(r: Interval | null, k: number): Interval | null {
  return r ? [r[0] * k, r[1] * k] : null;
}

const YEAR_BEFORE = /((?:19|20)\d{2})年(?:底|末)?(?:的)?[^，、\d]{0,10}$/;

/** Average annual growth vs start and end levels (水平法) or vs a cumulative total and the base (累计法). */
function checkCagr(sent: Claim[], out: CheckResult[]): void {
  for (const r of sent.filter((c) => c.metric === "cagr")) {
    if (!exactEnough(r)) continue;
    const levels = sent.filter((c) => isLevel(c) && c.textStart < r.textStart);
    // 水平法: 由 y0 年的 A … 到 y1 年的 B
    const a = levels.find(
      (c) => /(由|从)[^，。；]{0,16}$/.test(c.before) && YEAR_BEFORE.test(c.sentenceBefore),
    );
    const b = a
      ? levels.find(
          (c) =>
            c !== a &&
            c.textStart > a.textStart &&
            sameUnitFamily(c.unit, a.unit) &&
            YEAR_BEFORE.test(c.sentenceBefore),
        )
      : undefined;
    const span = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})年/.exec(r.sentenceBefore);
    if (a && b && exactEnough(a, b)) {
      const y0 = Number(YEAR_BEFORE.exec(a.sentenceBefore)?.[1]);
      const y1 = Number(YEAR_BEFORE.exec(b.sentenceBefore)?.[1]);
      const n = y1 - y0;
      if (n >= 1) {
        const k = (unitParts(b.unit)?.scale ?? 1) / (unitParts(a.unit)?.scale ?? 1);
        const f = (x: number, y: number) => cagrLevel(x, y * k, n);
        const res = result(
          r,
          "cagr_level",
          [a, b],
          f(a.value, b.value),
          rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]),
          `水平法: (${b.raw} ÷ ${a.raw})^(1/${n}) − 1 = ${fmt(f(a.value, b.value))}%（${y0}—${y1}年，${n}年）`,
        );
        if (res) out.push(res);
        continue;
      }
    }
    // 比 y0 年增长 g%，年均增长 r%: the average behind a 定基 growth over y1 − y0 years (METHODS T03).
    const g = [...sent.slice(0, sent.indexOf(r))]
      .reverse()
      .find(
        (c) =>
          c.metric === "growth" &&
          c.unit === "%" &&
          /(比|较)((?:19|20)\d{2})年(?:同期)?[^，、]{0,8}$/.test(c.before),
      );
    if (g && exactEnough(g)) {
      const y0 = Number(/(比|较)((?:19|20)\d{2})年(?:同期)?[^，、]{0,8}$/.exec(g.before)?.[2]);
      // 两年平均 / 三年平均 (METHODS §1.4): the span is stated, on the base year's same period.
      const stated2 = /([两三])年平均[^，、]{0,6}$/.exec(r.before)?.[1];
      const years = [...r.sentenceBefore.matchAll(/((?:19|20)\d{2})年/g)]
        .map((m) => Number(m[1]))
        .filter((y) => y > y0);
      const y1 = stated2 ? y0 + (stated2 === "两" ? 2 : 3) : years[0];
      if (y1 !== undefined) {
        const n = y1 - y0;
        const f = (x: number) => {
          const v = annualize(x, n);
          return typeof v === "number" ? v : NaN;
        };
        const res = result(
          r,
          "cagr_level",
          [g],
          f(g.value),
          rangeOf(f, [intervalOf(stated(g))]),
          `水平法: (1 + ${g.raw}) ^ (1/${n}) − 1 = ${fmt(f(g.value))}%（${y0 + 1}—${y1}年，${n}年）`,
        );
        if (res) out.push(res);
        continue;
      }
    }
    // 累计法: 以 y0 年 A 为基期, y1—y2 年累计 S, 年均增长 r
    const sum = levels.find((c) => /累计/.test(c.before));
    const base = levels.find(
      (c) =>
        c !== sum &&
        YEAR_BEFORE.test(c.sentenceBefore) &&
        (/(基期|基数)/.test(c.after) || /(由|从|比)[^，]{0,12}$/.test(c.before)),
    );
    if (sum && base && span && exactEnough(sum, base) && sameUnitFamily(sum.unit, base.unit)) {
      const n = Number(span[2]) - Number(span[1]) + 1;
      const k = (unitParts(sum.unit)?.scale ?? 1) / (unitParts(base.unit)?.scale ?? 1);
      const f = (x: number, s: number) => cagrCumulative(x, s * k, n);
      const res = result(
        r,
        "cagr_cumulative",
        [base, sum],
        f(base.value, sum.value),
        rangeOf(f, [intervalOf(stated(base)), intervalOf(stated(sum))]),
        `累计法: x + x² + … + x^${n} = ${sum.raw} ÷ ${base.raw} → ${fmt(f(base.value, sum.value))}%（${span[1]}—${span[2]}年）`,
      );
      if (res) out.push(res);
    }
  }
}

/** Share vs part and total: "A，占B的s%" with B stated in the text; "T，其中A，占s%". */
function checkShares(sent: Claim[], all: Claim[], out: CheckResult[]): void {
  for (const s of sent.filter((c) => c.metric === "share" && c.unit === "%")) {
    if (!exactEnough(s) || !/(占|比重)/.test(s.before)) continue;
    const idx = sent.indexOf(s);
    const prev = sent[idx - 1];
    const part = prev && (isLevel(prev) || prev.metric === "abs_change") ? prev : undefined;
    if (!part || part.clause < s.clause - 1 || !exactEnough(part)) continue;
    let total: Claim | undefined;
    const named = /占([^，。；、]{2,24}?)的?(比重|比例)?(为|达到|达)?$/.exec(s.before);
    if (named && !/比重|总量|全部/.test(named[1] as string)) {
      const name = (named[1] as string).replace(/的$/, "");
      total = all.find(
        (c) =>
          c !== part &&
          isLevel(c) &&
          c.subject !== null &&
          indicatorMatches(c.subject, name) &&
          sameUnitFamily(c.unit, part.unit) &&
          (c.period === null || part.period === null || c.period === s.period || c.period === part.period),
      );
    } else if (/其中/.test(part.sentenceBefore)) {
      const q = sent.slice(0, sent.indexOf(part)).reverse();
      total = q.find(
        (c) => isLevel(c) && sameUnitFamily(c.unit, part.unit) && !/其中/.test(c.sentenceBefore),
      );
    }
    if (!total || !exactEnough(total)) continue;
    const k = (unitParts(part.unit)?.scale ?? 1) / (unitParts(total.unit)?.scale ?? 1);
    const f = (p: number, t: number) => ((p * k) / t) * 100;
    const res = result(
      s,
      "share_vs_parts",
      [part, total],
      f(part.value, total.value),
      rangeOf(f, [intervalOf(stated(part)), intervalOf(stated(total))]),
      `${part.raw} ÷ ${total.raw} = ${fmt(f(part.value, total.value))}%`,
    );
    if (res) out.push(res);
  }
}

/** Parts vs the stated total: "T，其中A、B" (parts ≤ T) and "A、B…合计T" (Σ = T). */
function checkParts(sent: Claim[], out: CheckResult[]): void {
  for (let i = 0; i < sent.length; i++) {
    const t = sent[i] as Claim;
    if (!isLevel(t)) continue;
    // Subset: T，其中 A、B…
    const after = sent.slice(i + 1);
    const tPos = t.sentenceBefore.length;
    const afterT = (c: Claim) => c.sentenceBefore.slice(tPos);
    const family = after.filter((c) => isLevel(c) && sameUnitFamily(c.unit, t.unit));
    // The parts: the run of same-family levels right after 其中, within three clauses, stopping at the first
    // claim of another kind (a later, unrelated figure of the sentence is not a part).
    const parts: Claim[] = [];
    let prevItem: Claim | null = null;
    for (const c of after) {
      if (!/^[^。；]*?[，,、]\s*其中/.test(afterT(c))) continue;
      if (!isLevel(c) || c.qualifier !== null) break;
      if (c.clause > t.clause + 3) break;
      // After a comma, only an item named like the previous one (第一产业增加值，第二产业增加值) continues the
      // list; "…，全年固定资产投资50亿元" is another statement.
      if (prevItem) {
        const gap = c.sentenceBefore.slice(prevItem.sentenceBefore.length + prevItem.raw.length);
        if (/[，,]/.test(gap) && !sharedSuffix(prevItem.subject, c.subject)) break;
      }
      prevItem = c;
      // A parallel item in another unit ("其中外送煤7560万吨、外送电812亿度") is skipped, not a stop.
      if (!sameUnitFamily(c.unit, t.unit)) continue;
      parts.push(c);
    }
    const firstPart = parts[0];
    const between = firstPart
      ? family.filter((c) => c.textStart < firstPart.textStart && !parts.includes(c))
      : [];
    if (firstPart && between.length === 0 && !/其中/.test(t.quote)) {
      if (parts.length && exactEnough(t)) {
        const k = parts.map((p) => (unitParts(p.unit)?.scale ?? 1) / (unitParts(t.unit)?.scale ?? 1));
        const lo = parts.reduce((acc, p, j) => acc + intervalOf(stated(p))[0] * (k[j] as number), 0);
        const sum = parts.reduce((acc, p, j) => acc + p.value * (k[j] as number), 0);
        const [, tHi] = intervalOf(stated(t));
        const ok = lo <= tHi + 1e-9;
        out.push({
          line: t.line,
          quotes: [...new Set([t.quote, ...parts.map((p) => p.quote)])],
          kind: "parts_vs_total",
          stated: t.raw,
          statedValue: t.value,
          computed: `${formatFixed(sum, t.decimals)}${t.unit ?? ""}`,
          computedValue: sum,
          status: ok ? "agree" : "disagree",
          detail: `其中 ${parts.map((p) => p.raw).join(" + ")} = ${fmt(sum)}${t.unit ?? ""} ${ok ? "≤" : ">"} ${t.raw}`,
          textStart: t.textStart,
          textEnd: t.textStart + (t.end - t.start),
        });
      }
    }
    // Sum: A、B … 合计/共计/总计 T
    if (/(合计|共计|总计|总数|(?<![公一总])共)(达到|达|为|是|完成|实现)?$/.test(t.before) && exactEnough(t)) {
      const parts = sent
        .slice(0, i)
        .filter(
          (c) =>
            isLevel(c) &&
            sameUnitFamily(c.unit, t.unit) &&
            c.clause >= t.clause - 2 &&
            !/其中/.test(c.sentenceBefore),
        );
      if (parts.length >= 2 && exactEnough(...parts)) {
        const k = parts.map((p) => (unitParts(p.unit)?.scale ?? 1) / (unitParts(t.unit)?.scale ?? 1));
        const sum = parts.reduce((acc, p, j) => acc + p.value * (k[j] as number), 0);
        const lo = parts.reduce((acc, p, j) => acc + intervalOf(stated(p))[0] * (k[j] as number), 0);
        const hi = parts.reduce((acc, p, j) => acc + intervalOf(stated(p))[1] * (k[j] as number), 0);
        const res = result(
          t,
          "parts_vs_sum",
          parts,
          sum,
          [lo, hi],
          `${parts.map((p) => p.raw).join(" + ")} = ${fmt(sum)}${t.unit ?? ""}`,
        );
        if (res) out.push(res);
      }
    }
  }
}

/** Structure ratio vs its parts stated just before, or (for shares) vs 100. */
function checkStructures(sent: Claim[], out: CheckResult[]): void {
  for (const s of sent.filter((c) => c.metric === "structure" && c.parts)) {
    const parts = s.parts as number[];
    const n = parts.length;
    const levels = sent.filter((c) => isLevel(c) && c.textStart < s.textStart);
    const cand = levels.slice(-n);
    const h = 0.5 * 10 ** -s.decimals;
    if (
      cand.length === n &&
      cand.every((c) => sameUnitFamily(c.unit, cand[0]?.unit ?? null)) &&
      exactEnough(...cand)
    ) {
      // Each part of the ratio vs its share of the stated levels. Ratios may be written as shares (sum 100)
      // or in lowest terms; compare the normalised ratios.
      const ks = cand.map((c) => unitParts(c.unit)?.scale ?? 1);
      const totalP = parts.reduce((a, b) => a + b, 0);
      const ivs = cand.map((c) => intervalOf(stated(c)));
      let worst: { j: number; point: number; range: Interval } | null = null;
      for (let j = 0; j < n; j++) {
        const f = (...xs: number[]) => {
          const tot = xs.reduce((a, x, q) => a + x * (ks[q] as number), 0);
          return ((xs[j] as number) * (ks[j] as number) * totalP) / tot;
        };
        const point = f(...cand.map((c) => c.value));
        const range = rangeOf(f, ivs);
        if (!range) continue;
        const v = judge({ value: parts[j] as number, decimals: s.decimals }, point, range);
        if (v.status === "disagree" || !worst) worst = { j, point, range };
        if (v.status === "disagree") break;
      }
      if (worst) {
        const v = judge({ value: parts[worst.j] as number, decimals: s.decimals }, worst.point, worst.range);
        out.push({
          line: s.line,
          quotes: [...new Set([s.quote, ...cand.map((c) => c.quote)])],
          kind: "structure_vs_parts",
          stated: s.raw,
          statedValue: parts[worst.j] as number,
          computed: cand
            .map((c, q) =>
              formatFixed(
                ((c.value * (ks[q] as number)) /
                  cand.reduce((a, x, r) => a + x.value * (ks[r] as number), 0)) *
                  totalP,
                s.decimals,
              ),
            )
            .join("："),
          computedValue: roundHalfAway(worst.point, s.decimals),
          status: v.status,
          detail: `${cand.map((c) => c.raw).join("：")} → 第${worst.j + 1}项 ${fmt(worst.point)}`,
          textStart: s.textStart,
          textEnd: s.textStart + (s.end - s.start),
        });
      }
      continue;
    }
    const sum = parts.reduce((a, b) => a + b, 0);
    if (n >= 3 && sum >= 90 && sum <= 110) {
      const ok = Math.abs(sum - 100) <= n * h + 1e-9;
      out.push({
        line: s.line,
        quotes: [s.quote],
        kind: "structure_sum",
        stated: s.raw,
        statedValue: 100,
        computed: formatFixed(sum, s.decimals),
        computedValue: sum,
        status: ok ? "agree" : "disagree",
        detail: `${parts.join(" + ")} = ${fmt(sum)}（应为100，允许舍入误差±${fmt(n * h)}）`,
        textStart: s.textStart,
        textEnd: s.textStart + (s.end - s.start),
      });
    }
  }
}

const PAREN_RATE = /[（(]\s*([-−+]?\d+(?:\.\d+)?)\s*%\s*[)）]/g;

/** 百分点 gaps vs two rates; a gap vs a target (target_gap). */
function checkGaps(sent: Claim[], all: Claim[], out: CheckResult[]): void {
  const gaps = sent.filter((c) => c.metric === "pp_change");
  const used = new Set<Claim>();
  for (const d of gaps) {
    if (used.has(d) || !exactEnough(d)) continue;
    const idx = sent.indexOf(d);
    const rates = sent.slice(0, idx).filter((c) => isRate(c) && c.metric !== "structure");
    const unbracketed = rates.filter((c) => !c.bracketed);
    const isTarget = /(目标|计划)[^，]{0,6}$/.test(d.before) || /(目标|计划)/.test(d.before);
    // A list of gaps sharing one subject: "分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点".
    const group = [d];
    for (let j = idx + 1; j < sent.length; j++) {
      const n = sent[j] as Claim;
      if (
        n.metric === "pp_change" &&
        n.clause === d.clause &&
        n.textStart - (group[group.length - 1] as Claim).textStart < 12
      )
        group.push(n);
      else break;
    }
    group.forEach((g) => used.add(g));
    // Reference rates in brackets between the subject's rate and the gap.
    const subject = [...rates].reverse().find((c) => !c.bracketed);
    // Reference rates in brackets after the subject's rate and after any earlier gap of the sentence.
    const earlierGap = [...sent.slice(0, idx)].reverse().find((c) => c.metric === "pp_change");
    const from = Math.max(
      subject ? subject.sentenceBefore.length : 0,
      earlierGap ? earlierGap.sentenceBefore.length + earlierGap.raw.length : 0,
    );
    const refs = [...d.sentenceBefore.matchAll(PAREN_RATE)]
      .filter((m) => (m.index ?? 0) >= from)
      .map((m) => ({
        value: Number((m[1] as string).replace("−", "-")),
        decimals: countDecimals(m[1] as string),
        text: m[0],
      }));
    let pairs: { gap: Claim; g: Claim | null; gv: Stated; r: Stated; rText: string; target: boolean }[] = [];
    if (subject && refs.length === group.length && exactEnough(subject)) {
      pairs = group.map((gap, q) => ({
        gap,
        g: subject,
        gv: stated(subject),
        r: {
          value: (refs[q] as { value: number }).value,
          decimals: (refs[q] as { decimals: number }).decimals,
        },
        rText: (refs[q] as { text: string }).text,
        target: isTarget,
      }));
    } else if (group.length === 1 && unbracketed.length >= 2 && refs.length === 0) {
      // 由A%提高到B%，提高d个百分点
      const b = unbracketed[unbracketed.length - 1] as Claim;
      const a = unbracketed[unbracketed.length - 2] as Claim;
      if (
        /(由|从)[^，。；]{0,16}$/.test(a.before) &&
        /(到|至)[^，、]{0,6}$/.test(b.before) &&
        exactEnough(a, b)
      )
        pairs = [{ gap: d, g: b, gv: stated(b), r: stated(a), rText: a.raw, target: false }];
    } else if (group.length === 1 && subject && isTarget && subject.subject) {
      // 增长g%，高于预期目标d个百分点, with the target stated elsewhere in the text.
      const t = all.find(
        (c) =>
          c.kind === "target" &&
          periodsMatch(c.period, subject.period) &&
          c.metric === subject.metric &&
          c.unit === subject.unit &&
          c.subject !== null &&
          indicatorMatches(c.subject, subject.subject as string) &&
          c !== subject,
      );
      if (t && exactEnough(subject))
        pairs = [{ gap: d, g: subject, gv: stated(subject), r: stated(t), rText: t.raw, target: true }];
    }
    for (const p of pairs) {
      if (p.gap.direction === 0) continue;
      const f = (g: number, r: number) => g - r;
      const range = rangeOf(f, [intervalOf(p.gv), intervalOf(p.r)]);
      const point = f(p.gv.value, p.r.value);
      const res = result(
        p.gap,
        p.target ? "target_gap" : "pp_gap",
        p.g ? [p.g] : [],
        point,
        range,
        `${formatFixed(p.gv.value, p.gv.decimals)} − ${p.r.value < 0 ? `(${formatFixed(p.r.value, p.r.decimals)})` : formatFixed(p.r.value, p.r.decimals)} = ${fmt(point)}个百分点`,
      );
      if (res) out.push(res);
    }
  }
}

function countDecimals(raw: string): number {
  const i = raw.indexOf(".");
  return i < 0 ? 0 : raw.length - i - 1;
}

const REGION = /(旗|县|市|区|盟|州|省|镇|乡|苏木|我[县旗区市盟])$/;
const LOWER_BETTER = /(失业率|能耗|发生率|事故|死亡率|物价|涨幅)/;

/** Rank vs a listed set of peer values in the same sentence. */
function checkRanks(sent: Claim[], out: CheckResult[]): void {
  for (const r of sent.filter((c) => c.metric === "rank")) {
    const idx = sent.indexOf(r);
    const own = [...sent.slice(0, idx)]
      .reverse()
      .find((c) => c.metric !== "rank" && c.unit !== null && c.metric !== "structure");
    if (!own || !own.subject || !exactEnough(own)) continue;
    const peers = sent.filter(
      (c) =>
        c !== own &&
        c !== r &&
        c.metric === own.metric &&
        c.unit === own.unit &&
        c.subject !== null &&
        REGION.test(c.subject.replace(/(增长|完成|实现)$/, "")),
    );
    const ownRegion = REGION.test(own.subject) || /^我/.test(own.subject);
    if (peers.length < 2 || !ownRegion || !exactEnough(...peers)) continue;
    const d = Math.max(own.decimals, ...peers.map((p) => p.decimals));
    const asc = LOWER_BETTER.test(r.quote + own.quote);
    const vals = peers.map((p) => roundHalfAway(p.value, d));
    const rank = competitionRank(roundHalfAway(own.value, d), vals, asc);
    // A list may name only some peers: then it can only prove a rank too good (more listed peers ahead than
    // the rank allows). With the group's size stated ("12个旗县市区中") and every peer listed, it proves both ways.
    const sentenceText = r.sentenceBefore + r.raw + r.after;
    const size = /(\d+)个(?:旗县市区|旗县市|旗县|县市区|县区|盟市|地区|县|区)/.exec(sentenceText);
    const complete = size ? Number(size[1]) === peers.length + 1 : false;
    if (!complete && rank < r.value) continue;
    out.push({
      line: r.line,
      quotes: [...new Set([r.quote, own.quote, ...peers.map((p) => p.quote)])],
      kind: "rank_vs_peers",
      stated: statedText(r),
      statedValue: r.value,
      computed: `第${rank}位`,
      computedValue: rank,
      status: rank === r.value ? "agree" : "disagree",
      detail: `${own.raw} 在 ${[own, ...peers].map((p) => p.raw).join("、")} 中${asc ? "（越低越好）" : ""}排第${rank}位`,
      textStart: r.textStart,
      textEnd: r.textStart + (r.end - r.start),
    });
  }
}

/** A multiple vs two stated levels: "B，是(2012年)A的N倍". */
function checkMultiples(sent: Claim[], out: CheckResult[]): void {
  for (const m of sent.filter((c) => c.metric === "multiple" && c.unit === "倍")) {
    const idx = sent.indexOf(m);
    const a = [...sent.slice(0, idx)]
      .reverse()
      .find((c) => isLevel(c) && c.clause === m.clause && /是[^，、]{0,12}$/.test(c.before));
    if (!a) continue;
    const b = [...sent.slice(0, sent.indexOf(a))]
      .reverse()
      .find((c) => isLevel(c) && sameUnitFamily(c.unit, a.unit));
    if (!b || !exactEnough(a, b, m)) continue;
    const k = (unitParts(b.unit)?.scale ?? 1) / (unitParts(a.unit)?.scale ?? 1);
    const f = (x: number, y: number) => (y * k) / x;
    const res = result(
      m,
      "multiple_vs_levels",
      [b, a],
      f(a.value, b.value),
      rangeOf(f, [intervalOf(stated(a)), intervalOf(stated(b))]),
      `${b.raw} ÷ ${a.raw} = ${fmt(f(a.value, b.value))}倍`,
    );
    if (res) out.push(res);
  }
}

/** Completion of a target: "完成T的c%" vs the actual level and the target level stated in the text. */
function checkCompletion(sent: Claim[], all: Claim[], out: CheckResult[]): void {
  for (const c of sent.filter((x) => x.metric === "completion")) {
    const idx = sent.indexOf(c);
    // The actual: a level, or a count of additions (城镇新增就业737万人).
    const isAmount = (x: Claim) => isLevel(x) || (x.metric === "abs_change" && x.direction === 1);
    const actual = [...sent.slice(0, idx)].reverse().find(isAmount);
    if (!actual || !exactEnough(c, actual)) continue;
    const inline = sent.find(
      (x) => x !== actual && isLevel(x) && /目标/.test(x.before) && sameUnitFamily(x.unit, actual.unit),
    );
    const target =
      inline ??
      all.find(
        (x) =>
          x.kind === "target" &&
          periodsMatch(x.period, actual.period) &&
          isAmount(x) &&
          x.subject !== null &&
          actual.subject !== null &&
          indicatorMatches(x.subject, actual.subject) &&
          sameUnitFamily(x.unit, actual.unit),
      );
    if (!target || !exactEnough(target)) continue;
    const k = (unitParts(actual.unit)?.scale ?? 1) / (unitParts(target.unit)?.scale ?? 1);
    const f = (a: number, t: number) => ((a * k) / t) * 100;
    const res = result(
      c,
      "completion_vs_target",
      [actual, target],
      f(actual.value, target.value),
      rangeOf(f, [intervalOf(stated(actual)), intervalOf(stated(target))]),
      `${actual.raw} ÷ ${target.raw} = ${fmt(f(actual.value, target.value))}%`,
    );
    if (res) out.push(res);
  }
}

const regionCache = new WeakMap<Fact[], string[]>();

/** Region names of the facts' tables of regions, longest first. */
function regionsOf(facts: Fact[]): string[] {
  let r = regionCache.get(facts);
  if (!r) {
    r = [...new Set(facts.map((f) => f.region).filter((x): x is string => !!x))].sort(
      (a, b) => b.length - a.length,
    );
    regionCache.set(facts, r);
  }
  return r;
}

const WORKBOOK_METRICS = new Set([
  "level",
  "growth",
  "cagr",
  "share",
  "rank",
  "completion",
  "abs_change",
  "pp_change",
]);

/** A claim vs the workbook: agree within the text's rounding, differ, or not found. */
function checkAgainstWorkbook(c: Claim, facts: Fact[], period: string | null): CheckResult | null {
  if (!c.subject || !WORKBOOK_METRICS.has(c.metric)) return null;
  const base = {
    line: c.line,
    quotes: [c.quote],
    kind: "workbook" as const,
    stated: statedText(c),
    statedValue: c.value,
    textStart: c.textStart,
    textEnd: c.textStart + (c.end - c.start),
  };
  // A claim about one region of a table of regions ("锡林浩特市规上工业增加值增长8.5%").
  let indicator = c.subject;
  let region: string | null = null;
  for (const r of regionsOf(facts)) {
    const at = indicator.indexOf(r);
    if (at >= 0 && at <= 2 && indicator.length > r.length + 1) {
      region = r;
      indicator = indicator.slice(at + r.length);
      break;
    }
  }
  const q = {
    region,
    indicator,
    metric: c.metric,
    period: withDefaultYear(c.period, period),
    scope: c.metric === "rank" ? c.scope : null,
    kind: c.kind,
    unit: c.unit,
  };
  let found = findFacts(facts, q);
  if (found.length > 1) {
    // Prefer facts whose name is closest (exact key), then a single period.
    const exact = found.filter((f) => f.key === found[0]?.key);
    if (new Set(found.map((f) => `${f.period}|${f.scope}|${f.kind}`)).size > 1 && exact.length !== 1) {
      const values = new Set(found.map((f) => factValueIn(f, c.unit)));
      if (values.size > 1)
        return {
          ...base,
          computed: null,
          computedValue: null,
          status: "not_found",
          ...msg("chkAmbiguous", {
            count: found.length,
            cells: found
              .slice(0, 4)
              .map((f) => `${f.sheet}!${f.address}`)
              .join("、"),
          }),
        };
    }
    found = [found[0] as Fact];
  }
  const f = found[0];
  if (!f) {
    return {
      ...base,
      computed: null,
      computedValue: null,
      status: "not_found",
      ...msg("chkNotFound", metricParams(q.indicator, c.metric, null, q.period)),
    };
  }
  const v = factValueIn(f, c.unit);
  if (v === null) return null;
  const s: Stated = { value: c.value, decimals: c.decimals };
  let status: CheckStatus;
  if (c.qualifier && /以上|超过|超|突破|余|多|逾|至少/.test(c.qualifier))
    status = v >= c.value ? "agree" : "disagree";
  else if (c.qualifier && /近|不到|不足|以内|以下|之内/.test(c.qualifier))
    status = v <= c.value && v >= c.value * 0.9 ? "agree" : "disagree";
  else if (c.qualifier && /左右|约|上下/.test(c.qualifier))
    status =
      Math.abs(v - c.value) <= Math.max(0.5 * 10 ** -c.decimals, Math.abs(c.value) * 0.05)
        ? "agree"
        : "disagree";
  else status = judge(s, v, [v, v]).status;
  return {
    ...base,
    computed: show(c, v),
    computedValue: roundHalfAway(v, c.decimals),
    status,
    detail: `${f.sheet}!${f.address}（${f.indicator}${f.period ? `，${f.period}` : ""}）= ${fmt(f.value)}${f.unit ?? ""}`,
    cell: { sheet: f.sheet, address: f.address, indicator: f.indicator, period: f.period },
  };
}

/** A catalog message with its Chinese text (the command line prints the Chinese). */
function msg(
  key: MessageKey,
  params: Record<string, string | number>,
): Pick<CheckResult, "message" | "detail"> {
  return { message: { key, params }, detail: formatMessage(key, "zh", params) };
}

/** Read-engine records by "line:valueStart" (records of one number: several for 均 / 排全省、全市). */
function readRecords(text: string, convert?: ScriptConverter): Map<string, IndicatorRecord[]> {
  const m = new Map<string, IndicatorRecord[]>();
  try {
    const { records, spans } = extractDetailed(text, { convert });
    records.forEach((r, i) => {
      const sp = spans[i];
      if (!sp || r.placeholder) return;
      const key = `${r.line}:${sp.valueStart}`;
      const list = m.get(key) ?? [];
      list.push(r);
      m.set(key, list);
    });
  } catch {
    // The Read engine never throws by contract; without it the scanner's subjects are used.
  }
  return m;
}

/** Run every check on a draft. Results are in text order. */
export function checkDraft(text: string, opts: CheckOptions = {}): CheckResult[] {
  const claims = scanClaims(text, opts.convert);
  const out: CheckResult[] = [];
  for (const sent of bySentence(claims).values()) {
    checkGrowthLevels(sent, out);
    checkCagr(sent, out);
    checkShares(sent, claims, out);
    checkParts(sent, out);
    checkStructures(sent, out);
    checkGaps(sent, claims, out);
    checkRanks(sent, out);
    checkCompletion(sent, claims, out);
    checkMultiples(sent, out);
  }
  if (opts.facts && opts.facts.length) {
    // The Read engine resolves subjects (分别 pairs, 均, carried subjects), kinds and periods better than the
    // scanner's local reading: where it has a record for the same number, its indicator(s) are used.
    const read = readRecords(text, opts.convert);
    for (const c of claims) {
      const recs =
        read.get(`${c.line}:${c.start}`) ??
        read.get(`${c.line}:${c.start + (c.raw.startsWith("-") ? 1 : 0)}`);
      const variants: Claim[] = recs?.length
        ? recs.map((r) => ({
            ...c,
            subject: r.indicator || c.subject,
            kind: r.kind === "target" ? "target" : "actual",
            period: c.period ?? (typeof r.period === "string" && /^\d{4}/.test(r.period) ? r.period : null),
          }))
        : [c];
      for (const v of variants) {
        const r = checkAgainstWorkbook(v, opts.facts, opts.period ?? null);
        if (r) out.push(r);
      }
    }
  }
  return out.sort((a, b) => a.textStart - b.textStart || a.kind.localeCompare(b.kind));
}

/** Counts by status. */
export function summarize(results: CheckResult[]): Record<CheckStatus, number> {
  const s: Record<CheckStatus, number> = { agree: 0, disagree: 0, not_found: 0 };
  for (const r of results) s[r.status]++;
  return s;
}
