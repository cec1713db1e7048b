/**
 * @summary 累计期别 / cumulative period labels ("1-10月", "1—10月份", "一季度", "上半年", "前三季度", "全年")
 *
 * A tracking table counts periods as cumulative months from January: "1-2月" is 2 (January and February are
 * published together), "1-10月" is 10, "一季度" 3, "上半年" 6, "前三季度" 9, "全年"/"1-12月" 12. A bare "10月"
 * is the single month, not a cumulative period, and reads as null here; so do a single quarter ("二季度") and
 * text without a period.
 *
 * `monthsInLabel` finds the period inside a longer header ("1-9月增速(%)", "上年1-10月"); `periodLabel(m)` is
 * the display form used in the tracking sheet and sentences ("1-10月"; 12 → "1-12月").
 *
 * @example monthsInLabel("1-10月") // => 10
 * @example monthsInLabel("1—9月份增速(%)") // => 9
 * @example monthsInLabel("前三季度") // => 9
 * @example monthsInLabel("10月") // => null
 * @example periodLabel(10) // => "1-10月"
 */
import { normalizeDigits, parseChineseInteger } from "../chineseNumber";

const NAMED: [RegExp, number][] = [
  [/前三季度|1[-—~～至到]3季度/, 9],
  [/上半年|1[-—~～至到]2季度/, 6],
  [/一季度|第一季度|1季度/, 3],
  [/全年|年度累计/, 12],
];

const RANGE = /(?:1|一)\s*[-—–~～至到]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月/;

/** Cumulative months (1…12) named in a label, or null. */
export function monthsInLabel(label: unknown): number | null {
  if (typeof label !== "string") return null;
  const s = normalizeDigits(label).replace(/\s+/g, "");
  const r = RANGE.exec(s);
  if (r) {
    const raw = r[1] as string;
    const m = /^[0-9]+$/.test(raw) ? Number(raw) : parseChineseInteger(raw);
    return m !== null && m >= 1 && m <= 12 ? m : null;
  }
  for (const [re, m] of NAMED) if (re.test(s)) return m;
  if (/^1月(份)?/.test(s) || /^一月(份)?/.test(s)) return 1;
  return null;
}

/** The label of a cumulative period as the tracking sheet shows it. */
export function periodLabel(months: number): string {
  if (months <= 1) return "1月";
  return `1-${months}月`;
}
