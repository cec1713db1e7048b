/**
 * @summary 段落中指标的先后 / the usual order of indicators in an analysis paragraph
 *
 * Bureau analyses and 公报 go from the whole economy to its parts and then to people: GDP, agriculture, industry
 * (and energy), investment, consumption, foreign trade, fiscal revenue, finance (deposits, loans), income,
 * prices. An indicator is placed by the first group whose pattern matches its name; unknown indicators go last,
 * and rows within a group keep the order they were given in (stable sort).
 */
export interface IndicatorGroup {
  id: string;
  zh: string;
  en: string;
  pattern: RegExp;
}

export const INDICATOR_ORDER: readonly IndicatorGroup[] = [
  { id: "gdp", zh: "地区生产总值", en: "GDP", pattern: /生产总值|GDP|经济总量/i },
  { id: "agriculture", zh: "农业", en: "Agriculture", pattern: /农林牧渔|农业|粮食|畜牧|牲畜|种植/ },
  {
    id: "industry",
    zh: "工业与能源",
    en: "Industry and energy",
    pattern: /工业|制造业|采矿业|产值|发电|装机|新能源|能源|电力/,
  },
  { id: "investment", zh: "投资", en: "Investment", pattern: /投资|项目/ },
  { id: "consumption", zh: "消费", en: "Consumption", pattern: /消费品零售|社零|零售|消费|餐饮|旅游/ },
  { id: "trade", zh: "外贸", en: "Foreign trade", pattern: /进出口|出口|进口|外贸/ },
  { id: "fiscal", zh: "财政", en: "Fiscal", pattern: /财政|预算|税收|税/ },
  { id: "finance", zh: "金融", en: "Finance", pattern: /存款|贷款|金融|信贷/ },
  { id: "income", zh: "居民收入", en: "Income", pattern: /收入|可支配|工资/ },
  { id: "prices", zh: "价格", en: "Prices", pattern: /价格|CPI|PPI|物价/i },
];

/** Index of the indicator's group in {@link INDICATOR_ORDER}; unknown names get the length (last). */
export function indicatorRank(indicator: string): number {
  const i = INDICATOR_ORDER.findIndex((g) => g.pattern.test(indicator));
  return i < 0 ? INDICATOR_ORDER.length : i;
}

/** A stable sort of items by the group of their indicator name. Does not mutate the input. */
export function sortByIndicatorOrder<T>(items: readonly T[], name: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, rank: indicatorRank(name(item)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.item);
}
