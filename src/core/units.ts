/**
 * @summary 计量单位与换算 / units of measure and conversion
 *
 * Each unit belongs to a family and has a factor: how many of the family's base unit one of it holds.
 * Base units: 元 (money), 千瓦 (power), 千瓦时 (energy; 度 = 千瓦时), 亩 (land area; 公顷 = 15 亩), 吨 (mass;
 * 公斤 = 0.001 吨, 斤 = 0.0005 吨), 人, 人次, % (ratio; 成 = 10 %, ‰ = 0.1 %), 个百分点, 公里, 立方米, and one
 * family per counting word (户, 个, 家, 辆, …). A magnitude prefix multiplies any of them: 万元, 亿千瓦时, 万吨,
 * 万人, 千元, 百万元, 万亿元. A bare magnitude ("万") is a plain number family with base "".
 *
 * convert(value, from, to) = value × factor(from) / factor(to), done as one multiplication or one division by
 * an exact power of ten where possible, so 35.6 亿元 → 356000 万元 exactly.
 *
 * Edge cases: unknown unit → #VALUE! naming it; units of different families (亿元 → 万千瓦) → #VALUE! naming
 * both; non-finite value → #NUM!. Units are matched after trimming and full-width normalisation.
 *
 * @example convert(35.6, "亿元", "万元") // => 356000
 * @example convert(1.35, "亿千瓦", "千瓦") // => 135000000
 * @example convert(100, "公顷", "亩") // => 1500
 * @example unitFamily("万千瓦时") // => "energy"
 */
import { fail, finiteResult, type IndicatorError } from "./errors";
import { MAGNITUDES, normalizeDigits } from "./chineseNumber";

/** A unit resolved to its family, its factor in base units and the family's base unit. */
export interface UnitInfo {
  readonly unit: string;
  readonly family: string;
  readonly factor: number;
  readonly base: string;
}

type Entry = readonly [family: string, factor: number];

const COUNT_WORDS = [
  "户",
  "个",
  "家",
  "辆",
  "台",
  "套",
  "件",
  "项",
  "头",
  "只",
  "所",
  "座",
  "条",
  "处",
  "张",
  "册",
  "次",
  "场",
  "名",
  "位",
  "间",
  "栋",
];

/** Base-unit table (without magnitude prefixes). Families with a base other than the key list it first. */
const TABLE: Readonly<Record<string, Entry>> = {
  元: ["money", 1],
  美元: ["usd", 1],
  千瓦: ["power", 1],
  瓦: ["power", 0.001],
  兆瓦: ["power", 1000],
  吉瓦: ["power", 1e6],
  kW: ["power", 1],
  MW: ["power", 1000],
  GW: ["power", 1e6],
  千瓦时: ["energy", 1],
  度: ["energy", 1],
  瓦时: ["energy", 0.001],
  兆瓦时: ["energy", 1000],
  kWh: ["energy", 1],
  亩: ["area", 1],
  公顷: ["area", 15],
  平方公里: ["area", 1500],
  平方千米: ["area", 1500],
  平方米: ["area", 0.0015],
  吨: ["mass", 1],
  公斤: ["mass", 0.001],
  千克: ["mass", 0.001],
  斤: ["mass", 0.0005],
  市斤: ["mass", 0.0005],
  克: ["mass", 1e-6],
  吨标准煤: ["coal", 1],
  标准煤: ["coal", 1],
  公斤标准煤: ["coal", 0.001],
  千克标准煤: ["coal", 0.001],
  人: ["people", 1],
  人次: ["visits", 1],
  "%": ["ratio", 1],
  成: ["ratio", 10],
  "‰": ["ratio", 0.1],
  个百分点: ["pp", 1],
  百分点: ["pp", 1],
  公里: ["length", 1],
  千米: ["length", 1],
  米: ["length", 0.001],
  立方米: ["volume", 1],
  方: ["volume", 1],
  倍: ["times", 1],
  "": ["number", 1],
  ...Object.fromEntries(COUNT_WORDS.map((w) => [w, [`count:${w}`, 1] as Entry])),
};

const BASES: Readonly<Record<string, string>> = {
  money: "元",
  usd: "美元",
  power: "千瓦",
  energy: "千瓦时",
  area: "亩",
  mass: "吨",
  coal: "吨标准煤",
  people: "人",
  visits: "人次",
  ratio: "%",
  pp: "个百分点",
  length: "公里",
  volume: "立方米",
  times: "倍",
  number: "",
};

/** Prefixes that scale a unit, longest first ("万亿" before "万"). */
const PREFIXES: readonly (readonly [string, number])[] = (
  [...Object.entries(MAGNITUDES), ["千", 1e3], ["百", 1e2], ["十", 10]] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

/** Every unit word the parser should recognise after a number, longest first (with and without prefixes). */
export const UNIT_WORDS: readonly string[] = Object.keys(TABLE)
  .filter((u) => u !== "")
  .sort((a, b) => b.length - a.length);

/** Own entries only: a unit written "toString" or "constructor" must not find Object.prototype. */
function entry(unit: string): Entry | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE, unit) ? TABLE[unit] : undefined;
}

function normalizeUnit(unit: string): string {
  return normalizeDigits(unit).replace(/\s+/g, "").replace(/萬/g, "万").replace(/億/g, "亿");
}

/**
 * Resolve a unit as written ("万千瓦", "亿元", "%", "公顷") to its family and factor, or `null` if unknown.
 * An exact table entry wins over a prefix reading ("千瓦" is the base of power, not 千 × 瓦, though both agree).
 */
export function lookupUnit(unit: string): UnitInfo | null {
  const u = normalizeUnit(unit);
  const direct = entry(u);
  if (direct) return { unit: u, family: direct[0], factor: direct[1], base: baseOf(direct[0]) };
  for (const [p, f] of PREFIXES) {
    if (u.length > p.length && u.startsWith(p)) {
      const rest = entry(u.slice(p.length));
      if (rest && rest[0] !== "ratio" && rest[0] !== "pp" && rest[0] !== "times") {
        return { unit: u, family: rest[0], factor: f * rest[1], base: baseOf(rest[0]) };
      }
    }
    if (u === p && p.length > 0) return { unit: u, family: "number", factor: f, base: "" };
  }
  return null;
}

function baseOf(family: string): string {
  return (
    (Object.prototype.hasOwnProperty.call(BASES, family) ? BASES[family] : undefined) ??
    family.replace(/^count:/, "")
  );
}

/** The family of a unit ("money", "power", …), or `null` if unknown. */
export function unitFamily(unit: string): string | null {
  return lookupUnit(unit)?.family ?? null;
}

/** value × a / b with as little binary noise as possible when a/b is a power of ten. */
function scale(value: number, a: number, b: number): number {
  if (a === b) return value;
  const r = a >= b ? a / b : b / a;
  const exact = Number.isInteger(r) && r <= 1e15;
  let out: number;
  if (a >= b) out = exact ? value * r : (value * a) / b;
  else out = exact ? value / r : (value * a) / b;
  return out === 0 ? 0 : out;
}

/**
 * Convert `value` from one unit to another of the same family.
 * @param value the quantity in `from` units
 * @param from unit as written (万元, 亿千瓦, 公顷, …)
 * @param to target unit
 * @returns the quantity in `to` units, or #VALUE! for an unknown unit or different families
 */
export function convert(value: number, from: string, to: string): number | IndicatorError {
  if (!Number.isFinite(value)) return fail("num", "notFinite");
  const a = lookupUnit(from);
  if (!a) return fail("value", "unknownUnit", { unit: from });
  const b = lookupUnit(to);
  if (!b) return fail("value", "unknownUnit", { unit: to });
  if (a.family !== b.family) return fail("value", "unitMismatch", { a: from, b: to });
  return finiteResult(scale(value, a.factor, b.factor));
}

/** The value in its family's base unit (亿元 → 元, 万千瓦 → 千瓦), or `null` for an unknown unit. */
export function toBaseUnit(value: number, unit: string): { value: number; unit: string } | null {
  const info = lookupUnit(unit);
  if (!info) return null;
  return { value: scale(value, info.factor, 1), unit: info.base };
}
