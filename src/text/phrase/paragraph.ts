/**
 * @summary 分析段落 / a paragraph from several indicator rows
 *
 * Rows are put in the usual order ({@link INDICATOR_ORDER}: GDP, agriculture, industry, investment, consumption,
 * trade, fiscal, finance, income, prices; stable within a group), each becomes its standard sentence, and the
 * sentences are joined with "。". A sentence repeats the period only when it differs from the previous
 * sentence's, and the region only when the period or the region changes, as a writer would:
 * "1-10月，全旗地区生产总值…。规上工业增加值…。"
 *
 * A row that cannot be phrased is skipped and reported with its index and error (never a half sentence);
 * no phrasable row at all gives `wordingNoRows`.
 */
import { fail, isIndicatorError, type IndicatorError } from "../../core/errors";
import { fill, templatesFor } from "../../core/wording";
import { sortByIndicatorOrder } from "./order";
import { phraseParts } from "./phrase";
import type { PhraseOptions, PhraseRow } from "./types";

export interface ParagraphOptions extends PhraseOptions {
  /** Keep the rows' own order instead of the usual one. */
  keepOrder?: boolean;
}

export interface ParagraphResult {
  text: string;
  /** The sentences in paragraph order, each with the index of its input row. */
  sentences: { row: number; text: string }[];
  /** Rows that could not be phrased. */
  skipped: { row: number; error: IndicatorError }[];
}

export function paragraph(
  rows: readonly PhraseRow[],
  options: ParagraphOptions = {},
): ParagraphResult | IndicatorError {
  const lang = options.lang ?? "zh";
  const t = templatesFor(lang);
  const indexed = rows.map((row, i) => ({ row, i }));
  const ordered = options.keepOrder ? indexed : sortByIndicatorOrder(indexed, (x) => x.row.indicator ?? "");
  const sentences: ParagraphResult["sentences"] = [];
  const skipped: ParagraphResult["skipped"] = [];
  let lastPeriod: string | null = null;
  let lastRegion: string | null = null;
  for (const { row, i } of ordered) {
    const parts = phraseParts(row, { lang });
    if (isIndicatorError(parts)) {
      skipped.push({ row: i, error: parts });
      continue;
    }
    const region = row.region?.trim() ?? "";
    const samePeriod = lastPeriod !== null && parts.period === lastPeriod;
    const sameRegion = samePeriod && lastRegion !== null && region === lastRegion;
    const subject = sameRegion
      ? fill(t.subject, { scope: "", indicator: row.indicator.trim() }).trim()
      : parts.subject;
    const text =
      !samePeriod && parts.period
        ? fill(t.sentence, { period: parts.period, subject, body: parts.body })
        : fill(t.sentenceNoPeriod, { subject, body: parts.body });
    sentences.push({ row: i, text });
    lastPeriod = parts.period;
    lastRegion = region;
  }
  if (sentences.length === 0) return fail("value", "wordingNoRows");
  const end = t.sentenceEnd;
  const text = sentences.map((s) => s.text + end).join(lang === "en" ? " " : "");
  return { text, sentences, skipped };
}
