/**
 * The fixed set of indicator situations rendered into `docs/report.snapshot.md` (by `scripts/render-snapshot.ts`),
 * so reviewers read the actual Chinese in a diff. `test/text/phrase/snapshot.test.ts` fails when the committed
 * file differs from what this renders. Pure: no file access here.
 */
import { formatMessage } from "../../core/messages";
import { isIndicatorError, type IndicatorError } from "../../core/errors";
import { paragraph } from "./paragraph";
import { phrase } from "./phrase";
import type { PhraseRow } from "./types";

export interface Situation {
  id: string;
  title: string;
  row: PhraseRow;
}

const base: PhraseRow = { period: "1-10月", region: "全旗", indicator: "规上工业增加值" };

export const SITUATIONS: readonly Situation[] = [
  {
    id: "T45",
    title: "T45 standard sentence",
    row: { ...base, growth: 8.5, reference: 6.4, referenceName: "全盟平均", rank: 3, scope: "全盟" },
  },
  {
    id: "up",
    title: "up, with level",
    row: { ...base, indicator: "地区生产总值", level: 120.351, unit: "亿元", growth: 6.14 },
  },
  {
    id: "down",
    title: "down (never 增长-X%)",
    row: { ...base, indicator: "一般公共预算收入", level: 7.54, unit: "亿元", growth: -5.44 },
  },
  {
    id: "flat+",
    title: "flat, +0.04% (never 增长0.0%)",
    row: { ...base, indicator: "电力投资", growth: 0.04 },
  },
  {
    id: "flat-",
    title: "flat, −0.04% (never -0.0%)",
    row: { ...base, indicator: "民间投资", growth: -0.04 },
  },
  {
    id: "x1.79",
    title: "≥ 100%: 179% is 1.79倍",
    row: { ...base, period: "1—2月份", region: "全国", indicator: "工业企业利润", growth: 179 },
  },
  { id: "x1.10", title: "≥ 100%: 110% is 1.10倍", row: { ...base, indicator: "新能源装机", growth: 110 } },
  {
    id: "down100",
    title: "a large decrease is never 倍",
    row: { ...base, indicator: "土地出让收入", growth: -100 },
  },
  {
    id: "price",
    title: "price kind: 上涨",
    row: { ...base, indicator: "居民消费价格", growth: 2.05, kind: "price" },
  },
  {
    id: "faster",
    title: "faster than the earlier period",
    row: { ...base, growth: 8.5, previousGrowth: 7.9, previousLabel: "1-9月" },
  },
  {
    id: "slower",
    title: "T44 slower than the earlier period",
    row: { ...base, indicator: "固定资产投资", growth: 3.4, previousGrowth: 4.6, previousLabel: "1—9月份" },
  },
  {
    id: "same-pace",
    title: "same pace as the earlier period",
    row: { ...base, growth: 8.52, previousGrowth: 8.48, previousLabel: "1-9月" },
  },
  {
    id: "narrower",
    title: "T44 decline narrower",
    row: {
      ...base,
      period: "1—8月份",
      region: "全国",
      indicator: "固定资产投资",
      growth: -0.3,
      previousGrowth: -1.6,
      previousLabel: "1—7月份",
    },
  },
  {
    id: "wider",
    title: "decline wider",
    row: {
      ...base,
      indicator: "社会消费品零售总额",
      growth: -2.4,
      previousGrowth: -1.1,
      previousLabel: "1-9月",
    },
  },
  {
    id: "neg-to-pos",
    title: "sign change, negative to positive (earlier figure stated)",
    row: {
      ...base,
      period: "1—7月份",
      region: "全国",
      indicator: "固定资产投资",
      growth: 0.1,
      previousGrowth: -0.3,
      previousLabel: "1—6月份",
    },
  },
  {
    id: "pos-to-neg",
    title: "sign change, positive to negative",
    row: {
      ...base,
      indicator: "社会消费品零售总额",
      growth: -0.6,
      previousGrowth: 1.2,
      previousLabel: "1-9月",
    },
  },
  {
    id: "turn",
    title: "sign change, 由负转正 style",
    row: {
      ...base,
      indicator: "固定资产投资",
      growth: 0.8,
      previousGrowth: -0.3,
      previousLabel: "1-9月",
      signChange: "turn",
    },
  },
  {
    id: "flat-to-up",
    title: "from flat to growth",
    row: { ...base, indicator: "固定资产投资", growth: 1.5, previousGrowth: 0.02, previousLabel: "1-9月" },
  },
  {
    id: "below-ref",
    title: "below the reference",
    row: { ...base, growth: 4.1, reference: 7.4, rank: 8, scope: "全盟" },
  },
  {
    id: "level-with-ref",
    title: "level with the reference",
    row: { ...base, growth: 6.43, reference: 6.4, scope: "全盟" },
  },
  {
    id: "first",
    title: "first place",
    row: { ...base, growth: 15.8, reference: 6.4, rank: 1, scope: "全盟" },
  },
  { id: "tie", title: "tie (并列)", row: { ...base, growth: 7.4, rank: 4, tied: true, scope: "全区" } },
  {
    id: "tie-first",
    title: "tie at the top",
    row: { ...base, growth: 15.8, rank: 1, tied: true, scope: "全盟" },
  },
  {
    id: "rank-up",
    title: "rank change up (前移)",
    row: { ...base, growth: 8.5, rank: 3, scope: "全盟", previousRank: 5, previousLabel: "1-9月" },
  },
  {
    id: "rank-up-rise",
    title: "rank change up (提升 style, T34)",
    row: {
      ...base,
      growth: 8.5,
      rank: 5,
      scope: "全区",
      previousRank: 7,
      rankStyle: "rise",
      previousRankLabel: "上月",
    },
  },
  {
    id: "rank-down",
    title: "rank change down (后退)",
    row: { ...base, growth: 5.1, rank: 6, scope: "全盟", previousRank: 5, previousLabel: "1-9月" },
  },
  {
    id: "rank-same",
    title: "rank unchanged",
    row: { ...base, growth: 8.5, rank: 3, scope: "全盟", previousRank: 3, previousLabel: "1-9月" },
  },
  {
    id: "target-met",
    title: "target met",
    row: {
      ...base,
      indicator: "地区生产总值",
      growth: 6.5,
      target: 6,
      targetText: "6%左右",
      qualifier: "左右",
    },
  },
  {
    id: "target-missed",
    title: "target missed (T18)",
    row: { ...base, region: "乌海市", growth: -12.6, target: 8, targetText: "8%" },
  },
  {
    id: "target-nearly",
    title: "左右 target, shortfall within 0.5 points",
    row: {
      ...base,
      indicator: "地区生产总值",
      growth: 5.8,
      target: 6,
      targetText: "6%左右",
      qualifier: "左右",
      tolerance: 0.5,
    },
  },
  {
    id: "target-lower",
    title: "lower-is-better target (price) met",
    row: { ...base, indicator: "居民消费价格", growth: 2.1, kind: "price", target: 3, targetText: "3%左右" },
  },
  {
    id: "ahead",
    title: "ahead of schedule",
    row: {
      ...base,
      indicator: "固定资产投资",
      level: 28.7,
      unit: "亿元",
      growth: 12.3,
      completion: 88.6,
      progress: (10 / 12) * 100,
    },
  },
  {
    id: "behind",
    title: "behind schedule",
    row: {
      ...base,
      indicator: "一般公共预算收入",
      level: 6.1,
      unit: "亿元",
      growth: 2.4,
      completion: 76.2,
      progress: (10 / 12) * 100,
    },
  },
  {
    id: "on-schedule",
    title: "时间过半、任务过半",
    row: {
      ...base,
      period: "1-6月",
      indicator: "固定资产投资",
      level: 1414.4,
      unit: "亿元",
      levelDigits: 1,
      growth: 9.6,
      completion: 50.02,
      progress: 50,
    },
  },
  {
    id: "list",
    title: "several references (分别高于…2.2个和1.7个百分点)",
    row: {
      ...base,
      period: "1-2月",
      region: "朔州市",
      growth: 8.1,
      references: [
        { name: "全国", value: 5.9 },
        { name: "全省", value: 6.4 },
      ],
      previousGrowth: -1.1,
      previousLabel: "去年同期",
      rank: 6,
      scope: "全省",
    },
  },
  {
    id: "nominal-real",
    title: "nominal and real growth",
    row: {
      ...base,
      period: "3月份",
      region: "全国",
      indicator: "社会消费品零售总额",
      growth: 10.1,
      realGrowth: 8.6,
    },
  },
  {
    id: "note",
    title: "caliber note",
    row: { ...base, indicator: "地区生产总值", growth: 6.14, note: "按可比价格计算" },
  },
  {
    id: "rate-target",
    title: "a rate level against a lower-is-better target",
    row: {
      ...base,
      indicator: "城镇登记失业率",
      level: 3.8,
      unit: "%",
      target: 5,
      targetText: "5%以内",
      qualifier: "以内",
      targetOn: "level",
    },
  },
  {
    id: "turnaround",
    title: "扭亏 (no rate across a sign change)",
    row: { ...base, indicator: "工业企业利润", growth: "扭亏" },
  },
  { id: "loss-wider", title: "增亏", row: { ...base, indicator: "亏损企业亏损额", growth: "增亏" } },
  {
    id: "zero-base",
    title: "zero base: no rate",
    row: { ...base, indicator: "新增投资", level: 5, unit: "亿元", growth: "—" },
  },
  {
    id: "full",
    title: "everything at once",
    row: {
      ...base,
      indicator: "固定资产投资",
      level: 35.6,
      unit: "亿元",
      growth: -3.2,
      previousGrowth: -5.1,
      previousLabel: "1-9月",
      reference: -1.2,
      rank: 4,
      tied: true,
      scope: "全盟",
      previousRank: 6,
      target: 8,
      targetText: "8%左右",
      completion: 70.5,
      progress: (10 / 12) * 100,
    },
  },
];

/** A paragraph of several rows given out of order, to show the usual order and the dropped repeats. */
export const PARAGRAPH_ROWS: readonly PhraseRow[] = [
  { ...base, indicator: "城镇常住居民人均可支配收入", level: 38210, unit: "元", growth: 5.1 },
  {
    ...base,
    indicator: "社会消费品零售总额",
    level: 18.36,
    unit: "亿元",
    growth: 4.1,
    previousGrowth: 3.7,
    previousLabel: "1-9月",
  },
  {
    ...base,
    indicator: "一般公共预算收入",
    level: 7.54,
    unit: "亿元",
    growth: -2.3,
    reference: 1.5,
    scope: "全盟",
  },
  { ...base, growth: 8.5, reference: 6.4, rank: 3, scope: "全盟", previousRank: 4, previousLabel: "1-9月" },
  { ...base, indicator: "固定资产投资", growth: 12, rank: 1, scope: "全盟" },
  {
    ...base,
    period: "前三季度",
    indicator: "地区生产总值",
    level: 120.35,
    unit: "亿元",
    growth: 6.2,
    reference: 5.6,
    scope: "全盟",
  },
];

function show(x: string | IndicatorError, lang: "zh" | "en"): string {
  return isIndicatorError(x) ? `⚠ ${formatMessage(x.key, lang, x.params)}` : x;
}

function cellText(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function describeRow(row: PhraseRow): string {
  return Object.entries(row)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${k}=${typeof v === "number" ? String(Number(v.toPrecision(12))) : typeof v === "object" ? JSON.stringify(v) : String(v)}`,
    )
    .join(", ");
}

/** The whole snapshot file. */
export function renderSnapshot(): string {
  const out: string[] = [];
  out.push("# Report wording snapshot / 措辞快照");
  out.push("");
  out.push(
    "Generated by `npx tsx scripts/render-snapshot.ts` from `src/text/phrase/snapshot.ts`; do not edit by hand.",
  );
  out.push("`test/text/phrase/snapshot.test.ts` fails when this file is stale. Conventions: METHODS.md §2.");
  out.push("");
  out.push("## Sentences / 单句");
  out.push("");
  out.push("| id | situation | input | 中文 | English |");
  out.push("|---|---|---|---|---|");
  for (const s of SITUATIONS) {
    const zh = show(phrase(s.row), "zh");
    const en = show(phrase(s.row, { lang: "en" }), "en");
    out.push(
      `| ${s.id} | ${cellText(s.title)} | ${cellText(describeRow(s.row))} | ${cellText(zh)} | ${cellText(en)} |`,
    );
  }
  out.push("");
  out.push("## Paragraph / 段落");
  out.push("");
  out.push("Input rows, in this order:");
  out.push("");
  PARAGRAPH_ROWS.forEach((r, i) => out.push(`${i + 1}. ${describeRow(r)}`));
  out.push("");
  for (const lang of ["zh", "en"] as const) {
    const p = paragraph(PARAGRAPH_ROWS, { lang });
    out.push(lang === "zh" ? "中文：" : "English:");
    out.push("");
    out.push(`> ${isIndicatorError(p) ? show(p, lang) : p.text}`);
    out.push("");
  }
  return out.join("\n");
}
