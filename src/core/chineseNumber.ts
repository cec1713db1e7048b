/**
 * @summary 中文数字解析 / parsing Chinese and Arabic numerals as bureaus write them
 *
 * Reads the numeral part of a quantity: Arabic digits (half- or full-width, with thousands separators),
 * Chinese numerals (一千二百, 两, 〇, 十二, 三亿五千万, 二〇二五, 壹贰叁), decimals with 点 (十二点五),
 * fractions (三分之一, 1/4) and a trailing magnitude (3.5万 → 35000, 2800余万 → 28000000 with qualifier 余).
 *
 * Units: a plain number; no percent scaling happens here (百分之六 is handled by `parseQuantity`).
 *
 * Edge cases: empty or non-numeric text → `null` (callers turn it into their own error); "两" is 2;
 * "十" alone is 10; "一十" is 10; a lone 万 ("万亿元" in "突破万亿元") is read as 1 × 万 by `readNumber`.
 *
 * We write our own instead of a library: the npm Chinese-numeral parsers we know of (e.g. chinese-numbers-converter)
 * do not handle 余/多 inside numbers, mixed "2.5万" or full-width digits, and would need wrapping anyway.
 *
 * @example parseChineseInteger("一千二百") // => 1200
 * @example parseChineseInteger("二〇二五") // => 2025
 * @example parseNumberText("3.5万") // => 35000
 * @example parseNumberText("三分之一") // => 0.3333333333333333
 * @example parseNumberText("１２３．５") // => 123.5
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  "○": 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that may appear in a Chinese numeral (digits and units). */
export const CHINESE_NUMERAL_CHARS =
  "零〇○Ｏ一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億";

/** Full-width digits, signs and punctuation to ASCII: "１２．５％" → "12.5%". */
export function normalizeDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === "．") out += ".";
    else if (ch === "％") out += "%";
    else if (ch === "＋") out += "+";
    else if (ch === "－" || ch === "−" || ch === "–") out += "-";
    else if (ch === "／") out += "/";
    else if (ch === "～" || ch === "〜") out += "~";
    else if (ch === "，") out += ",";
    else if (ch === "\u3000") out += " ";
    else out += ch;
  }
  return out;
}

/**
 * A Chinese integer numeral, or `null`. Positional digit strings (二〇二五) are read digit by digit;
 * otherwise 十/百/千 within each 万/亿 section ("三亿五千万" → 350000000, "一万零五" → 10005).
 */
export function parseChineseInteger(text: string): number | null {
  const s = text.trim();
  if (s.length === 0) return null;
  for (const ch of s) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return null;
  // Positional: digits only, at least two ("二〇二五", "一九").
  if ([...s].every((ch) => ch in DIGITS)) {
    if (s.length === 1) return DIGITS[s] ?? null;
    let n = 0;
    for (const ch of s) n = n * 10 + (DIGITS[ch] ?? 0);
    return n;
  }
  let total = 0; // completed 亿 sections
  let section = 0; // within the current 万 / 亿 section
  let small = 0; // within the current 万 group
  let digit: number | null = null;
  let lastBig = Infinity;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // "一二千" is not a numeral
      digit = DIGITS[ch] ?? 0;
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch] ?? 1;
      small += (digit === null || (digit === 0 && small === 0) ? 1 : digit) * u;
      digit = null;
    } else {
      const u = BIG_UNITS[ch] ?? 1;
      const group = small + (digit ?? 0);
      if (u === 1e8) {
        total = (total + section + group) * 1e8 || 1e8;
        section = 0;
        lastBig = 1e8;
      } else {
        // 万 after 亿 (or alone) scales only the current group; "万亿" scales the whole so far.
        if (group === 0 && section === 0 && total > 0 && lastBig === 1e8) {
          total *= 1e4;
        } else {
          section += (group === 0 ? 1 : group) * 1e4;
        }
        lastBig = 1e4;
      }
      small = 0;
      digit = null;
    }
  }
  return total + section + small + (digit ?? 0);
}

/** Magnitude characters and words that may follow a number ("3.5万", "2800余万"). */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12,
  萬億: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  億: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  萬: 1e4,
};

function parsePlainNumeral(s: string): number | null {
  const t = s.replace(/[,\s](?=\d{3}(?:\D|$))/g, "");
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  // Chinese decimal: 十二点五 → 12.5
  const dot = t.indexOf("点");
  if (dot > 0) {
    const ip = parseChineseInteger(t.slice(0, dot));
    const frac = t.slice(dot + 1);
    if (ip === null || frac.length === 0) return null;
    let digits = "";
    for (const ch of frac) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      digits += String(d);
    }
    return Number(`${ip}.${digits}`);
  }
  return parseChineseInteger(t);
}

/**
 * Result of {@link readNumber}: `value` is the full number (magnitude applied); `mantissa` and `scale` are the
 * number as written and the magnitude word after it ("35.6亿" → 35.6 and "亿"; "2800余万" → 2800, "万"), so a
 * caller can keep the magnitude with the unit ("亿元"). `qualifier` is 余/多 written inside the number.
 */
export interface NumberReading {
  value: number;
  mantissa: number;
  scale: string;
  qualifier: "余" | "多" | null;
  length: number;
}

const FRACTION_RE = new RegExp(
  `^([${CHINESE_NUMERAL_CHARS}]+)分之([${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_NUMERAL_CHARS}]+)?)`,
);
const NUMERAL_RE = new RegExp(
  `^[+-]?(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+|[${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_NUMERAL_CHARS}]+)?)`,
);
const TRAILING_SCALES = ["万亿", "萬億", "亿", "億", "万", "萬"];

function reading(
  value: number,
  mantissa: number,
  scale: string,
  qualifier: NumberReading["qualifier"],
  length: number,
) {
  return {
    value: value === 0 ? 0 : value,
    mantissa: mantissa === 0 ? 0 : mantissa,
    scale,
    qualifier,
    length,
  };
}

/**
 * Read a number at the start of `text` (already normalised with {@link normalizeDigits}): numeral, optional
 * 余/多, optional magnitude (万/亿/万亿…). Fractions: "三分之一", "1/4". Returns `null` when no number starts there.
 * A lone magnitude ("万亿元" in "突破万亿元") reads as 1 × 万亿.
 *
 * @example readNumber("2800余万元") // => { value: 28000000, mantissa: 2800, scale: "万", qualifier: "余", length: 6 }
 */
export function readNumber(text: string): NumberReading | null {
  const s = text;
  const frac = FRACTION_RE.exec(s);
  if (
    frac &&
    frac[1] !== undefined &&
    frac[2] !== undefined &&
    !frac[1].startsWith("百") &&
    !frac[1].startsWith("千")
  ) {
    const den = parseChineseInteger(frac[1]);
    const num = parsePlainNumeral(frac[2]);
    if (den !== null && num !== null && den !== 0)
      return reading(num / den, num / den, "", null, frac[0].length);
  }
  const arabicFrac = /^([+-]?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(?![\d.])/.exec(s);
  if (arabicFrac && arabicFrac[1] !== undefined && arabicFrac[2] !== undefined) {
    const den = Number(arabicFrac[2]);
    const v = Number(arabicFrac[1]) / den;
    if (den !== 0) return reading(v, v, "", null, arabicFrac[0].length);
  }
  let sign = 1;
  let pos = 0;
  if (s.startsWith("负")) {
    sign = -1;
    pos = 1;
  }
  const m = NUMERAL_RE.exec(s.slice(pos));
  if (!m) return null;
  let numeral = m[0];
  const isArabic = /\d/.test(numeral);
  let mantissa: number | null = null;
  let scale = "";
  if (isArabic) {
    mantissa = parsePlainNumeral(numeral);
  } else {
    // A trailing magnitude in a Chinese numeral ("一千二百万") is kept apart as the scale.
    for (const word of TRAILING_SCALES) {
      if (numeral.endsWith(word)) {
        const head = numeral.slice(0, -word.length);
        const h = head.length === 0 ? 1 : parsePlainNumeral(head);
        if (h !== null && !/[万萬亿億]/.test(head)) {
          mantissa = h;
          scale = word;
        }
        break;
      }
    }
    if (mantissa === null) mantissa = parsePlainNumeral(numeral);
    while (mantissa === null && numeral.length > 1) {
      numeral = numeral.slice(0, -1);
      mantissa = parsePlainNumeral(numeral);
    }
  }
  if (mantissa === null) return null;
  pos += numeral.length;
  let qualifier: NumberReading["qualifier"] = null;
  const q = s[pos];
  if (q === "余" || q === "多" || q === "餘") {
    qualifier = q === "多" ? "多" : "余";
    pos += 1;
  }
  if (scale === "" && (isArabic || qualifier !== null)) {
    for (const word of Object.keys(MAGNITUDES)) {
      if (s.startsWith(word, pos)) {
        scale = word;
        pos += word.length;
        break;
      }
    }
  }
  const factor = scale === "" ? 1 : (MAGNITUDES[scale] ?? 1);
  return reading(sign * mantissa * factor, sign * mantissa, scale, qualifier, pos);
}

/**
 * The whole of `text` as one number (normalised first), or `null` if anything else is left over.
 * Whitespace around is ignored; a trailing 余/多 is allowed.
 */
export function parseNumberText(text: string): number | null {
  const s = normalizeDigits(text).trim();
  if (s.length === 0) return null;
  const r = readNumber(s);
  if (!r || r.length !== s.length) return null;
  return r.value;
}
