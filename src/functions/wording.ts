/**
 * Wording functions: IND.FORMAT, IND.COMPARE, IND.RANK_TEXT, IND.RANK_CHANGE, IND.PHRASE. Thin wrappers over
 * src/core/wording and src/text/phrase. The wording is Chinese report text by definition, whatever Excel's
 * language; an optional trailing `lang` ("en") gives the English gloss. Error messages follow Excel's language.
 *
 * Every argument accepts a cell or a range; element-wise arguments broadcast a single cell against a range and
 * the result spills with their shape. A blank main input gives "" (a visible blank) for that cell.
 */
import { fail, isIndicatorError, type IndicatorError } from "../core/errors";
import { formatMessage } from "../core/messages";
import {
  compareWording,
  rankChangeWording,
  rankTextAmongAll,
  rateWording,
  statusWording,
  type RateKind,
  type WordingLang,
} from "../core/wording";
import { phrase } from "../text/phrase";
import type { PhraseRow } from "../text/phrase";
import {
  BLANK,
  broadcast,
  cell,
  guard,
  isBlank,
  isExcelErrorValue,
  toGrid,
  toNumber,
  type Blank,
  type OutCell,
} from "./runtime";

/** Excel (with a stale metadata cache) may pass the Invocation object in an optional slot: treat it as omitted. */
function isInvocation(x: unknown): boolean {
  return x !== null && typeof x === "object" && !Array.isArray(x) && ("functionName" in x || "address" in x);
}

function blankish(x: unknown): boolean {
  return isBlank(x) || isInvocation(x);
}

/** A cell as text: numbers print as they are (a period 2023), blanks give BLANK, error cells an error. */
function toText(x: unknown): string | Blank | IndicatorError {
  if (blankish(x)) return BLANK;
  if (isExcelErrorValue(x))
    return fail("value", "errorInput", { got: String((x as { code?: unknown }).code ?? x) });
  if (typeof x === "string") return x.trim();
  if (typeof x === "number") return Number.isFinite(x) ? String(x) : fail("num", "notFinite");
  return fail("value", "wordingNeedsText", { what: "", got: String(x) });
}

function optNumber(x: unknown): number | Blank | IndicatorError {
  return blankish(x) ? BLANK : toNumber(x);
}

function optText(x: unknown): string | undefined | IndicatorError {
  const t = toText(x);
  return t === BLANK ? undefined : t;
}

function parseLang(x: unknown): WordingLang | IndicatorError {
  if (blankish(x)) return "zh";
  const t = String(x).trim().toLowerCase();
  if (["zh", "zh-cn", "cn", "中文", "chinese"].includes(t)) return "zh";
  if (["en", "en-us", "english", "英文"].includes(t)) return "en";
  return fail("value", "wordingOption", { got: String(x), allowed: "zh, en" });
}

function parseKind(x: unknown): RateKind | IndicatorError {
  if (blankish(x)) return "growth";
  const t = String(x).trim().toLowerCase();
  if (["growth", "0", "增长", "增速"].includes(t)) return "growth";
  if (["price", "1", "价格", "上涨"].includes(t)) return "price";
  return fail("value", "wordingOption", { got: String(x), allowed: "growth, price (增长, 价格)" });
}

function parseDigits(x: unknown, fallback: number): number | IndicatorError {
  const n = optNumber(x);
  if (n === BLANK) return fallback;
  if (isIndicatorError(n)) return n;
  if (!Number.isInteger(n) || n < 0 || n > 6) return fail("value", "wordingDigits", { got: String(n) });
  return n;
}

function parseStyle(x: unknown): "move" | "rise" | IndicatorError {
  if (blankish(x)) return "move";
  const t = String(x).trim().toLowerCase();
  if (["0", "move", "前移"].includes(t)) return "move";
  if (["1", "rise", "提升"].includes(t)) return "rise";
  return fail("value", "wordingOption", { got: String(x), allowed: "0 (前移/后退), 1 (提升/下降)" });
}

/**
 * Remember the last argument and result: an option passed as one cell is broadcast to every cell of a range,
 * so within one call it is parsed once instead of once per cell.
 */
function lastValue<T>(f: (x: unknown) => T): (x: unknown) => T {
  let seen = false;
  let key: unknown;
  let value: T;
  return (x: unknown) => {
    if (!seen || x !== key) {
      key = x;
      value = f(x);
      seen = true;
    }
    return value as T;
  };
}

function firstError(...xs: unknown[]): IndicatorError | null {
  for (const x of xs) if (isIndicatorError(x)) return x;
  return null;
}

/** A growth cell as a number, or a status word that IND.GROWTH returns (扭亏 …). */
function rateOrStatus(x: unknown): number | { status: string } | Blank | IndicatorError {
  const n = toNumber(x);
  if (typeof x === "string" && isIndicatorError(n) && statusWording(x) !== null) return { status: x.trim() };
  return n;
}

/**
 * Standard wording of a growth rate: "增长6.1%", "下降5.4%", "持平" (when it rounds to 0.0), "增长1.79倍" (at 100% or more); kind "price" uses 上涨/下降. A status word from IND.GROWTH (扭亏, 减亏, 增亏, 由盈转亏, —) becomes its phrase.
 * @customfunction FORMAT
 * @param rate Growth rate in % (6.1 means 6.1%), a cell or a range.
 * @param [kind] "growth" (default) or "price" (上涨/下降).
 * @param [digits] Decimals of the rate: 1 (default), 2 for seasonally adjusted month-on-month rates.
 * @param [lang] "zh" (default) or "en" for the English gloss.
 * @returns The wording, e.g. "增长6.1%"; spills with the shape of the rates.
 */
export function wordingFormat(rate: any[][], kind?: any[][], digits?: any[][], lang?: any[][]): any[][] {
  const kindOf = lastValue(parseKind);
  const digitsOf = lastValue((x) => parseDigits(x, 1));
  const langOf = lastValue(parseLang);
  return guard(() =>
    broadcast(
      [toGrid(rate), toGrid(kind ?? null), toGrid(digits ?? null), toGrid(lang ?? null)],
      (r, k, d, l) => {
        const v = rateOrStatus(r);
        const kd = kindOf(k);
        const dg = digitsOf(d);
        const lg = langOf(l);
        const err = firstError(v, kd, dg, lg);
        if (err) return cell(err);
        if (v === BLANK) return "";
        if (typeof v === "object")
          return statusWording((v as { status: string }).status, lg as WordingLang) ?? "";
        return cell(
          rateWording(v as number, { kind: kd as RateKind, digits: dg as number, lang: lg as WordingLang }),
        );
      },
    ),
  ) as any[][];
}

/**
 * Comparison with a reference rate in percentage points: "高于全盟平均2.1个百分点", "低于…", "与…持平" (when the gap rounds to 0.0). The reference is the group's own aggregate rate, not a mean of members.
 * @customfunction COMPARE
 * @param rate Rate in %, a cell or a range.
 * @param reference Reference rate in % (e.g. the league's rate), a cell or a range of the same size.
 * @param [name] What the reference is called in the sentence, e.g. "全盟平均"; default "平均水平".
 * @param [digits] Decimals of the gap: 1 (default).
 * @param [lang] "zh" (default) or "en".
 * @returns The comparison phrase; spills with the shape of the inputs.
 */
export function wordingCompare(
  rate: any[][],
  reference: any[][],
  name?: any[][],
  digits?: any[][],
  lang?: any[][],
): any[][] {
  const nameOf = lastValue(optText);
  const digitsOf = lastValue((x) => parseDigits(x, 1));
  const langOf = lastValue(parseLang);
  return guard(() =>
    broadcast(
      [toGrid(rate), toGrid(reference), toGrid(name ?? null), toGrid(digits ?? null), toGrid(lang ?? null)],
      (r, ref, n, d, l) => {
        const a = toNumber(r);
        const b = toNumber(ref);
        const nm = nameOf(n);
        const dg = digitsOf(d);
        const lg = langOf(l);
        const err = firstError(a, b, nm, dg, lg);
        if (err) return cell(err);
        if (a === BLANK || b === BLANK) return "";
        return cell(
          compareWording(a as number, b as number, {
            name: nm as string | undefined,
            digits: dg as number,
            lang: lg as WordingLang,
          }),
        );
      },
    ),
  ) as any[][];
}

/**
 * Rank wording among peers: "居全盟第3位", "居全盟首位", ties as "并列全盟第4位". Competition ranking (1, 1, 3 as RANK.EQ); ties are decided at the published precision (1 decimal by default). As in IND.RANK, blank and text peers (status words such as 扭亏, notes) are skipped and a text value gives "不参与排位"; an error cell keeps its error.
 * @customfunction RANK_TEXT
 * @param value The value(s) to rank, a cell or a range; each must be among the peers.
 * @param peers All peer values, including the value itself (a range).
 * @param scope The peer group as it reads in the sentence, e.g. "全盟", "全区".
 * @param [order] 0 (default) largest first; 1 smallest first (lower is better).
 * @param [digits] Decimals at which ties are decided: 1 (default).
 * @param [lang] "zh" (default) or "en".
 * @returns The rank phrase; spills with the shape of the values.
 */
export function wordingRankText(
  value: any[][],
  peers: any[][],
  scope: any[][],
  order?: any[][],
  digits?: any[][],
  lang?: any[][],
): any[][] {
  return guard(() => {
    const sc = optText(single(scope));
    const od = optNumber(single(order ?? null));
    const dg = parseDigits(single(digits ?? null), 1);
    const lg = parseLang(single(lang ?? null));
    const err = firstError(sc, od, dg, lg);
    if (err) return err;
    if (od !== BLANK && od !== 0 && od !== 1) {
      return fail("value", "wordingOption", { got: String(od), allowed: "0, 1" });
    }
    const values: (number | null)[] = [];
    for (const row of toGrid(peers)) {
      for (const p of row) {
        if (blankish(p)) {
          values.push(null);
          continue;
        }
        const n = rankable(p);
        if (isIndicatorError(n)) return n;
        // Text (a status word such as 扭亏, a note, a dash) has no rate: it is not a peer, as in IND.RANK.
        values.push(n === BLANK || n === NOT_RANKED ? null : n);
      }
    }
    if (values.every((v) => v === null)) return fail("na", "wordingNoPeers");
    const wordOf = rankTextAmongAll(values, {
      scope: sc as string | undefined,
      order: od === BLANK ? 0 : (od as number),
      digits: dg as number,
      lang: lg as WordingLang,
    });
    if (isIndicatorError(wordOf)) return wordOf;
    const notRanked = formatMessage("notRanked", lg as WordingLang);
    return broadcast([toGrid(value)], (v): OutCell => {
      const n = blankish(v) ? BLANK : rankable(v);
      if (isIndicatorError(n)) return cell(n);
      if (n === BLANK) return "";
      // Text (a status word from IND.GROWTH, or any other) is not ranked, as IND.RANK says.
      if (n === NOT_RANKED) return notRanked;
      return cell(wordOf(n));
    });
  }) as any[][];
}

const NOT_RANKED: unique symbol = Symbol("not ranked");

/**
 * A value or peer of IND.RANK_TEXT as IND.RANK reads it: a number (numeric text such as "6.1%" included), a
 * blank, NOT_RANKED for any other text or a boolean (status words such as 扭亏 among them), or the error of an
 * error cell or a non-finite number.
 */
function rankable(x: unknown): number | Blank | typeof NOT_RANKED | IndicatorError {
  const n = toNumber(x);
  return isIndicatorError(n) && n.key === "notNumber" ? NOT_RANKED : n;
}

/** The single value of a scalar-or-range option (its top-left cell). */
function single(x: unknown): unknown {
  const g = toGrid(x);
  return g[0]?.[0] ?? null;
}

/**
 * Rank change wording from the previous and the current rank: "前移2位", "后退1位", "位次不变" (style 1: "提升2位", "下降1位"). A smaller rank number is a move up.
 * @customfunction RANK_CHANGE
 * @param previous Rank in the earlier period (a whole number ≥ 1), a cell or a range.
 * @param current Rank now, a cell or a range of the same size.
 * @param [style] 0 (default) 前移/后退; 1 提升/下降.
 * @param [label] The earlier period, e.g. "1-9月" → "较1-9月前移2位".
 * @param [lang] "zh" (default) or "en".
 * @returns The rank change phrase; spills with the shape of the inputs.
 */
export function wordingRankChange(
  previous: any[][],
  current: any[][],
  style?: any[][],
  label?: any[][],
  lang?: any[][],
): any[][] {
  return guard(() =>
    broadcast(
      [toGrid(previous), toGrid(current), toGrid(style ?? null), toGrid(label ?? null), toGrid(lang ?? null)],
      (p, c, s, lb, l) => {
        const a = toNumber(p);
        const b = toNumber(c);
        const st = parseStyle(s);
        const lab = optText(lb);
        const lg = parseLang(l);
        const err = firstError(a, b, st, lab, lg);
        if (err) return cell(err);
        if (a === BLANK || b === BLANK) return "";
        return cell(
          rankChangeWording(a as number, b as number, {
            style: st as "move" | "rise",
            label: lab as string | undefined,
            lang: lg as WordingLang,
          }),
        );
      },
    ),
  ) as any[][];
}

/**
 * The standard sentence for one indicator row: "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位". Pass ranges of rows to get one sentence per row.
 * @customfunction PHRASE
 * @param indicator Indicator name, e.g. "规上工业增加值" (with the region first if wanted: "全旗规上工业增加值").
 * @param period Period label, e.g. "1-10月"; blank to leave it out.
 * @param value Level (总量), or blank; written "完成35.60亿元".
 * @param unit Unit of the level, e.g. "亿元"; decimals follow the unit (元 0, 亿元 2, else 1).
 * @param growth Growth in %, or a status word from IND.GROWTH (扭亏 …); blank to leave it out.
 * @param [reference] Reference rate in % (the peer group's own rate).
 * @param [reference_name] Name of the reference, e.g. "全盟平均"; default "{scope}平均".
 * @param [rank] Rank among peers (a whole number ≥ 1).
 * @param [scope] Peer group, e.g. "全盟".
 * @param [previous_rank] Rank in the earlier period, worded 前移/后退.
 * @param [previous_growth] Growth in % of the earlier period, worded 增速比…加快/回落, 降幅收窄/扩大.
 * @param [previous_label] The earlier period as it reads in the sentence, e.g. "1-9月"; default "上期".
 * @param [lang] "zh" (default) or "en".
 * @returns The sentence (no final full stop); spills with the shape of the rows.
 */
export function wordingPhrase(
  indicator: any[][],
  period: any[][],
  value: any[][],
  unit: any[][],
  growth: any[][],
  reference?: any[][],
  reference_name?: any[][],
  rank?: any[][],
  scope?: any[][],
  previous_rank?: any[][],
  previous_growth?: any[][],
  previous_label?: any[][],
  lang?: any[][],
): any[][] {
  const grids = [
    indicator,
    period,
    value,
    unit,
    growth,
    reference,
    reference_name,
    rank,
    scope,
    previous_rank,
    previous_growth,
    previous_label,
    lang,
  ].map((g) => toGrid(g ?? null));
  return guard(() =>
    broadcast(grids, (ind, per, val, un, gr, ref, refName, rk, sc, prevRk, prevGr, prevLabel, l) => {
      const name = toText(ind);
      const fields = {
        period: optText(per),
        level: optNumber(val),
        unit: optText(un),
        growth: blankish(gr) ? BLANK : rateOrStatus(gr),
        reference: optNumber(ref),
        referenceName: optText(refName),
        rank: optNumber(rk),
        scope: optText(sc),
        previousRank: optNumber(prevRk),
        previousGrowth: optNumber(prevGr),
        previousLabel: optText(prevLabel),
        lang: parseLang(l),
      };
      const err = firstError(name, ...Object.values(fields));
      if (err) return cell(err);
      if (name === BLANK) return "";
      const num = (x: unknown): number | undefined => (typeof x === "number" ? x : undefined);
      const g = fields.growth;
      const row: PhraseRow = {
        indicator: name as string,
        period: fields.period as string | undefined,
        level: num(fields.level),
        unit: fields.unit as string | undefined,
        growth:
          typeof g === "number"
            ? g
            : g !== BLANK && typeof g === "object"
              ? (g as { status: string }).status
              : undefined,
        reference: num(fields.reference),
        referenceName: fields.referenceName as string | undefined,
        rank: num(fields.rank),
        scope: fields.scope as string | undefined,
        previousRank: num(fields.previousRank),
        previousGrowth: num(fields.previousGrowth),
        previousLabel: fields.previousLabel as string | undefined,
      };
      return cell(phrase(row, { lang: fields.lang as WordingLang }));
    }),
  ) as any[][];
}
