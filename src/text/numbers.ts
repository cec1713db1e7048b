/**
 * @summary 数字片段扫描 / finding the quantities in a normalised line of report text
 *
 * One forward pass over a normalised line (see `normalize.ts`) that finds every quantity a statistician
 * might track and what is written around it: Arabic numbers with 万/亿/万亿, Chinese numerals, `x` slots,
 * 余/多 inside numbers, units as written (亿元, 万千瓦, 个百分点, %), ranges (1—2家, 6%-7%), fractions
 * (1/4, 三分之一 → percent), 成 (七成 → 70 %), structure ratios (47：23：30), ranks (首位, 第一, 第2位),
 * 翻番, and bare magnitudes (突破万亿元, 近万人). Turning numeral text into a value is `readNumber` from
 * `src/core/chineseNumber.ts`; this module decides where a quantity starts and ends and what follows it.
 *
 * Linear time: each step reads a bounded window (a numeral, at most a few characters of unit), so a 1 MB
 * line of digits or junk costs one pass. Nothing throws.
 */
import { readNumber } from "../core/chineseNumber";

export type SpanForm =
  | "number" // Arabic or Chinese numeral with a unit (or none)
  | "slot" // the lowercase `x` placeholder
  | "fraction" // 1/4, 三分之一 (value in percent)
  | "cheng" // 七成 (value in percent)
  | "structure" // 47：23：30
  | "rank" // 首位, 第一, 第2位, 第x位
  | "double" // 翻番 / 翻一番 / 翻两番
  | "bare" // 突破万亿元, 近万人
  | "ordinal"; // 第三 (not a rank): kept so callers can skip it knowingly

export interface NumberSpan {
  form: SpanForm;
  /** Start of the quantity (first digit, 第, 首 …) in the normalised line. */
  start: number;
  /** End of the whole span including unit and any range part. */
  end: number;
  /** End of the numeral (before 余/多, magnitude and unit). */
  numEnd: number;
  /** Value as written before the unit's magnitude (35.6 for 35.6亿元); null for an `x` slot. */
  value: number | null;
  /** Upper end of a range (6%-7% → 7). */
  high?: number | null;
  /** Parts of a structure ratio. */
  parts?: (number | null)[];
  /** Unit as written (magnitude + unit word: "亿元", "万人", "%", "个百分点"), or null. */
  unit: string | null;
  /** 余 or 多 written inside the number. */
  inner: "余" | "多" | null;
  placeholder: boolean;
  /** True when the numeral is written in Chinese characters. */
  chinese: boolean;
  /** True when the unit was taken from the next number of a list ("2.1和1.3个百分点"). */
  borrowedUnit?: boolean;
}

/** Counting words and units that make a number a tracked quantity (magnitude prefixes are added below). */
const BASE_UNITS = [
  "个百分点",
  "百分点",
  "个千分点",
  "千分点",
  "元/斤",
  "微克/立方米",
  "毫克/立方米",
  "元/吨",
  "元/公斤",
  "元/人",
  "元/亩",
  "美元",
  "元",
  "千瓦时",
  "兆瓦时",
  "吉瓦时",
  "千瓦",
  "兆瓦",
  "吉瓦",
  "度",
  "吨标准煤",
  "标准煤",
  "吨",
  "公斤",
  "千克",
  "斤",
  "亩",
  "公顷",
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "公里",
  "千米",
  "人次",
  "人",
  "名",
  "户",
  "家",
  "个工作日",
  "小时",
  "个",
  "项",
  "件",
  "处",
  "座",
  "条",
  "所",
  "只",
  "头",
  "匹",
  "枚",
  "套",
  "张",
  "床",
  "场次",
  "次",
  "批",
  "起",
  "种",
  "群",
  "大类",
  "类",
  "倍",
  "列",
  "剂",
  "羊单位",
  "辆",
  "台",
  "栋",
  "间",
  "册",
  "部",
  "支",
  "眼",
  "宗",
  "笔",
  "份",
  "期",
  "所",
  "村",
  "米",
  "株",
  "棵",
  "箱",
  "单",
  "本",
  "篇",
];

const MAGNITUDE_PREFIXES = ["万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千"];

/** Units after "千" only (千元, 千人); "千瓦" etc. are base units already. */
const KILO_OK = new Set(["元", "人", "户", "亩", "吨", "米", "公顷"]);

/** All unit strings, indexed by first character, longest first. */
const UNIT_INDEX: Map<string, string[]> = (() => {
  const all = new Set<string>();
  for (const u of BASE_UNITS) {
    all.add(u);
    for (const p of MAGNITUDE_PREFIXES) {
      if (u.startsWith("个") || u === "倍" || u.includes("百分点") || u.includes("千分点") || u === "元/斤")
        continue;
      if (p === "千" && !KILO_OK.has(u)) continue;
      all.add(p + u);
    }
  }
  const idx = new Map<string, string[]>();
  for (const u of all) {
    const first = u[0] as string;
    const list = idx.get(first) ?? [];
    list.push(u);
    idx.set(first, list);
  }
  for (const list of idx.values()) list.sort((a, b) => b.length - a.length);
  return idx;
})();

/** The longest unit written at `i`, or "" (a "个" followed by 月/小时/多月 is a duration, not a unit). */
export function unitAt(s: string, i: number): string {
  const c = s[i];
  if (c === undefined) return "";
  if (c === "%" || c === "‰") return c;
  const list = UNIT_INDEX.get(c);
  if (!list) return "";
  for (const u of list) {
    if (s.startsWith(u, i)) {
      const after = s[i + u.length];
      if (u.endsWith("个") && (after === "月" || after === "小" || after === "半")) return "";
      if (u === "度" && s[i + 1] === "假") return "";
      if (u === "期" && (after === "间" || after === "末" || after === "内" || after === "工")) return "";
      if (u.endsWith("次") && after === "会") return "";
      if (u === "部" && (after === "门" || after === "署" || after === "分")) return "";
      if (u === "单" && after === "位") return "";
      return u;
    }
  }
  return "";
}

const CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const CHINESE_DIGIT_CODES = new Set(Array.from(CHINESE_DIGITS, (c) => c.charCodeAt(0)));
function isChineseDigit(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE_DIGIT_CODES.has(ch.charCodeAt(0));
}

const RANGE_DASH = "-—–~～至到";
const BARE_LEAD = ["突破", "超过", "近", "逾", "超", "上", "破"];

/**
 * Read a quantity starting exactly at `i`: a numeral (Arabic, Chinese or `x`), 余/多, magnitude and unit.
 * Returns null if no numeral starts at `i`. `window` bounds every look-ahead so the scan stays linear.
 */
function readQuantity(s: string, i: number): NumberSpan | null {
  const c = s.charCodeAt(i);
  let value: number | null;
  let numEnd: number;
  let pos: number;
  let inner: NumberSpan["inner"] = null;
  let scale = "";
  let chinese = false;
  let placeholder = false;
  if (s[i] === "x") {
    value = null;
    placeholder = true;
    numEnd = pos = i + 1;
    if (s[pos] === "余" || s[pos] === "多") inner = s[pos++] === "多" ? "多" : "余";
  } else {
    let j = i;
    if (isDigit(c)) {
      while (j < s.length && j - i < 40) {
        const d = s.charCodeAt(j);
        if (
          isDigit(d) ||
          (d === 46 && isDigit(s.charCodeAt(j + 1))) ||
          (d === 44 && /^\d{3}(?!\d)/.test(s.slice(j + 1, j + 5)))
        )
          j++;
        else break;
      }
    } else {
      chinese = true;
      while (j < s.length && j - i < 16 && isChineseDigit(s[j])) j++;
      // 点 inside a Chinese numeral (十二点五)
      if (s[j] === "点" && isChineseDigit(s[j + 1])) {
        j++;
        while (j < s.length && j - i < 24 && isChineseDigit(s[j])) j++;
      }
    }
    if (!chinese) {
      // Arabic digits: read directly (the common case; readNumber is kept for Chinese numerals).
      value = Number(s.slice(i, j).replace(/,/g, ""));
      if (!Number.isFinite(value)) return null;
      numEnd = pos = j;
      if ((s[pos] === "余" || s[pos] === "多") && (scaleAt(s, pos + 1) !== "" || unitAt(s, pos + 1) !== "")) {
        inner = s[pos] === "多" ? "多" : "余";
        pos++;
      }
      scale = scaleAt(s, pos);
      pos += scale.length;
      return finish(s, i, numEnd, pos, value, inner, scale, false, false);
    }
    // Fractions (1/4) are read here, not by readNumber, so the window stops before a "/".
    const win = s[j] === "/" ? s.slice(i, j) : s.slice(i, Math.min(s.length, j + 6));
    const r = readNumber(win);
    if (!r || r.length === 0) return null;
    value = r.mantissa;
    inner = r.qualifier;
    scale = r.scale;
    pos = i + r.length;
    numEnd = Math.min(j, pos);
    if (chinese && numEnd - i > 0 && scale !== "") numEnd = pos - scale.length - (inner ? 1 : 0);
    if (!Number.isFinite(value)) return null;
  }
  return finish(s, i, numEnd, pos, value, inner, scale, chinese, placeholder);
}

const SCALES = ["万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万"];

/** A magnitude word written at `pos` ("万", "亿", "万亿", "千万"), or "". */
function scaleAt(s: string, pos: number): string {
  const c = s[pos];
  if (c !== "万" && c !== "亿" && c !== "千" && c !== "百" && c !== "十") return "";
  for (const w of SCALES) if (s.startsWith(w, pos)) return w;
  return "";
}

/** Unit and 余/多 after a numeral whose value, magnitude and end are known. */
function finish(
  s: string,
  i: number,
  numEnd: number,
  pos0: number,
  value: number | null,
  inner0: NumberSpan["inner"],
  scale: string,
  chinese: boolean,
  placeholder: boolean,
): NumberSpan {
  let pos = pos0;
  let inner = inner0;
  // A scale written after 余/多 (2800余万元) was consumed by readNumber; after a slot it is part of the unit.
  if (inner === null && (s[pos] === "余" || s[pos] === "多") && unitAt(s, pos + 1) !== "") {
    inner = s[pos] === "多" ? "多" : "余";
    pos++;
  }
  let unit = "";
  if (scale !== "") {
    const u = unitAt(s, pos);
    // "万亿元" read as 万 + 亿元: keep the magnitude with the unit as written.
    if (u !== "" && !(u === "万" || u === "亿")) {
      unit = scale + u;
      pos += u.length;
    } else if (s[pos] === "余" || s[pos] === "多") {
      const u2 = unitAt(s, pos + 1);
      if (u2 !== "") {
        inner = s[pos] === "多" ? "多" : "余";
        unit = scale + u2;
        pos += 1 + u2.length;
      } else unit = scale;
    } else unit = scale;
  } else {
    const u = unitAt(s, pos);
    unit = u;
    pos += u.length;
  }
  return {
    form: placeholder ? "slot" : "number",
    start: i,
    end: pos,
    numEnd,
    value,
    unit: unit === "" ? null : unit,
    inner,
    placeholder,
    chinese,
  };
}

/** True when a numeral may start at `i` (not inside a Latin word or a longer digit run). */
function numeralStarts(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (!isDigit(c) && c !== 120 && !CHINESE_DIGIT_CODES.has(c)) return false;
  const ch = s[i] as string;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  if (isDigit(c)) return !isDigit(prev) && prev !== 46 && !isAsciiLetter(prev);
  if (ch === "x") {
    const next = s.charCodeAt(i + 1);
    return !isAsciiLetter(prev) && !isDigit(prev) && !isAsciiLetter(next) && !isDigit(next);
  }
  if (isChineseDigit(ch)) return !isChineseDigit(s[i - 1]);
  return false;
}

/**
 * Every quantity in a normalised line, in order, without overlaps. Spans with no unit are returned too
 * (the extractor decides from context whether a bare number is a rate with a missing % sign or nothing).
 */
export function scanNumbers(s: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const ch = s[i] as string;
    // 首位 / 翻番
    if (ch === "首" && s[i + 1] === "位") {
      out.push(simple("rank", i, i + 2, 1, "位"));
      i += 2;
      continue;
    }
    if (ch === "翻" && (s.startsWith("翻番", i) || s.startsWith("翻一番", i) || s.startsWith("翻两番", i))) {
      const len = s[i + 1] === "番" ? 2 : 3;
      out.push(simple("double", i, i + len, s[i + 1] === "两" ? 4 : 2, null));
      i += len;
      continue;
    }
    // 第N位 / 第一 / 第x位
    if (ch === "第" && i + 1 < n && numeralStarts(s, i + 1)) {
      const q = readQuantity(s, i + 1);
      if (q) {
        const rankWord = s[q.numEnd] === "位" || s[q.numEnd] === "名" ? (s[q.numEnd] as string) : null;
        if (rankWord) q.unit = rankWord;
        if (rankWord) q.end = q.numEnd + 1;
        const isRankUnit = rankWord !== null;
        // 第N位, 第一, and a bare 第N after a verb of standing (排名全市第3); the extractor checks the verb.
        const rank = isRankUnit || q.unit === null;
        const unitEnd = isRankUnit ? q.end : q.unit === null ? q.numEnd : q.end;
        out.push({
          ...q,
          form: rank ? "rank" : "ordinal",
          start: i,
          end: rank ? unitEnd : q.end,
          unit: isRankUnit ? q.unit : null,
        });
        i = Math.max(i + 1, rank ? unitEnd : q.end);
        continue;
      }
    }
    // Bare magnitude after a qualifier: 突破万亿元, 近万人.
    if ((ch === "万" || ch === "亿" || (ch === "千" && s[i + 1] === "亿")) && i > 0) {
      const lead = BARE_LEAD.find((w) => s.startsWith(w, i - w.length));
      if (lead) {
        const scale = ch === "千" ? "千亿" : s.startsWith("万亿", i) ? "万亿" : ch;
        const u = unitAt(s, i + scale.length);
        if (u !== "" && u !== "万" && u !== "亿" && !isChineseDigit(s[i - 1])) {
          out.push(simple("bare", i, i + scale.length + u.length, 1, scale + u));
          i += scale.length + u.length;
          continue;
        }
      }
    }
    if (!numeralStarts(s, i)) {
      i++;
      continue;
    }
    // Chinese fraction 三分之一 (denominator first).
    if (isChineseDigit(ch) || isDigit(s.charCodeAt(i))) {
      const f = fractionAt(s, i);
      if (f) {
        out.push(f);
        i = f.end;
        continue;
      }
    }
    const q = readQuantity(s, i);
    if (!q) {
      i++;
      continue;
    }
    let span = q;
    // A minus sign written before the number ("增长-2.1%"), not a dash between two numbers.
    const prev = s[i - 1];
    if ((prev === "-" || prev === "－") && !isDigit(s.charCodeAt(i - 2)) && q.value !== null && !q.chinese) {
      span = { ...q, start: i - 1, value: -q.value };
    }
    // "分别高2.1和1.3个百分点": a number without a unit borrows the unit of the next one in its list;
    // "拉动1.3个、0.9个百分点": so does a 个 that the list's end shows to be 个百分点.
    if (
      (span.unit === null ||
        (span.unit === "个" &&
          /^[、和]/.test(s.slice(span.end)) &&
          /^[^，。；,;]{0,40}个百分点/.test(s.slice(span.end)))) &&
      (s[span.end] === "和" || s[span.end] === "、") &&
      numeralStarts(s, span.end + 1)
    ) {
      // "拉动0.8、3.6和1.8个百分点": the unit is at the end of the list, however many items come before it.
      let nx = readQuantity(s, span.end + 1);
      for (
        let hops = 0;
        hops < 12 &&
        nx &&
        (nx.unit === null || nx.unit === "个") &&
        nx.chinese === span.chinese &&
        (s[nx.end] === "和" || s[nx.end] === "、") &&
        numeralStarts(s, nx.end + 1);
        hops++
      )
        nx = readQuantity(s, nx.end + 1);
      if (
        nx &&
        nx.unit !== null &&
        nx.chinese === span.chinese &&
        (span.unit === null || nx.unit === "个百分点")
      )
        span = { ...span, unit: nx.unit, borrowedUnit: true };
    }
    // 成: 七成 → 70 %
    if (q.unit === null && s[q.end] === "成" && q.value !== null && q.value <= 10 && !q.placeholder) {
      const nx = s[q.end + 1];
      if (
        nx !== "为" &&
        nx !== "立" &&
        nx !== "效" &&
        nx !== "果" &&
        nx !== "绩" &&
        nx !== "本" &&
        nx !== "功"
      ) {
        span = { ...q, form: "cheng", value: q.value * 10, unit: "%", end: q.end + 1 };
      }
    }
    // Arabic fraction 1/4 → 25 %
    if (
      span.form === "number" &&
      q.unit === null &&
      s[q.numEnd] === "/" &&
      isDigit(s.charCodeAt(q.numEnd + 1)) &&
      !q.chinese
    ) {
      const den = readQuantity(s, q.numEnd + 1);
      if (den && den.value !== null && den.value !== 0 && q.value !== null && den.unit === null) {
        span = {
          ...q,
          form: "fraction",
          value: round2((q.value / den.value) * 100),
          unit: null,
          end: den.numEnd,
        };
      }
    }
    // Structure: a：b：c (three or more parts, no unit)
    if (span.form === "number" || span.form === "slot") {
      const st = structureAt(s, span);
      if (st) span = st;
    }
    // Range: 1—2家, 6%-7%, 6-7%
    if (
      (span.form === "number" || span.form === "slot") &&
      RANGE_DASH.includes(s[span.end] ?? "") &&
      span.value !== null
    ) {
      const j = span.end + 1;
      if (j < n && numeralStarts(s, j) && s[j] !== "x") {
        const hi = readQuantity(s, j);
        if (
          hi &&
          hi.value !== null &&
          hi.chinese === span.chinese &&
          (span.unit === null || hi.unit === span.unit || hi.unit === null)
        ) {
          if (hi.unit !== null || span.unit !== null) {
            if (hi.value > span.value)
              span = { ...span, high: hi.value, unit: span.unit ?? hi.unit, end: hi.end };
          }
        }
      }
    }
    out.push(span);
    i = Math.max(i + 1, span.end);
  }
  return out;
}

function simple(form: SpanForm, start: number, end: number, value: number, unit: string | null): NumberSpan {
  return { form, start, end, numEnd: end, value, unit, inner: null, placeholder: false, chinese: true };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** 三分之一 / 3分之1 starting at i. */
function fractionAt(s: string, i: number): NumberSpan | null {
  let j = i;
  while (j < s.length && j - i < 8 && (isChineseDigit(s[j]) || isDigit(s.charCodeAt(j)))) j++;
  if (j === i || !s.startsWith("分之", j)) return null;
  let k = j + 2;
  const numStart = k;
  while (
    k < s.length &&
    k - numStart < 12 &&
    (isChineseDigit(s[k]) ||
      isDigit(s.charCodeAt(k)) ||
      ((s[k] === "点" || s[k] === ".") && (isChineseDigit(s[k + 1]) || isDigit(s.charCodeAt(k + 1)))))
  )
    k++;
  if (k === numStart) return null;
  const den = readNumber(s.slice(i, j));
  const num = readNumber(s.slice(numStart, k));
  if (!den || !num || den.value === 0 || den.length !== j - i) return null;
  // 百分之六 → 6 %
  return {
    form: "fraction",
    start: i,
    end: numStart + num.length,
    numEnd: numStart + num.length,
    value: round2((num.value / den.value) * 100),
    unit: den.value === 100 ? "%" : null,
    inner: null,
    placeholder: false,
    chinese: true,
  };
}

/** a：b：c after a first part already read. */
function structureAt(s: string, first: NumberSpan): NumberSpan | null {
  if (first.unit !== null) return null;
  const parts: (number | null)[] = [first.value];
  let pos = first.numEnd;
  while (parts.length < 6 && (s[pos] === "：" || s[pos] === ":")) {
    const j = pos + 1;
    if (j >= s.length || !(s[j] === "x" || isDigit(s.charCodeAt(j)))) break;
    const q = readQuantity(s, j);
    if (!q || q.unit !== null) break;
    parts.push(q.value);
    pos = q.numEnd;
  }
  if (parts.length < 3) return null;
  if (parts.some((p) => p !== null && (p < 0 || p > 100))) return null;
  return {
    ...first,
    form: "structure",
    parts,
    value: null,
    end: pos,
    numEnd: pos,
    placeholder: parts.some((p) => p === null),
  };
}
