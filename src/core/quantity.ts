/**
 * @summary 数量解析 / parsing a Chinese quantity ("35.6亿元", "2800余万元", "6%左右", "三分之一", "七成")
 *
 * A quantity is: optional qualifier before (约, 近, 超过, 突破, 逾, 不足…), optional sign word (增长/下降…),
 * a number ({@link readNumber}: Arabic or Chinese numerals, fractions, 余/多), optional magnitude, optional
 * unit, optional qualifier after (左右, 以上, 以内, 以下, 上下). "百分之六" is 6 %, "千分之三" is 3 ‰.
 *
 * Units: `value` is the number as written and `unit` keeps the magnitude ("35.6亿元" → 35.6, "亿元"), as the
 * record format does; {@link quantityInBase} gives the value in the family's base unit (3560000000 元).
 *
 * Edge cases: empty text, text without a number, or anything left over that is not a known unit or
 * qualifier → #VALUE! (notQuantity) naming the text. A bare magnitude with a unit ("突破万亿元") is 1 × 万亿元.
 *
 * @example parseQuantity("35.6亿元") // => { value: 35.6, unit: "亿元", qualifier: null }
 * @example parseQuantity("2800余万元") // => { value: 2800, unit: "万元", qualifier: "余" }
 * @example parseQuantity("增长6%左右") // => { value: 6, unit: "%", qualifier: "左右" }
 * @example parseQuantity("七成") // => { value: 7, unit: "成", qualifier: null }
 */
import { fail, type IndicatorError } from "./errors";
import { normalizeDigits, readNumber } from "./chineseNumber";
import { lookupUnit, toBaseUnit, UNIT_WORDS } from "./units";

export interface Quantity {
  value: number;
  unit: string;
  qualifier: string | null;
}

/** Qualifiers written before the number, longest first. */
export const PREFIX_QUALIFIERS = [
  "力争超过",
  "力争突破",
  "力争达到",
  "力争",
  "不低于",
  "不高于",
  "不超过",
  "超过",
  "突破",
  "达到",
  "接近",
  "将近",
  "大约",
  "不足",
  "不到",
  "高于",
  "低于",
  "约",
  "近",
  "逾",
  "超",
  "达",
] as const;
/** Qualifiers written after the number and unit, longest first. */
export const SUFFIX_QUALIFIERS = ["左右", "以上", "以内", "以下", "上下", "之内", "多"] as const;

const NEGATIVE_WORDS = ["下降", "减少", "降低", "下滑", "回落", "缩小"];
const POSITIVE_WORDS = ["增长", "增加", "提高", "上涨", "上升", "提升", "扩大", "递增"];

function truncate(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/**
 * Parse one quantity; the whole text must be used.
 * @param text e.g. "35.6亿元", "约1/4", "一千二百", "增长6%左右", "突破万亿元"
 * @returns value as written, unit as written (magnitude included), qualifier or null; or #VALUE!
 */
export function parseQuantity(text: string): Quantity | IndicatorError {
  const original = text;
  let s = normalizeDigits(String(text)).replace(/\s+/g, "");
  if (s.length === 0) return fail("value", "notQuantity", { got: "" });
  let qualifier: string | null = null;
  let sign = 1;
  for (const w of [...NEGATIVE_WORDS, ...POSITIVE_WORDS]) {
    if (s.startsWith(w)) {
      if (NEGATIVE_WORDS.includes(w)) sign = -1;
      s = s.slice(w.length);
      break;
    }
  }
  for (const q of PREFIX_QUALIFIERS) {
    if (s.startsWith(q)) {
      qualifier = q;
      s = s.slice(q.length);
      break;
    }
  }
  let value: number;
  let unit = "";
  const pct = /^(百|千)分之/.exec(s);
  if (pct) {
    const r = readNumber(s.slice(pct[0].length));
    if (!r) return fail("value", "notQuantity", { got: truncate(original) });
    value = r.value;
    unit = pct[1] === "百" ? "%" : "‰";
    s = s.slice(pct[0].length + r.length);
  } else {
    const r = readNumber(s);
    if (!r) return fail("value", "notQuantity", { got: truncate(original) });
    value = r.mantissa;
    unit = r.scale;
    if (r.qualifier) qualifier = r.qualifier;
    s = s.slice(r.length);
    const u = UNIT_WORDS.find((w) => s.startsWith(w) && lookupUnit(unit + w) !== null);
    if (u !== undefined) {
      unit += u;
      s = s.slice(u.length);
    }
  }
  for (const q of SUFFIX_QUALIFIERS) {
    if (s.startsWith(q)) {
      // A qualifier after the number decides the direction ("力争8%以上" → 以上); 多 only fills a gap.
      if (q !== "多" || qualifier === null) qualifier = q;
      s = s.slice(q.length);
      break;
    }
  }
  if (s.length > 0) return fail("value", "notQuantity", { got: truncate(original) });
  const v = sign * value;
  return { value: v === 0 ? 0 : v, unit, qualifier };
}

/**
 * A quantity's value in the base unit of its family (元, 千瓦, 千瓦时, 亩, 吨, 人, %…).
 * @example quantityInBase({ value: 2800, unit: "万元", qualifier: "余" }) // => { value: 28000000, unit: "元" }
 */
export function quantityInBase(q: Quantity): { value: number; unit: string } | IndicatorError {
  const b = toBaseUnit(q.value, q.unit);
  if (!b) return fail("value", "unknownUnit", { unit: q.unit });
  return b;
}
