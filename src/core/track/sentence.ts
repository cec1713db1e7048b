/**
 * @summary 地区标准表述 / the standard sentence for a region's indicator
 *
 * "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位，较上月前移1位" (METHODS.md T45, T34),
 * built from the wording primitives: {@link rateWording} (下降 / 持平 / 倍), {@link compareWording} against the
 * reference rate as given (全盟平均 is an input, never the mean of members), {@link rankText} (并列 on ties, 首位),
 * {@link rankChangeWording} against the previous period ("较上月" when it is the month before, else "较1-9月").
 * A region without a rate reads "…不计算增速，不参与排位".
 *
 * @example regionSentence({ label: "1-10月", region: "全旗", indicator: "规上工业增加值", growth: 8.5, reference: 6.4, scope: "全盟", rank: 3 })
 * // => "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位"
 */
import { compareWording, rankChangeWording, rankText, rateWording } from "../wording";

export interface SentenceInput {
  /** The period as written ("1-10月"). */
  label: string;
  region: string;
  indicator: string;
  growth: number | null;
  /** The reference (全盟) rate, as given; null to leave the comparison out. */
  reference?: number | null;
  /** The reference group ("全盟"); the comparison names it "全盟平均". */
  scope?: string;
  rank?: number | null;
  tied?: boolean;
  previousRank?: number | null;
  /** The previous period's label, or "上月". */
  previousLabel?: string;
}

export function regionSentence(s: SentenceInput): string {
  const scope = s.scope ?? "";
  if (s.growth === null || !Number.isFinite(s.growth)) {
    return `${s.label}，${s.region}${s.indicator}不计算增速，不参与排位`;
  }
  const parts: string[] = [];
  const rate = rateWording(s.growth);
  parts.push(`${s.label}，${s.region}${s.indicator}同比${typeof rate === "string" ? rate : ""}`);
  if (s.reference !== null && s.reference !== undefined && Number.isFinite(s.reference)) {
    const c = compareWording(s.growth, s.reference, { name: `${scope}平均` });
    if (typeof c === "string") parts.push(c);
  }
  if (s.rank) {
    const r = rankText(s.rank, { scope, tied: s.tied ?? false });
    if (typeof r === "string") parts.push(r);
    if (s.previousRank) {
      const ch = rankChangeWording(s.previousRank, s.rank, { label: s.previousLabel ?? "上月" });
      if (typeof ch === "string") parts.push(ch);
    }
  }
  return parts.join("，");
}
