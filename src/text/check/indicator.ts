/**
 * Indicator names as bureaus write them: long and short forms of the same indicator must match
 * (规上工业增加值 ~ 规模以上工业增加值, 社零 ~ 社会消费品零售总额, GDP ~ 地区生产总值), while different
 * indicators that share words must not (城镇… vs 农村…人均可支配收入).
 */

/** Short form → long form, applied to the text before comparing. Longest keys first. */
const ALIASES: [RegExp, string][] = [
  [/^GDP$/i, "地区生产总值"],
  [/^经济(总量)?$/, "地区生产总值"],
  [/^生产总值$/, "地区生产总值"],
  [/^国内生产总值$/, "地区生产总值"],
  [/^社零(总额)?$/, "社会消费品零售总额"],
  [/^消费品零售总额$/, "社会消费品零售总额"],
  [/^固投$/, "固定资产投资"],
  [/^(城乡)?居民人均可支配收入$/, "居民人均可支配收入"],
  [/^城镇居民人均可支配收入$/, "城镇常住居民人均可支配收入"],
  [/^农村(牧区)?居民人均可支配收入$/, "农村常住居民人均可支配收入"],
  [/^农村牧区常住居民人均可支配收入$/, "农村常住居民人均可支配收入"],
  [/^公共预算收入$/, "一般公共预算收入"],
  [/^公共预算支出$/, "一般公共预算支出"],
];

/** Inline short forms expanded anywhere in the name. */
const INLINE: [RegExp, string][] = [
  [/规上/g, "规模以上"],
  [/限上/g, "限额以上"],
  [/固投/g, "固定资产投资"],
  [/社零/g, "社会消费品零售总额"],
];

/** Leading words that set the scope or the time, not the indicator ("全县地区生产总值", "全年民生支出"). */
const LEADING =
  /^(?:(?:预计|其中|全年|去年|今年|当年|上年|累计|共|合计|总计|实现|我县|我旗|我区|我市|我盟|我省|本县|本旗|全县|全旗|全区|全市|全盟|全省|全国|全社会(?=固定资产投资))\s*)+/;

/** Trailing words that belong to the verb or the metric, not to the name. */
const TRAILING = /(?:总量|增速|增幅|增长率|同比|比上年|规模|水平|年度目标|预期目标|目标任务|目标|任务)+$/;

/**
 * The comparable key of an indicator name: units in brackets and spaces removed, short forms expanded,
 * leading scope/time words dropped, aliases resolved.
 */
export function indicatorKey(name: string): string {
  let s = name
    .normalize("NFKC")
    .replace(/[（(][^（）()]*[）)]/g, "")
    .replace(/[\s“”"'‘’《》【】]/g, "")
    .replace(/[:：]$/, "");
  for (const [re, to] of INLINE) s = s.replace(re, to);
  s = s.replace(LEADING, "");
  if (s.length > 2) s = s.replace(TRAILING, "") || s;
  for (const [re, to] of ALIASES) if (re.test(s)) return to;
  return s;
}

/**
 * True when two names denote the same indicator. Equal keys match; otherwise one key may end with the other
 * when the extra part is only a qualifier of scope ("全社会固定资产投资" ~ "固定资产投资"), never when the
 * extra part distinguishes a subset (城镇/农村, 工业/服务业): the shorter key must be at least 4 characters and
 * the extra head at most 4 characters that are not a known distinguishing word.
 */
export function indicatorMatches(a: string, b: string): boolean {
  return keysMatch(indicatorKey(a), indicatorKey(b));
}

/** {@link indicatorMatches} on keys already computed with {@link indicatorKey}. */
export function keysMatch(ka: string, kb: string): boolean {
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length < 4 || !long.endsWith(short)) return false;
  const head = long.slice(0, long.length - short.length);
  if (head.length > 4) return false;
  return !/上划|新增|新认定|城镇|农村|城乡|工业|服务|民间|国有|外资|第[一二三]|一产|二产|三产|非|新|高|人均|净|实物|网上|单位|增量|存量|限额|规模/.test(
    head,
  );
}
