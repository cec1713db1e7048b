/**
 * @summary 总量措辞 / a level with its unit
 *
 * "完成35.60亿元"; a level in % reads "为5.2%"; `verb` replaces 完成 ("实现", "达到"). Decimals are configurable per indicator (METHODS.md §2: local 亿元 figures carry 2 or 1
 * decimals, 人均收入 in 元 integers); the default follows the unit: 元 and 万元 0, 亿元 and 万亿元 2, anything else 1.
 * Rounded half away from zero; never "-0".
 *
 * @example levelText(35.6, "亿元") // => "35.60亿元"
 * @example levelText(43582.4, "元") // => "43582元"
 * @example levelWording(407.3, "亿元", { digits: 1 }) // => "完成407.3亿元"
 */
import type { IndicatorError } from "../errors";
import { formatFixed } from "../round";
import { checkDigits, checkFinite } from "./display";
import { fill, templatesFor, type WordingLang } from "./templates";

export function defaultLevelDigits(unit: string): number {
  const u = unit.trim();
  if (u === "元" || u === "万元") return 0;
  if (u === "亿元" || u === "万亿元") return 2;
  return 1;
}

export interface LevelOptions {
  digits?: number;
  /** The verb before the amount instead of 完成 / 为, e.g. "实现", "达到". */
  verb?: string;
  lang?: WordingLang;
}

export function levelText(value: number, unit: string, options: LevelOptions = {}): string | IndicatorError {
  const digits = options.digits ?? defaultLevelDigits(unit);
  const bad = checkFinite(value) ?? checkDigits(digits);
  if (bad) return bad;
  const sep = options.lang === "en" && unit.trim() !== "" ? " " : "";
  return `${formatFixed(value, digits)}${sep}${unit.trim()}`;
}

export function levelWording(
  value: number,
  unit: string,
  options: LevelOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? defaultLevelDigits(unit);
  const bad = checkFinite(value) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const u = unit.trim();
  if (options.verb !== undefined) return `${options.verb}${formatFixed(value, digits)}${u}`;
  // a level in % (失业率, 城镇化率) "为5.2%"; an amount "完成35.60亿元"
  return fill(u === "%" || u === "‰" ? t.levelIs : t.levelDone, { x: formatFixed(value, digits), unit: u });
}
