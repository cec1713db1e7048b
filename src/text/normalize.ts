/**
 * @summary 文本规范化（带偏移映射）/ normalising report text while keeping the way back to the original
 *
 * Real report copies arrive in traditional script, with a web converter's pinyin readings in ASCII
 * parentheses after some characters (`內(nèi)蒙古`), full-width digits and signs (`６％`), and spaces inside
 * numbers (`13.7 %`). `normalizeLine` removes all of that in one linear pass and returns, for every
 * character of the normalised text, the index of the original character it came from, so a span found in the
 * normalised text maps back to an exact substring of the original (the record's `quote`).
 *
 * Traditional → simplified is done by an injected converter (opencc-js t2cn, loaded lazily by `prepare` in
 * `opencc.ts` only when the text holds traditional characters), so this module stays pure and small.
 *
 * Edge cases: any string is accepted (binary junk, lone surrogates, 1 MB lines); nothing throws; the map is
 * always as long as the normalised text.
 *
 * @example normalizeLine("增長(zhǎng)６．１ ％").text // => "增長6.1%"
 */

/** A converter from traditional to simplified characters (e.g. opencc-js `Converter({from:"hk",to:"cn"})`). */
export type ScriptConverter = (text: string) => string;

export interface NormalizedLine {
  /** The normalised text. */
  text: string;
  /** `map[i]` = index in the original line of normalised character `i`; `map[text.length]` = original length. */
  map: Int32Array;
}

const TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

function isPinyinLetter(ch: string): boolean {
  return (ch >= "a" && ch <= "z") || TONE_VOWELS.includes(ch);
}

/** True for CJK ideographs (basic block, extension A, compatibility). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

const PINYIN_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv]{1,3}(?:n|ng|r)?$/;

/**
 * Length of a pinyin-reading parenthesis starting at `i` (`(nèi)`), or 0. The reading is 1–7 lowercase
 * letters, carries a tone mark or is a well-formed toneless syllable, and follows a Han character.
 */
function pinyinNoiseLength(s: string, i: number): number {
  if (s[i] !== "(") return 0;
  if (i === 0 || !isHan(s.charCodeAt(i - 1))) return 0;
  let j = i + 1;
  let tone = false;
  while (j < s.length && j - i <= 8 && isPinyinLetter(s[j] as string)) {
    if (TONE_VOWELS.includes(s[j] as string)) tone = true;
    j++;
  }
  if (s[j] !== ")" || j === i + 1) return 0;
  const body = s.slice(i + 1, j);
  if (!tone) {
    // A toneless reading must look like a syllable of at least two letters (never a lone "x" slot).
    if (body.length < 2 || !PINYIN_SYLLABLE.test(body.replace(/ü/g, "v"))) return 0;
  }
  return j - i + 1;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Full-width digits, Latin letters and the signs that matter to numbers, mapped to ASCII; others unchanged. */
function halfWidth(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0; // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0;
  switch (code) {
    case 0xff05: // ％
      return 0x25;
    case 0xff0b: // ＋
      return 0x2b;
    case 0xff0d: // －
    case 0x2212: // −
      return 0x2d;
    case 0xff0e: // ．
      return 0x2e;
    case 0xff0f: // ／
      return 0x2f;
    case 0xfe30: // ︰ (vertical two-dot leader, seen in converted copies of ratios: 6.0︰64.3︰29.7)
    case 0x2236: // ∶ (ratio sign)
      return 0xff1a;
    case 0xff08: // （ kept as written: it is clause punctuation in Chinese text
    default:
      return code;
  }
}

/**
 * Normalise one line (no line breaks inside): drop pinyin readings, map full-width digits/signs to ASCII,
 * drop spaces except between two Latin letters, and convert traditional characters with `convert` if given.
 */
const NEEDS_WORK =
  /[(\s\u3000\u00a0\u2002\u2003\ufe30\u2236\uff05\uff0b\uff0d\u2212\uff0e\uff0f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

export function normalizeLine(line: string, convert?: ScriptConverter): NormalizedLine {
  const n = line.length;
  if (!NEEDS_WORK.test(line) && !line.includes(",、") && !line.includes("，、")) {
    // Fast path: nothing to drop or map, so the map is the identity.
    const id = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) id[i] = i;
    return { text: convert && n > 0 ? convertSameLength(line, convert) : line, map: id };
  }
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  while (i < n) {
    const code = line.charCodeAt(i);
    if (code === 0x28) {
      const skip = pinyinNoiseLength(line, i);
      if (skip > 0) {
        i += skip;
        continue;
      }
    }
    if (isSpace(code)) {
      // Keep a space only between two Latin letters ("SC 认证" stays readable); elsewhere it is layout noise.
      const prev = k > 0 ? (out[k - 1] ?? 0) : 0;
      let j = i + 1;
      while (j < n && isSpace(line.charCodeAt(j))) j++;
      const next = j < n ? halfWidth(line.charCodeAt(j)) : 0;
      if (isAsciiLetter(prev) && isAsciiLetter(next)) {
        out[k] = 0x20;
        map[k++] = i;
      }
      i = j;
      continue;
    }
    // "技术,、高端化工,、高端装备": a comma run into the list mark by a converter is noise.
    if ((code === 0x2c || code === 0xff0c) && line.charCodeAt(i + 1) === 0x3001) {
      i++;
      continue;
    }
    out[k] = halfWidth(code);
    map[k++] = i;
    i++;
  }
  map[k] = n;
  let text = "";
  // Build the string in chunks (String.fromCharCode with a huge spread would overflow the stack).
  for (let s = 0; s < k; s += 8192) text += String.fromCharCode(...out.subarray(s, Math.min(k, s + 8192)));
  if (convert && k > 0) text = convertSameLength(text, convert);
  return { text, map: map.subarray(0, k + 1) };
}

/**
 * Apply a script converter without changing the length, so the offset map stays valid. opencc's t2cn is
 * character-for-character almost everywhere; where a phrase rule changes the length, fall back to converting
 * that text one character at a time.
 */
function convertSameLength(text: string, convert: ScriptConverter): string {
  let whole: string;
  try {
    whole = convert(text);
  } catch {
    return text;
  }
  if (whole.length === text.length) return whole;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let c = ch;
    try {
      c = convert(ch);
    } catch {
      c = ch;
    }
    out += c.length === 1 ? c : ch;
  }
  return out;
}

/**
 * Common characters that exist only in traditional script. Enough of them appear in any paragraph of a
 * traditional report that finding one is a reliable, cheap trigger for loading the converter.
 */
const TRADITIONAL_ONLY =
  "們國長經濟區業產發間這會為與億萬開關實現進員務動點學農內個總計對設資達標從級處縣書記說將應該" +
  "機構東車價費稅營環態萬項戶噸畝齡醫療衛務電網線鐵勞厲幣財貿際購銷據參與運輸傳統聯體係層質輕勢" +
  "區鎮鄉興脫貧鞏難題導幹黨當確強變歲條場導護節約術優豐兩點壓廣職風險災";

let tradSet: Set<number> | null = null;

/** True when the text holds traditional-only characters (checks at most the first 200,000 characters). */
export function hasTraditional(text: string): boolean {
  if (!tradSet) {
    tradSet = new Set();
    for (let i = 0; i < TRADITIONAL_ONLY.length; i++) {
      const c = TRADITIONAL_ONLY.charCodeAt(i);
      if (isHan(c)) tradSet.add(c);
    }
  }
  const n = Math.min(text.length, 200_000);
  let hits = 0;
  for (let i = 0; i < n; i++) {
    if (tradSet.has(text.charCodeAt(i)) && ++hits >= 2) return true;
  }
  return hits > 0 && n < 40;
}

/** Split text into lines at \n, \r\n or \r, keeping 1-based numbering identical to an editor's. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
