/**
 * @summary 时期与序时进度 / period labels and time progress (序时进度)
 *
 * `parsePeriod` reads a period label as bureaus write it into the months it covers: "1-10月", "1—10月份",
 * "1至10月", "一至十月", "10月" (one month), "一季度"/"第一季度"/"1季度" (months 1–3), "二季度" (4–6),
 * "前三季度" (1–9), "上半年" (1–6), "下半年" (7–12), "全年"/"年度" (1–12), "1-2月"; a leading year
 * ("2024年1-10月") is ignored. A month number m (1–12) means the cumulative period 1–m.
 *
 * `progress(period)` = to / 12 × 100: the elapsed share of the year in % (METHODS.md §1.11, T24; by months,
 * not days). "二季度" ends in June, so its progress is 50.
 *
 * Edge cases: month outside 1–12, from > to, or an unreadable label → #VALUE! notPeriod; a non-integer
 * month → #VALUE!.
 *
 * @example parsePeriod("1—10月份") // => { from: 1, to: 10 }
 * @example parsePeriod("前三季度") // => { from: 1, to: 9 }
 * @example progress(6) // => 50
 * @example progress("1-10月") // => 83.33333333333334
 */
import { fail, isIndicatorError, type IndicatorError } from "./errors";
import { normalizeDigits, parseChineseInteger } from "./chineseNumber";

export interface Period {
  from: number;
  to: number;
}

function monthNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}

function ok(from: number, to: number): Period | null {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
  if (from < 1 || to > 12 || from > to) return null;
  return { from, to };
}

const QUARTER = "(?:第)?([1-4一二三四])(?:季度|季)";

/** The months a period label covers, or #VALUE! notPeriod. */
export function parsePeriod(label: string | number): Period | IndicatorError {
  if (typeof label === "number") {
    const p = Number.isInteger(label) ? ok(1, label) : null;
    return p ?? fail("value", "notPeriod", { got: String(label) });
  }
  const original = String(label);
  let s = normalizeDigits(original)
    .replace(/\s+/g, "")
    .replace(/^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?(?=.)/, "")
    .replace(/(?:月份|月)$/, "月")
    .replace(/累计$/, "");
  const bad = () =>
    fail("value", "notPeriod", { got: original.length > 20 ? `${original.slice(0, 20)}…` : original });
  if (s.length === 0) return bad();
  if (/^(?:全年|年度|全年累计|1-12月|年|(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?)$/.test(s))
    return { from: 1, to: 12 };
  if (s === "上半年") return { from: 1, to: 6 };
  if (s === "下半年") return { from: 7, to: 12 };
  let m = /^前([1-4一二三四])(?:个)?季度$/.exec(s);
  if (m && m[1] !== undefined) {
    const q = monthNumber(m[1]);
    return (q !== null && ok(1, q * 3)) || bad();
  }
  m = new RegExp(`^${QUARTER}(?:末)?$`).exec(s);
  if (m && m[1] !== undefined) {
    const q = monthNumber(m[1]);
    return (q !== null && ok(q * 3 - 2, q * 3)) || bad();
  }
  m =
    new RegExp(`^${QUARTER}[-—–~至到]${QUARTER}$`).exec(s) ??
    /^(?:第)?([1-4一二三四])[-—–~至到](?:第)?([1-4一二三四])(?:季度|季)$/.exec(s);
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const a = monthNumber(m[1]);
    const b = monthNumber(m[2]);
    return (a !== null && b !== null && ok(a * 3 - 2, b * 3)) || bad();
  }
  s = s.replace(/月$/, "");
  m =
    /^(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月)?(?:—{1,2}|[-–~至到])(\d{1,2}|[一二三四五六七八九十]{1,3})$/.exec(
      s,
    );
  if (m && m[1] !== undefined && m[2] !== undefined) {
    const a = monthNumber(m[1]);
    const b = monthNumber(m[2]);
    return (a !== null && b !== null && ok(a, b)) || bad();
  }
  m = /^(\d{1,2}|[一二三四五六七八九十]{1,3})$/.exec(s);
  if (m && m[1] !== undefined && /月/.test(normalizeDigits(original))) {
    const a = monthNumber(m[1]);
    return (a !== null && ok(a, a)) || bad();
  }
  // A bare number as text ("10") is a month number, as in progress(10).
  if (m && m[1] !== undefined && /^\d{1,2}$/.test(m[1])) {
    return ok(1, Number(m[1])) || bad();
  }
  return bad();
}

/** 序时进度 in %: the share of the year elapsed at the end of the period (to / 12 × 100). */
export function progress(period: string | number | Period): number | IndicatorError {
  const p = typeof period === "object" ? period : parsePeriod(period);
  if (isIndicatorError(p)) return p;
  return (p.to / 12) * 100;
}
