/**
 * @summary 标准句 / the standard sentence for one indicator row
 *
 * Clause order (as bureaus write it, issue 6): period，region + indicator + level，basis + growth，change vs the
 * earlier period，comparison with the reference，rank，rank change，target，completion，schedule. Every clause is
 * the wording primitive of `src/core/wording` (rounding happens there, once); a clause whose inputs are missing
 * is left out. The sentence has no final full stop (`paragraph` adds it).
 *
 * Edge cases: no indicator, or neither a level nor a growth → `wordingNeedsFigure` (#VALUE!); a bad number
 * anywhere → that primitive's error. A growth given as a status word (扭亏 …) prints the word and skips the
 * clauses that need a rate (change, comparison, target).
 *
 * @example phrase({ period: "1-10月", region: "全旗", indicator: "规上工业增加值", growth: 8.5, reference: 6.4, rank: 3, scope: "全盟" }) // => "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位"
 */
import { fail, isIndicatorError, type IndicatorError } from "../../core/errors";
import { parseTarget } from "../../core/target";
import {
  changeWording,
  compareListWording,
  compareWording,
  completionWording,
  fill,
  levelWording,
  rankChangeWording,
  rankText,
  rateWording,
  scheduleWording,
  statusWording,
  targetDirection,
  targetGapWording,
  targetStatus,
  templatesFor,
} from "../../core/wording";
import type { PhraseOptions, PhraseRow } from "./types";

export interface SentenceParts {
  period: string;
  subject: string;
  body: string;
}

/** The parts of the sentence, so a paragraph can drop a repeated period or region. */
export function phraseParts(row: PhraseRow, options: PhraseOptions = {}): SentenceParts | IndicatorError {
  const lang = options.lang ?? "zh";
  const t = templatesFor(lang);
  const indicator = (row.indicator ?? "").trim();
  if (!indicator) return fail("value", "wordingNeedsText", { what: "指标 indicator", got: "" });
  const hasGrowth = row.growth !== undefined && !(typeof row.growth === "string" && row.growth.trim() === "");
  if (row.level === undefined && !hasGrowth) return fail("value", "wordingNeedsFigure", { what: indicator });
  const digits = row.digits;
  const clauses: string[] = [];
  const take = (x: string | IndicatorError): IndicatorError | null => {
    if (isIndicatorError(x)) return x;
    clauses.push(x);
    return null;
  };

  // level and growth form the first clause
  let lead = "";
  if (row.level !== undefined) {
    const lv = levelWording(row.level, row.unit ?? "", {
      digits: row.levelDigits,
      // "盟级重点项目完成投资392.60亿元", not "…完成投资完成392.60亿元"
      verb: row.levelVerb ?? (lang === "zh" && /完成|实现/.test(indicator) ? "" : undefined),
      lang,
    });
    if (isIndicatorError(lv)) return lv;
    lead = lv.trim();
  }
  let rate: number | null = null;
  if (hasGrowth) {
    let growthText: string;
    if (typeof row.growth === "number") {
      const w = rateWording(row.growth, { kind: row.kind, digits, lang });
      if (isIndicatorError(w)) return w;
      growthText = w;
      rate = row.growth;
    } else {
      const w = statusWording(String(row.growth), lang);
      if (w === null) return fail("value", "notNumber", { got: String(row.growth) });
      growthText = w;
    }
    if (rate !== null && row.realGrowth !== undefined) {
      const real = rateWording(row.realGrowth, { kind: row.kind, digits, lang });
      if (isIndicatorError(real)) return real;
      growthText = fill(t.nominalReal, { rate: growthText, real });
    }
    const basis = row.basis ?? t.basisYoY;
    const notComputed = growthText === t.statusNotComputed;
    let g = fill(t.growthClause, { basis: notComputed ? "" : basis, rate: growthText });
    if (row.note?.trim()) g += fill(t.note, { note: row.note.trim() });
    lead = lead ? fill(t.levelThenGrowth, { level: lead, growth: g }) : g;
  }

  if (rate !== null && row.previousGrowth !== undefined) {
    const e = take(
      changeWording(rate, row.previousGrowth, {
        label: row.previousLabel,
        digits,
        signChange: row.signChange,
        lang,
      }),
    );
    if (e) return e;
  }
  if (rate !== null && row.references && row.references.length > 0) {
    const e = take(compareListWording(rate, row.references, { digits, lang }));
    if (e) return e;
  } else if (rate !== null && row.reference !== undefined) {
    const scope = row.scope?.trim();
    const name = row.referenceName?.trim() || (scope ? fill(t.referenceOfScope, { scope }) : undefined);
    const e = take(compareWording(rate, row.reference, { name, digits, lang }));
    if (e) return e;
  }
  if (row.rank !== undefined) {
    const e = take(rankText(row.rank, { scope: row.scope, tied: row.tied, lang }));
    if (e) return e;
    if (row.previousRank !== undefined) {
      const label = row.previousRankLabel ?? row.previousLabel;
      const e2 = take(rankChangeWording(row.previousRank, row.rank, { style: row.rankStyle, label, lang }));
      if (e2) return e2;
    }
  }
  // A target given only as text ("增长6%左右", "控制在3%以内") is read with parseTarget (src/core/target.ts).
  let target = row.target;
  let targetText = row.targetText?.trim() || undefined;
  let qualifier = row.qualifier;
  let direction = row.direction;
  // the figure compared with the target: the growth, or the level when the target is a rate (失业率 5%以内)
  const actual = row.targetOn === "level" ? (row.level ?? null) : rate;
  if (actual !== null && target === undefined && targetText) {
    const parsed = parseTarget(targetText);
    if (isIndicatorError(parsed)) return parsed;
    if (parsed.unit !== "%") return fail("value", "notTarget", { got: targetText });
    target = parsed.value;
    qualifier = qualifier ?? parsed.qualifier ?? undefined;
    direction = direction ?? parsed.direction;
    targetText = `${parsed.value}%${parsed.qualifier ?? ""}`;
  }
  if (actual !== null && target !== undefined) {
    const opts = {
      targetText,
      qualifier,
      direction: direction ?? (row.kind === "price" ? (-1 as const) : undefined),
      tolerance: row.tolerance,
      digits,
      lang,
    };
    const e = take(targetGapWording(actual, target, opts));
    if (e) return e;
    // The gap says met or missed by itself, except for a 左右 shortfall within tolerance and for
    // lower-is-better targets, where 低于 is the good side: there the verdict is written out.
    const status = targetStatus(actual, target, opts);
    if (isIndicatorError(status)) return status;
    if (status === "nearlyMet" || targetDirection(opts) < 0) {
      clauses.push(
        status === "met" ? t.targetMet : status === "nearlyMet" ? t.targetNearlyMet : t.targetMissed,
      );
    }
  }
  if (row.completion !== undefined) {
    const e = take(completionWording(row.completion, { lang }));
    if (e) return e;
    if (row.progress !== undefined) {
      const e2 = take(scheduleWording(row.completion, row.progress, { lang }));
      if (e2) return e2;
    }
  }

  const sep = t.clauseSeparator;
  const body = [lead, ...clauses].filter((c) => c.length > 0).join(sep);
  const region = row.region?.trim() ?? "";
  const subject = fill(t.subject, { scope: region, indicator }).trim();
  return { period: row.period?.trim() ?? "", subject, body };
}

/** Join parts into a sentence; `withPeriod` false drops the period (a paragraph's later sentences). */
export function joinParts(
  parts: SentenceParts,
  lang: PhraseOptions["lang"] = "zh",
  withPeriod = true,
): string {
  const t = templatesFor(lang);
  if (withPeriod && parts.period) return fill(t.sentence, { ...parts });
  return fill(t.sentenceNoPeriod, { subject: parts.subject, body: parts.body });
}

export function phrase(row: PhraseRow, options: PhraseOptions = {}): string | IndicatorError {
  const parts = phraseParts(row, options);
  if (isIndicatorError(parts)) return parts;
  return joinParts(parts, options.lang);
}
