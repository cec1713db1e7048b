/**
 * @summary 与参照比较 / comparison with a reference rate in percentage points
 *
 * gap = rate − reference, computed from the unrounded inputs and rounded once to `digits` (1 by default,
 * METHODS.md §2: a difference of two percentages is written in 百分点, never in %). gap > 0 → "高于{name}X个百分点",
 * gap < 0 → "低于{name}X个百分点", a gap that rounds to zero → "与{name}持平". The reference is an input (the
 * league's aggregate rate, §1.16), never a mean of members.
 *
 * Edge cases: non-finite input → #NUM!; an empty name uses "平均水平".
 *
 * @example compareWording(8.5, 6.4, { name: "全盟平均" }) // => "高于全盟平均2.1个百分点"
 * @example compareWording(-12.6, 8.0, { name: "全区" }) // => "低于全区20.6个百分点"
 * @example compareWording(6.44, 6.4, { name: "全盟平均" }) // => "与全盟平均持平"
 */
import { fail, type IndicatorError } from "../errors";
import { checkDigits, checkFinite, difference, displaySign, magnitude, RATE_DIGITS } from "./display";
import { fill, templatesFor, type WordingLang } from "./templates";

export interface CompareOptions {
  /** What the rate is compared with, as it reads in the sentence ("全盟平均", "全国"). */
  name?: string;
  digits?: number;
  lang?: WordingLang;
}

export function compareWording(
  rate: number,
  reference: number,
  options: CompareOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(rate, reference) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const name = options.name?.trim() || t.defaultReference;
  const gap = difference(rate, reference);
  const sign = displaySign(gap, digits);
  if (sign === 0) return fill(t.compareSame, { name });
  return fill(sign > 0 ? t.compareAbove : t.compareBelow, { name, x: magnitude(gap, digits) });
}

/**
 * Several references in one phrase (METHODS.md §2 "Lists of differences"): when the rate is above all of them,
 * "分别高于全国、全省2.2个和1.7个百分点" (two items joined with 和, three or more with 、 as in
 * "15.1个、7.9个、4.8个、4.1个百分点"); below all of them, "分别低于…"; otherwise one comparison per reference,
 * joined with "，" ("高于全国2.2个百分点，与全省持平"). Gaps from unrounded rates, rounded once.
 *
 * @example compareListWording(8.1, [{ name: "全国", value: 5.9 }, { name: "全省", value: 6.4 }]) // => "分别高于全国、全省2.2个和1.7个百分点"
 */
export function compareListWording(
  rate: number,
  references: readonly { name: string; value: number }[],
  options: Omit<CompareOptions, "name"> = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(rate, ...references.map((r) => r.value)) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  if (references.length === 0) return fail("value", "emptyInput");
  if (references.length === 1) {
    const only = references[0] as { name: string; value: number };
    return compareWording(rate, only.value, { ...options, name: only.name });
  }
  const gaps = references.map((r) => difference(rate, r.value));
  const signs = gaps.map((g) => displaySign(g, digits));
  if (signs.every((s) => s > 0) || signs.every((s) => s < 0)) {
    const names = joinList(
      references.map((r) => r.name.trim() || t.defaultReference),
      t.listJoin,
      t.namesLastJoin,
    );
    const items = gaps.map((g) => fill(t.ppItem, { x: magnitude(g, digits) }));
    const list = joinList(items, t.listJoin, items.length === 2 ? t.listLastJoin : t.listJoin) + t.ppUnit;
    return fill((signs[0] as number) > 0 ? t.compareAllAbove : t.compareAllBelow, { names, list });
  }
  const parts: string[] = [];
  for (const r of references) {
    const w = compareWording(rate, r.value, { ...options, name: r.name });
    if (typeof w !== "string") return w;
    parts.push(w);
  }
  return parts.join(t.clauseSeparator);
}

function joinList(items: readonly string[], sep: string, lastSep: string): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(sep) + lastSep + (items[items.length - 1] as string);
}
