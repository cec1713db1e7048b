/**
 * @summary 报告文本 → 指标记录 / Chinese report text into indicator records
 *
 * `extractRecords(text, options)` reads a work report, speech or analysis line by line and returns one
 * record per statement about one indicator (format: `types.ts`, `shared/reports/README.md`). Steps per line:
 * normalise with an offset map (`normalize.ts`), find quantities (`numbers.ts`), cut clauses, and for each
 * quantity decide whether a statistician would track it, then its subject (resolving 分别…和…, 均…, a
 * subject carried from the previous clause), metric, sign, qualifier, scope, kind and period.
 *
 * Kind and period come from the document: top-level headings ("一、2022年经济工作回顾", "二、2023年主要目标和
 * 重点任务") set review and plan sections and their years; inside a sentence 预计 marks an estimate, and
 * 力争/确保/目标/预期 a target. Without headings, the cues alone decide.
 *
 * Never throws: any string gives an array (possibly empty). Linear in the text length.
 */
import { normalizeLine, splitLines, type NormalizedLine } from "./normalize";
import { scanNumbers, type NumberSpan } from "./numbers";
import type { ExtractOptions, IndicatorRecord, Metric, RecordKind, RecordSpan } from "./types";
import {
  CLAUSE_BREAKS,
  ESTIMATE_CUE,
  GROWTH_VERBS,
  NOT_A_QUANTITY_AFTER,
  PLAN_HEADING,
  PROJECT_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  REVIEW_HEADING,
  SCOPE_RE,
  SENTENCE_BREAKS,
  SUBJECT_HEAD,
  SUBJECT_TAIL,
  TARGET_CUES,
} from "./vocab";

export type { IndicatorRecord, ExtractOptions, RecordSpan } from "./types";

type Section = "review" | "plan" | null;

interface DocInfo {
  /** Section of each line (index = line − 1). */
  sections: Section[];
  /** A period the title names ("1-10月全旗经济运行情况分析" → "1-10月"), for results that say none. */
  titlePeriod?: string;
  reviewYear: number | null;
  planYear: number | null;
}

const HEADING_RE = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)/;
const YEAR_RE = /((?:19|20)\d{2})年/;

function isTopHeading(line: string): boolean {
  // "■ 2025年经济社会发展的主要预期目标": a marked short line heads what follows.
  if (
    /^\s*[■◆【]/.test(line) &&
    line.trim().length <= 40 &&
    !/\d/.test(line.replace(/(?:19|20)\d{2}年/g, ""))
  )
    return true;
  // "主要目标", "今年工作安排": a short line of words alone is a heading.
  const t = line.trim();
  if (
    t.length >= 2 &&
    t.length <= 12 &&
    /^[\u4e00-\u9fff“”、]+$/.test(t) &&
    !/[零〇一二两三四五六七八九十百千万亿]/.test(t)
  )
    return true;
  return line.length <= 80 && HEADING_RE.test(line);
}

function includesAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** First pass: sections and the years of results and of targets. */
function readDocument(
  rawLines: readonly string[],
  reportYear?: number,
  convert?: (text: string) => string,
): DocInfo {
  // Headings and the first lines are matched in simplified script ("回顧" → "回顾").
  // Pinyin readings are dropped too ("預(yù)期目標" → "预期目标"), or headings and titles would not be seen.
  const lines = rawLines.map((l) => {
    const head = l.length <= 400 ? l : l.slice(0, 400);
    try {
      return /[(（]/.test(head) || convert ? normalizeLine(head, convert).text : head;
    } catch {
      return head;
    }
  });
  const sections: Section[] = new Array(lines.length).fill(null);
  let current: Section = null;
  let reviewYear: number | null = null;
  let planYear: number | null = null;
  let firstPlanLineYear: number | null = null;
  // "咸阳市2023年国民经济和社会发展计划", "2010年…经济社会发展预期目标": a title that announces a plan makes the
  // text a plan until a heading says otherwise.
  const titleLine = lines.find((l) => l.trim().length > 0) ?? "";
  if (
    titleLine.length <= 80 &&
    !/[。；]/.test(titleLine) &&
    /(?:预期目标|发展计划|计划草案|目标任务)/.test(titleLine) &&
    !/(?:执行情况|完成情况|回顾|总结|公报|成绩)/.test(titleLine)
  ) {
    current = "plan";
    const y = YEAR_RE.exec(titleLine);
    if (y) planYear = Number(y[1]);
  }
  let firstReviewLineYear: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isTopHeading(line)) {
      const y = YEAR_RE.exec(line);
      const isReview = includesAny(line, REVIEW_HEADING);
      const isPlan = !isReview && includesAny(line, PLAN_HEADING);
      if (isReview) {
        current = "review";
        if (y && reviewYear === null) reviewYear = Number(y[1]);
      } else if (isPlan) {
        current = "plan";
        if (y && planYear === null) planYear = Number(y[1]);
      }
    }
    sections[i] = current;
    if (current === "plan" && firstPlanLineYear === null) {
      const y = YEAR_RE.exec(line.slice(0, 300));
      if (y) firstPlanLineYear = Number(y[1]);
    }
    if (current === "review" && firstReviewLineYear === null) {
      const y = YEAR_RE.exec(line.slice(0, 300));
      if (y) firstReviewLineYear = Number(y[1]);
    }
  }
  if (
    planYear === null &&
    firstPlanLineYear !== null &&
    (reviewYear === null || firstPlanLineYear > reviewYear)
  )
    planYear = firstPlanLineYear;
  if (reviewYear === null && planYear !== null) reviewYear = planYear - 1;
  if (reviewYear === null && firstReviewLineYear !== null) reviewYear = firstReviewLineYear;
  if (planYear === null && reviewYear !== null) planYear = reviewYear + 1;
  if (reviewYear === null) {
    // A title such as "2023年全市国民经济和社会发展统计公报": the year the text reports on.
    const y = /^\s*((?:19|20)\d{2})年.{0,40}(?:公报|报告|分析|总结|情况|年鉴)/.exec(titleLine);
    if (y) {
      reviewYear = Number(y[1]);
      planYear = reviewYear + 1;
    }
  }
  let titlePeriod: string | undefined;
  const tp = /^\s*(?:(?:19|20)\d{2}年)?(\d{1,2}[-—～~至]\d{1,2}月|[一二三四]季度|上半年|前三季度)/.exec(
    titleLine,
  );
  if (tp && titleLine.length <= 80 && !/[，。；,]/.test(titleLine))
    titlePeriod = (tp[1] as string).replace(/[—～~至]/, "-");
  if (reviewYear === null && reportYear !== undefined && Number.isFinite(reportYear)) {
    reviewYear = Math.trunc(reportYear);
    planYear = reviewYear + 1;
  }
  return titlePeriod ? { sections, reviewYear, planYear, titlePeriod } : { sections, reviewYear, planYear };
}

/** A quantity judged worth a record, with what the clause says about it. */
interface Candidate {
  span: NumberSpan;
  metric: Metric;
  value: number | (number | null)[] | null;
  unit: string | null;
  qualifier: string | null;
  scopes: (string | null)[];
  note?: string;
  /** Subject written right before the quantity (after trimming), possibly "". */
  subject: string;
  /** The raw left context inside the clause. */
  left: string;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  /** Start of the sentence up to its full stop (。！？): cues such as 预计 and 力争 govern parts joined by ；. */
  fullSentenceStart?: number;
  /** End of the sentence (its break or the line end), set by the caller. */
  sentenceEnd: number;
  rankChange?: number;
  /** Sign read from the wording (下降 → −1), shared with later values joined by 和/、. */
  sign: number;
  /** Subjects listed after the quantity ("八项第一（地区生产总值、…）"). */
  listSubjects?: string[];
}

/** Words grouped by their last (or first) character, longest first, so a lookup tries only a few. */
const byEdge = new WeakMap<
  readonly string[],
  { first: Map<string, string[]>; last: Map<string, string[]> }
>();
function edgeIndex(words: readonly string[]) {
  let idx = byEdge.get(words);
  if (!idx) {
    const first = new Map<string, string[]>();
    const last = new Map<string, string[]>();
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const f = w[0] as string;
      const l = w[w.length - 1] as string;
      first.set(f, [...(first.get(f) ?? []), w]);
      last.set(l, [...(last.get(l) ?? []), w]);
    }
    idx = { first, last };
    byEdge.set(words, idx);
  }
  return idx;
}

function endsWithAny(s: string, words: readonly string[]): string | null {
  const list = edgeIndex(words).last.get(s[s.length - 1] ?? "");
  if (list) for (const w of list) if (s.endsWith(w)) return w;
  return null;
}

function startsWithAny(s: string, words: readonly string[]): string | null {
  const list = edgeIndex(words).first.get(s[0] ?? "");
  if (list) for (const w of list) if (s.startsWith(w)) return w;
  return null;
}

const SUBJECT_TAIL_SORTED = [...SUBJECT_TAIL].sort((a, b) => b.length - a.length);
const SUBJECT_HEAD_SORTED = [...SUBJECT_HEAD].sort((a, b) => b.length - a.length);
const GROWTH_SORTED = [...GROWTH_VERBS].sort((a, b) => b[0].length - a[0].length);

const LEADING_JUNK =
  /^(?:[\s”"'’、，（(）)\-—·•*●■◆▲★☆○◇□►▶]|以上|左右|以内|以下|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}要|[（(]?\d{1,2}[）)]|\d{1,2}[.．、](?![\d.．]))+/;
const YEAR_PREFIX =
  /^(?:到|至|截至)?(?:牧业年度|每年|每月|每季度|(?:19|20)\d{2}年(?:底|末)?|\d{1,2}[-—～~至]\d{1,2}月(?:份)?|\d{1,2}月(?:份)?(?:底|末)?|前三季度|[上下]半年|[一二三四]季度|今年以来|年初以来)/;
/** The place a bulletin speaks for ("全县", "我旗") before the name: context, not part of the indicator. */
const SCOPE_PREFIX = /^(?:全|我)(?:县|旗|盟|市|区|省|国|州)(?![域场级])(?=[\u4e00-\u9fff“])/;

const DURATION_PREFIX =
  /^(?:(?:未来|今后|近|用|仅用|连续)?[一二三四五六七八九十两\d]*(?:个月|小时)(?:的时间|时间|内|来|以来)?|(?:未来|今后|近|用|仅用|连续)?[一二三四五六七八九十两\d]+(?:年|天|周)(?:的时间|时间|内|来|以来)?|的时间|时间(?=[建完实打培推抓]))(?=[\u4e00-\u9fff“])/;

const CLAUSE_CODES = new Set(Array.from(CLAUSE_BREAKS, (c) => c.charCodeAt(0)));
const SENTENCE_CODES = new Set(Array.from(SENTENCE_BREAKS, (c) => c.charCodeAt(0)));
const FULL_STOP_CODES = new Set(Array.from("。！？!?", (c) => c.charCodeAt(0)));

/** The ： of a ratio (47：23：30, x：x：x) is not a clause break. */
function isRatioColon(s: string, i: number): boolean {
  const ch = s[i];
  if (ch !== "：" && ch !== ":") return false;
  return /[\dx]/.test(s[i - 1] ?? "") && /[\dx]/.test(s[i + 1] ?? "");
}

/** A "?" that stands for a lost character (next to a bracket, another "?" or U+FFFD) is not a question mark. */
function isMojibakeMark(s: string, i: number): boolean {
  const ch = s[i];
  if (ch !== "?" && ch !== "？") return false;
  const near = (s[i - 1] ?? "") + (s[i + 1] ?? "");
  return /[()（）?？\uFFFD]/.test(near);
}

/** Trim a left context to the subject it names: "预计地区生产总值完成" → "地区生产总值". */
/** One memo per flag combination, keyed by the raw text itself (no key string to build and hash). */
const trimmed = [
  new Map<string, string>(),
  new Map<string, string>(),
  new Map<string, string>(),
  new Map<string, string>(),
];

/**
 * Trim a left context to the subject it names (memoised: a record's left context is trimmed several times,
 * and the cache is bounded so a long text cannot grow it).
 */
export function trimSubject(raw: string, keepRating = false, keepTail = false): string {
  const memo = trimmed[(keepRating ? 1 : 0) + (keepTail ? 2 : 0)] as Map<string, string>;
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const out = trimSubjectOnce(raw, keepRating, keepTail);
  if (memo.size >= 1024) memo.clear();
  memo.set(raw, out);
  return out;
}

function trimSubjectOnce(raw: string, keepRating: boolean, keepTail: boolean): string {
  // Mojibake marks and the empty brackets they leave are not part of a name.
  let s = raw.replace(/[?？\uFFFD\uE000-\uF8FF]/g, "").replace(/\(\)|（）/g, "");
  for (let guard = 0; guard < 12; guard++) {
    const before = s;
    s = s.replace(LEADING_JUNK, "");
    const y = YEAR_PREFIX.exec(s);
    if (y) s = s.slice(y[0].length);
    const sc = SCOPE_PREFIX.exec(s);
    if (sc && s.length > sc[0].length + 1) s = s.slice(sc[0].length);
    const h = startsWithAny(s, SUBJECT_HEAD_SORTED);
    // "生产经营单位", "生产总值" are names; 生产 strips only as a verb ("生产西门塔尔牛冻精"); "其他…" keeps 其.
    if (
      h &&
      s.length > h.length &&
      !(h === "生产" && /^生产(?:经营|总值|要素|资料|性|能力)/.test(s)) &&
      !(h === "其" && /^其[他它余]/.test(s))
    )
      s = s.slice(h.length);
    // An owner's name before 年产 ("恒达年产") ends in a name, not in a verb.
    const t = keepTail ? null : endsWithAny(s, SUBJECT_TAIL_SORTED);
    // "邮政业务总量", "经济总量" are names; 总量 is cut only as a trailing word ("…产量总量").
    if (
      t &&
      !(t === "为" && /[行作认成因]为$/.test(s)) &&
      !(t === "总量" && /(?:业务|经济|贸易)总量$/.test(s))
    )
      s = s.slice(0, s.length - t.length);
    const d = DURATION_PREFIX.exec(s);
    if (d && s.length > d[0].length) s = s.slice(d[0].length);
    s = s.replace(/[、，,（(“"‘]+$/, "");
    if (s === before) break;
  }
  // "“十四五”以来年均增长" / "2020年以来": a time span, not part of the subject.
  s = s.replace(
    /(?:(?:19|20)\d{2}年|“[^”]{1,8}”|[一二三四五六七八九十]+五|近[一二三四五六七八九十两\d]+年|党的[^，。]{1,6}|今年|去年)以来/,
    "",
  );
  // A rating inside the name ("年产5兆瓦风机", "10千伏及以下配电网线路") describes the thing; it is not its name.
  if (!keepRating)
    // A substation's voltage is its class and stays ("500千伏变电站").
    s = s.replace(
      /(?<![\d.])[\d.]+(?:万)?(?:千伏|伏|千伏安|兆伏安|兆瓦|千瓦|吉瓦|毫米|英寸|马力|蒸吨)(?:及以下|及以上|以上|以下)?(?=[\u4e00-\u9fff])(?!变电站|输变电|变电所)/g,
      "",
    );
  // "“白旗特产”线上嘉年华系列直播活动": the events of a series are named after 系列.
  s = s.replace(/^[^，。；]{2,16}系列(?=[\u4e00-\u9fff]{4})/, "");
  // "带动旅游消费218亿元": what was driven is named; "带动就业" keeps its verb (就业 alone is no name).
  s = s.replace(/^带动(?=[\u4e00-\u9fff]{3})/, "");
  // "台账内房地产遗留问题…", "清单内事项": being on the list is how the thing was chosen, not its name.
  s = s.replace(/^(?:台账|清单|名单)内(?=.{4})/, "");
  // "内蒙古东部草原沙地综合治理项目": the province before a part of it is context.
  s = s.replace(/^(?:内蒙古|自治区)(?=[东西南北中]部.{4})/, "");
  // "对全县地区生产总值的贡献率": the place is the report's own; the name is the same without it.
  s = s.replace(/(对|拉动)全(?:县|市|区|省|盟|旗|国)(?=[\u4e00-\u9fffA-Z])/g, "$1");
  // "上级转移支付资金较2021年": the base of a comparison is not part of the name.
  s = s.replace(/(?:较|比|同比)(?:(?:19|20)\d{2}年|上年|去年)(?:同期)?$/, "");
  // Anonymised place names (X县, *旗, 某某市) are not part of an indicator's name.
  s = s.replace(/^(?:[X*＊]+|某某|XX)[县市区旗盟省镇乡村]/, "");
  // An unbalanced opening bracket or quote at the start is noise from the clause cut.
  if (/^[）)]/.test(s)) s = s.slice(1);
  if (/^[“‘]/.test(s) && !/[”’]/.test(s)) s = s.slice(1);
  if (/[“‘]$/.test(s)) s = s.slice(0, -1);
  // "规模以上工业企业实现利润总额" → "规模以上工业企业利润总额"; also 累计, 完成 inside a name.
  // "公路项目完成投资" keeps 完成: a project's 完成投资 (completed investment) is what is measured.
  // "…开发区完成收储土地": the zone that did the work is not part of what it did.
  const actor = /^.{2,}(?:开发区|园区|新区)(?:实现|完成)(.{2,})$/.exec(s);
  if (actor && /^(?:收储|征收|出让|供应|盘活|处置|引进|签约|新增|建成)/.test(actor[1] ?? ""))
    s = actor[1] ?? s;
  if (!/(?:项目|工程)完成投资$/.test(s)) s = s.replace(/^(.{2,})(?:实现|累计|完成)(?!的)(.{2,})$/, "$1$2");
  // "“蒙速办”汇集特色应用", "医院探索新技术", "为残疾人提供托养服务": the verb joins owner and thing counted.
  s = s.replace(/^(.{2,})(?:汇集|汇聚|探索|提供)(.{2,})$/, "$1$2");
  // "健安诚年产风机基础200套": what a firm makes in a year is its 产量.
  const made = /^(.{2,}?)年产([^\d]{2,})$/.exec(s);
  if (made && !/(?:能力|产能|规模)$/.test(s)) s = `${made[1] ?? ""}${made[2] ?? ""}产量`;
  // "到位北京帮扶资金": 到位 says the funds arrived; the funds are the name.
  if (/^到位.{2,}资金$/.test(s)) s = s.slice(2);
  // 培育 of firms is fostering, not part of the name; of animals it is breeding ("培育察哈尔种羊" keeps it).
  if (/^培育.{2,}(?:企业|主体|合作社|品牌|园区|集群|单位|龙头)$/.test(s)) s = s.slice(2);
  // A span of time alone ("连续十年") names nothing.
  if (/^(?:近|连续|未来|今后)?[一二三四五六七八九十两\d]+(?:个月|年|天|周)(?:来|以来)?$/.test(s)) return "";
  // A lone connector ("和", "及") names nothing.
  if (/^(?:和|及|与|或|并|且|、|以及|但|但是|而|然而|虽|虽然|的|其中|同时|另外|此外)$/.test(s)) return "";
  // "生产总值(GDP)": an abbreviation in brackets after a name is not part of it.
  s = s.replace(/[（(](?:GDP|CPI|PPI|R&D)[）)]$/, "");
  // "按常住人口计算人均地区生产总值": the method of computing is not part of the name.
  s = s.replace(/^按[^，。；]{2,8}?计算的?(?=.{2})/, "");
  // "固定资产投资五年累计完成": a span of years after a name is not part of it.
  s = s.replace(/(?<=.{2})(?:[一二三四五六七八九十两\d]+年)(?:来|以来|间)?$/, "");
  // "财政一般公共预算支出": the budget is the finance bureau's by definition.
  s = s.replace(/^财政(?=一般公共预算)/, "");
  // "五莲县计划招引…": the place speaking before what it plans.
  s = s.replace(
    /^[\u4e00-\u9fff]{1,4}(?:县|市|旗|盟)(?=(?:计划|力争|将|全年|今年|共|累计)[\u4e00-\u9fff])/,
    "",
  );
  // "全市131种产品中": among a class of things (the count is of the class).
  s = s.replace(/(?<=.{2}[类品业项域])中$/, "");
  // "我县由第12位上升到第6位": the place speaking names no indicator.
  if (/^(?:我|本)(?:县|旗|盟|市|区|省|镇|乡)$/.test(s)) return "";
  // "新增留抵退税、减税降费等1.19亿元": 等 closes the list, it is not part of the name.
  if (s.length > 3 && s.endsWith("等") && s.includes("、")) s = s.slice(0, -1);
  // "5千万以上的": a name does not end in 的.
  if (s.length > 2 && s.endsWith("的") && !s.includes("占")) s = s.slice(0, -1);
  return s;
}

/** Growth verb ending the left context, with its sign. */
function growthVerb(left: string): readonly [string, number] | null {
  const l = left.replace(/(?:达到|达|为|了|约|近|超过|仅)$/, "");
  for (const g of GROWTH_SORTED) if (l.endsWith(g[0])) return g;
  return null;
}

function qualifierBefore(left: string): readonly [string, string] | null {
  for (const q of QUALIFIERS_BEFORE) if (left.endsWith(q[0])) return q;
  // "至少达到6亿元", "不低于达到" is not Chinese but "至少达到" is.
  const l = left.replace(/(?:达到|达)$/, "");
  if (l !== left) for (const q of QUALIFIERS_BEFORE) if (l.endsWith(q[0]) && q[1] === "以上") return q;
  // 达到…以上 is written after; "超过" may sit before 达到: "超过达到" is not Chinese, so only direct.
  return null;
}

function lastScopes(text: string): string[] {
  const found: string[] = [];
  SCOPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCOPE_RE.exec(text)) !== null) found.push(m[0]);
  return found;
}

const STATEMENT_VERB_END = [
  "完成",
  "达到",
  "达",
  "实现",
  "突破",
  "超过",
  "增长",
  "下降",
  "减少",
  "提高",
  "提升",
  "增加",
  "新增",
  "累计",
  "共",
  "为",
  "约",
  "近",
  "共计",
  "总计",
  "新建",
  "建成",
  "培育",
  "引进",
  "发放",
  "投入",
];

/** "三次产业结构由2022年的" → "三次产业结构"; "演进为" → "" (carried). */
function structureSubject(left: string): string {
  const by = left.indexOf("由");
  if (by > 0) return left.slice(0, by).replace(/结构比$/, "结构");
  return left
    .replace(/(?:演进为|演变为|调整为|优化为|变为|为|是|调整到|优化到)$/, "")
    .replace(/结构比$/, "结构");
}

/** Units that rate a machine or a line ("5兆瓦风机", "500千伏变电站") when a name follows them directly. */
const SPEC_UNIT = /^(?:千伏|伏|千伏安|兆伏安|兆瓦|千瓦|吉瓦|毫米|英寸|马力|蒸吨)$/;
/** Equipment a rating describes. */
const SPEC_THING =
  /^[^，。；、\d]{0,8}?(?:风机|机组|风电机组|生产线|变电站|输变电|线路|电网|电池|设备|变压器|主变|锅炉)/;
const SPEC_GRADE = /^(?:及以下|及以上|以上|以下)?/;

/**
 * True when a figure is a rating inside a name: a power or voltage unit followed directly by the equipment
 * it rates and, in the same clause, by the figure that is stated ("年产5兆瓦风机260套"), or by equipment
 * that is not a project ("5兆瓦以上风机生产线投入运行").
 */
function isSpecification(span: NumberSpan, right: string): boolean {
  if (!SPEC_UNIT.test(span.unit ?? "") || span.form === "rank") return false;
  const rest = right.slice(SPEC_GRADE.exec(right)?.[0].length ?? 0);
  if (!/^[\u4e00-\u9fff]/.test(rest) || /^(?:的|和|及|与|或|、|项目|工程|电站|规模|以上|左右)/.test(rest))
    return false;
  const thing = SPEC_THING.exec(rest)?.[0];
  // Rated equipment that is not itself a project: a machine or a line, whether a count of it follows in the
  // clause ("年产5兆瓦风机260套") or not ("5兆瓦以上风机生产线投入运行").
  return !!thing && !/(?:项目|工程|电站)$/.test(thing);
}

/** Facilities and kinds of work a pair of counts may share ("生活垃圾、生活污水处理站"). */
const SHARED_HEAD =
  /处理站|处理厂|处理设施|转运站|回收站|收集点|胚胎移植|人工授精|冷配|示范村|示范点|示范户|示范基地|服务站|服务中心/;
/** Nouns that already name a facility, a body or a project: they take no shared head. */
const SHARED_HEAD_ENTITY =
  /(?:站|厂|场|点|中心|设施|项目|工程|基地|企业|公司|合作社|村|镇|乡|苏木|嘎查|社区|户|园|区|所|校|院|馆|室|队|组|线|路|网)$/;

/** Where the name of a counted thing written after its count ends: a verb, a figure, a list break. */
const NOUN_AFTER_END =
  /全部|实现|完成|通过|纳入|投入|顺利|获得|被|已|达到|(?<!创)建成|入驻|进驻|设立|签订|更新了|开工|落地|轻装|发展|得到|摆脱|深入|落实|参与|进行|开展|实施|仅|在全[区市县省盟旗国]率先|(?:全面|基本)(?=完成|实现|建成|开工|达标)|常态化|来(?=[^，。]{0,3}(?:支教|支医|支援|挂职|交流|研修|锻炼|培训|学习))|赴|(?:投资)?完成率|的基础上|的同时|\d+(?:\.\d+)?(?![\dA-Za-z.])|(?<![A-Za-z])x(?![A-Za-z])|[、和]/;

/** A list item's number run into a count after it ("4.2个", "13.6批"): units of things that come whole. */
const LIST_ITEM_COUNT =
  /^\s*\d{1,2}[.．](?=\d{1,4}(?:个|批|座|家|户|人|名|项|条|所|处|套|台|辆|只|头|件|场|次|部)(?!百分点))/;

/** A firm's accounts, as bulletins list them one after another for the same firms. */
const FIRM_ACCOUNT_ONLY =
  /^(?:营业收入|主营业务收入|利润总额|利润|利税总额|利税|税金总额|资产总计|负债合计|营业成本)$/;
const FIRM_ACCOUNT_END =
  /(?:营业收入|主营业务收入|利润总额|利润|利税总额|利税|税金总额|资产总计|负债合计|营业成本)$/;

/** The end of "A、B、C3项指标增速全市" before a shared rank. */
const LISTED_RANK_TAIL = /项(?:主要)?(?:经济)?指标(?:增速|增幅)?均?(?:居|位居|位列|排)?全[市省区盟县旗国]$/;

/** What a part adds to a whole's growth, written without the part ("拉动GDP增长", "对规上工业增长的贡献率"). */
const PULL = /^(?:分别)?(?:拉动|下拉)(?:全[省市区盟旗县国])?([^，。；\d]{1,14}?)(?:增长)?$/;
const CONTRIBUTION = /^对(?:全[省市区盟旗县国])?([^，。；\d]{1,14}?)的贡献率$/;

/**
 * The name of a part's pull or contribution, after the part named before it: "规模以上制造业增加值" and
 * "拉动全市规上工业增长" → 规模以上制造业拉动规上工业增长; "第一产业对经济增长的贡献率" and "分别拉动经济增长"
 * → 第一产业拉动经济增长.
 */
function pullName(subject: string, before: string): string {
  const part = before.replace(
    /(?:拉动[^，。；]{1,14}增长|对[^，。；]{1,16}的贡献率|增加值|增速|增幅|增长)$/,
    "",
  );
  const pull = PULL.exec(subject);
  if (pull)
    return `${part}拉动${(pull[1] ?? "经济").replace(/(?:增加值)?(?:增速|增长|增幅)$/, "") || "经济"}增长`;
  const contribution = CONTRIBUTION.exec(subject);
  if (contribution) return `${part}对${contribution[1] ?? ""}的贡献率`;
  return subject;
}

/** Names that are already a rate or a share: a change in them in 百分点 is a change of the name itself. */
const RATE_NAME = /(?:率|比重|占比|比例|增速|增幅|降幅|涨幅|指数|份额)$/;

/** Sectors an investment total is split into ("其中工业增长21.9%"). */
const SECTOR =
  /^(?:工业|农业|服务业|第一产业|第二产业|第三产业|基础设施|民间|制造业|房地产|交通|能源|社会领域|技改|工业技改)$/;

/** Price indices whose categories are listed after them. */
const PRICE_TOPIC = /(?:居民消费价格|商品零售价格|工业生产者出厂价格|工业生产者购进价格|农产品生产者价格)$/;

/** Prices and their indices: stated in %, they are a rise or fall. */
const PRICE_INDEX =
  /(?:价格(?:总)?指数|价格消费指数|消费指数|CPI|PPI|居民消费价格(?:总水平)?|商品零售价格(?:总水平)?|物价(?:总水平)?)(?:涨幅)?$/;

/** Those money spent on a policy reaches. */
const BENEFICIARY =
  /^(?:市场主体|经营主体|企业|中小微企业|小微企业|个体工商户|纳税人|农牧民|农户|牧户|群众)$/;

/** What a brand has: its premium, its licensees, its price. */
const BRAND_MEASURE = /^[^，。；]{0,5}?(?:溢价|授权经营主体|授权企业|授权主体|品牌价值|收购价)$/;

/**
 * The clause before a candidate's clause, at most `max` characters of it and never before the sentence: found
 * in a bounded window, so a line of thousands of clauses is not rescanned for each figure.
 */
function previousClause(s: string, c: Candidate, max: number): string {
  const from = Math.max(c.sentenceStart, c.clauseStart - 1 - max);
  const before = s.slice(from, Math.max(from, c.clauseStart - 1));
  const comma = before.lastIndexOf("，");
  return comma >= 0 ? before.slice(comma + 1) : before;
}

/** A clause that judges a total without a figure ("但经济总量小"). */
const JUDGED_TOTAL =
  /^(?:但|而|且)?([\u4e00-\u9fff]{2,6}(?:总量|规模|体量))(?:偏小|偏低|较低|较小|不足|不大|较弱|小|低|弱)$/;

/** A clause that compares a rate without a figure ("规上工业增速虽高于全区"): the rate is the topic after it. */
const JUDGED_RATE =
  /^(?:但|而|且)?([\u4e00-\u9fff]{2,10}?(?:增速|增幅|降幅|占比))(?:虽然|虽|仍|均|也)?(?:高于|低于|快于|慢于|好于|居|位居|排|保持)[^，。；\d]{0,10}$/;

/** People and teams brought in or trained ("创新团队", "领军人才"). */
const TALENT = /(?:人才|团队|专家|人员|工匠|院士|博士|技师)$/;

/** A list item that opens with its own verb does not share the first item's verb or actor. */
const LIST_ITEM_VERB =
  /^(?:新建|新增|改造|引进|培育|新认定|新创建|创建|建设|建成|实施|完成|开展|举办|组织|推广|发放|投入)/;

/** A rating at the head of a name ("500千伏变电站"). */
const RATING_LEAD =
  /^[\d.]+(?:万)?(?:千伏|伏|千伏安|兆伏安|兆瓦|千瓦|吉瓦|毫米|英寸|马力|蒸吨)(?:及以下|及以上|以上|以下)?(?=[\u4e00-\u9fff])/;

/** Work out metric, value, unit and qualifier for a span, or null when it is not a tracked quantity. */
function judge(
  s: string,
  span: NumberSpan,
  left: string,
  clauseStart: number,
  clauseEnd: number,
  sentenceStart: number,
): Candidate | null {
  const after = s.slice(span.end, Math.min(s.length, span.end + 6));
  const prevCh = span.start > 0 ? s[span.start - 1] : "";
  if (
    prevCh === "〔" ||
    prevCh === "[" ||
    prevCh === "【" ||
    prevCh === "/" ||
    prevCh === "+" ||
    prevCh === "-"
  )
    if (span.form !== "rank") return null;
  if (startsWithAny(after, NOT_A_QUANTITY_AFTER)) return null;
  const base: Omit<Candidate, "metric" | "value" | "unit"> = {
    span,
    sentenceEnd: clauseEnd,
    sign: 1,
    qualifier: null,
    scopes: [null],
    subject: "",
    left,
    clauseStart,
    clauseEnd,
    sentenceStart,
  };
  const right = s.slice(span.end, clauseEnd);
  // A peer-group size ("全省x个县市区中排名第x位") or a count of measures in a document title is not tracked.
  if (span.form !== "rank" && /^[^，。；]{0,12}中(?:排名|排|位居|位列|居|有)/.test(right)) return null;
  // "A、B、C3项指标增速全市第一": the count of the indicators listed before their shared rank.
  if (
    span.unit === "项" &&
    /^(?:主要)?(?:经济)?指标(?:增速|增幅)?(?:均)?(?:居|位居|位列|排)?全[市省区盟县旗国](?:第|首位)/.test(
      right,
    )
  )
    return null;
  // "7项主要经济指标增速有5项位居全市前三", "在16个县市区…综合排名中": the size of the group counted in.
  if (span.form !== "rank" && /^[^，。；\d]{1,16}?有[\dx一二三四五六七八九十两]/.test(right)) return null;
  if (span.form !== "rank" && /^[^，。；]{2,40}?排名中/.test(right) && /在$/.test(left)) return null;
  // "500万元以上项目投资", "年主营业务收入2000万元及以上工业企业": a size threshold names a class of things.
  if (
    /元$|^(?:千万|百万|万|亿)$/.test(span.unit ?? "") &&
    /^(?:及以上|以上|及以下|以下)(?:的|[^，。；、\d]{0,8}?(?:项目|企业|单位|法人|工业|商贸|个体户|纳税人|客户|投资))/.test(
      right,
    )
  )
    return null;
  if (/^(?:硬)?(?:措施|举措|意见|条例|办法)/.test(right)) return null;
  // A number opening a short quoted name ("“6部促进条例”", "“1+N”") is part of the name.
  if (prevCh === "“" && /^[^”，。；]{0,10}”/.test(s.slice(span.end, span.end + 12))) return null;
  // The object of 对 in a condition: "对9个重点行业领域…进行", "对年用电量50亿度以上的企业".
  if (/^对/.test(left) && /^(?:以上|以下)的/.test(right)) return null;
  // A count summarising a list written just before it: "良种、精养、供饲x项工程".
  if (
    /^(?:项|个|条|大)$/.test(span.unit ?? "") &&
    (left.match(/、/g) ?? []).length >= 2 &&
    /、[^、，。；等]{1,8}$/.test(left)
  )
    return null;
  // A rating written inside a name ("年产5兆瓦风机260套", "架设10千伏及以下线路201公里", "5兆瓦以上风机生产线"):
  // the size of each machine or the voltage of a line describes the thing, it is not a figure of its own.
  if (isSpecification(span, right)) return null;
  let qualifier: string | null = null;
  const qa = startsWithAny(right, QUALIFIERS_AFTER);
  if (qa) qualifier = qa === "之内" ? "以内" : qa;
  // "压缩至34个工作日内": 内 after a span of time is 以内.
  else if (/^内(?!容|部|涵|外|蒙)/.test(right) && /(?:工作日|小时|天|日|分钟|个月|年)$/.test(span.unit ?? ""))
    qualifier = "以内";
  let qb = qualifierBefore(left);
  // "至少办好1所": 至少 with a short verb between.
  if (!qb && /至少[\u4e00-\u9fff]{1,2}$/.test(left)) qb = ["", "以上"] as const;
  if (!qualifier && qb) qualifier = qb[1];
  if (!qualifier && span.inner) qualifier = span.inner;
  const trimmedLeft = qb ? left.slice(0, left.length - qb[0].length) : left;

  switch (span.form) {
    case "ordinal":
      return null;
    case "structure":
      return {
        ...base,
        qualifier: null,
        metric: "structure",
        value: span.parts && span.parts.some((p) => p !== null) ? span.parts : null,
        left: structureSubject(s.slice(clauseStart, span.start)),
        unit: null,
      };
    case "rank": {
      // A rank needs a verb of standing: 居, 排, 位列, 列 … (or a list like "两项第一").
      const tail = s.slice(Math.max(clauseStart, span.start - 14), span.start);
      const m =
        /(?:继续稳居|稳居|位居|居|排名?|位列|列|处于|名列|排在|排位)([^居排列]{0,10})$/.exec(tail) ??
        // "由二季度的第12位上升到第6位": where it was and where it went.
        /(?:由|从)([^，。；\d]{0,8}?)的?$/.exec(tail) ??
        /(?:上升|提升|前移|跃升|下降|后移|后退|回落)(?:到|至)()$/.exec(tail);
      const listFirst = /项$/.test(tail) && span.value === 1;
      // "工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一": each listed indicator's rank.
      const listed = LISTED_RANK_TAIL.test(tail)
        ? /^(.+?)[\dx一二三四五六七八九十两]+项(?:主要)?(?:经济)?指标(增速|增幅)?(?:均)?(?:居|位居|位列|排)?(全[市省区盟县旗国])$/.exec(
            s.slice(Math.max(clauseStart, span.start - 120), span.start),
          )
        : null;
      if (listed) {
        const items = (listed[1] ?? "")
          .split(/、|和|及/)
          .map((x) => trimSubject(x))
          .filter((x) => x.length >= 2);
        if (items.length >= 2)
          return {
            listSubjects: items.map((x) => `${x}${listed[2] ?? ""}`),
            ...base,
            metric: "rank",
            value: span.value,
            unit: span.unit,
            qualifier: null,
            scopes: [listed[3] ?? null],
            left: "",
          };
      }
      if (!m && !listFirst) return null;
      let scopeText = m ? (m[1] ?? "") : tail;
      if (!m) scopeText = s.slice(clauseStart, span.start);
      // A rank verb may govern several scopes ("排全省、全市第x位"); a listed 第一 takes the nearest one.
      let scopes: (string | null)[] = m ? lastScopes(scopeText) : lastScopes(scopeText).slice(-1);
      if (scopes.length === 0) scopes = lastScopes(s.slice(clauseStart, span.start)).slice(-1);
      if (scopes.length === 0) scopes = [null];
      // "全市“八项第一”（地区生产总值、…）" → one record per listed indicator.
      let listSubjects: string[] | undefined;
      if (listFirst) {
        const ahead = s.slice(span.end, Math.min(s.length, span.end + 400));
        const open = ahead.search(/[（(]/);
        const close = ahead.search(/[）)]/);
        if (open >= 0 && open <= 12 && close > open) {
          const growthOf = /增速|增长/.test(s.slice(sentenceStart, span.start)) ? "增速" : "";
          listSubjects = ahead
            .slice(open + 1, close)
            .split(/、|，|,/)
            .map((x) => x.trim())
            .filter((x) => x.length > 0)
            .map((x) => x + growthOf);
          if (listSubjects.length === 0) listSubjects = undefined;
        }
      }
      return {
        listSubjects,
        ...base,
        metric: "rank",
        value: span.value,
        unit: span.unit,
        qualifier: null,
        scopes,
        // "在全市排第x位", "全省x个县市区中排名第x位": the place and the peer group are not the subject.
        // "经济指标综合排名全市第四": a composite ranking is itself the thing ranked.
        left: (m
          ? left.slice(0, Math.max(0, left.length - m[0].length)) +
            (/综合$/.test(left.slice(0, left.length - m[0].length)) && /^排/.test(m[0]) ? "排名" : "")
          : left
        )
          .replace(/[\dx]+个[^，。；]{0,12}中$/, "")
          .replace(/(?:在|于)?(?:全(?:国|省|区|市|盟|旗|县)[、，]?)+$/, ""),
      };
    }
    case "double": {
      const sc = /(?:较|比|是)([^，,。；]{1,8}?)(?:的)?$/.exec(left);
      return {
        ...base,
        metric: "multiple",
        value: span.value,
        unit: null,
        qualifier,
        scopes: [sc ? (sc[1] ?? null) : null],
      };
    }
    default:
      break;
  }

  let unit = span.unit;
  let value: number | null = span.value;
  let note: string | undefined;
  if (span.form === "cheng") note = "written with 成";
  if (span.form === "fraction") note = "fraction converted to percent";

  // 排名上升3位 → rank change +3.
  if (unit === null && s[span.numEnd] === "位" && !span.placeholder && value !== null) {
    const up = /(?:上升|前移|提升|提高|前进|跃升)了?$/.test(trimmedLeft);
    const down = /(?:后退|下降|下滑|后移|回落)了?$/.test(trimmedLeft);
    if (up || down) {
      const vs = /(?:较|比)(上月|上期|上年|去年|年初|上季度|[\d\-—]+月)/.exec(trimmedLeft);
      const subject = trimSubject(
        trimmedLeft
          .replace(/(?:较|比)(?:上月|上期|上年|去年|年初|上季度|[\d\-—]+月)/, "")
          .replace(/(?:排名|位次|排位)?(?:上升|前移|提升|提高|前进|跃升|后退|下降|下滑|后移|回落)了?$/, ""),
      );
      return {
        ...base,
        span: { ...span, end: span.numEnd + 1 },
        metric: "rank",
        value: null,
        unit: "位",
        qualifier: null,
        left: subject,
        rankChange: up ? value : -value,
        scopes: [vs ? (vs[1] ?? null) : null],
      };
    }
  }
  if (unit === null && span.form !== "fraction") {
    // A rate with its % sign missing: "增长6.1，" / "占比达到35".
    const g = growthVerb(trimmedLeft);
    const rateWord = /(?:率|比重|占比|增速|增幅)(?:为|达|达到|是)?$/.test(trimmedLeft);
    const nextCh = s[span.end] ?? "";
    const nextOk =
      nextCh === "" || CLAUSE_BREAKS.includes(nextCh) || qa !== null || nextCh === "、" || nextCh === "和";
    if (
      (g || rateWord) &&
      nextOk &&
      !span.chinese &&
      (value === null || value <= 1000) &&
      span.form !== "slot"
    ) {
      unit = "%";
      note = "missing % sign read from context";
    } else if ((g || rateWord) && nextOk && span.form === "slot") {
      unit = "%";
      note = "missing % sign read from context";
    } else return null;
  }
  if (span.chinese && span.form === "number") {
    // Chinese numerals are everywhere in prose (一批, 两件大事): only a statement verb or a rate makes them a figure.
    const strong = unit === "%" || unit === "倍" || (unit ?? "").includes("百分点");
    const verb = endsWithAny(trimmedLeft, STATEMENT_VERB_END);
    // A written-out number of ten or more ("一千五百户") is a figure; "一批", "两件大事", "三区" are prose.
    const long = span.numEnd - span.start >= 2 && (value ?? 0) >= 10;
    // "引进一家四星级酒店项目": one firm or facility brought in or built is counted.
    const one =
      value === 1 &&
      /^[家座所处]$/.test(unit ?? "") &&
      /(?:引进|新建|建成|新增|培育|创建|落地)$/.test(trimmedLeft) &&
      /^[^，。；]{2,}/.test(s.slice(span.end, clauseEnd));
    if (!strong && !long && !(verb && (value ?? 0) >= 2) && !one) return null;
  }

  // Metric and sign.
  let metric: Metric = "level";
  let g = growthVerb(trimmedLeft);
  const isRate = unit === "%" || unit === "‰" || span.form === "fraction";
  let sign = 1;
  let scopes: (string | null)[] = [null];
  let leadVerbStripped: string | null = null;
  if (unit !== null && (unit.includes("百分点") || unit.includes("千分点"))) {
    metric = "pp_change";
    // "低于全县规上工业增速5.8个百分点": the 增速 is the base compared with, not a verb.
    if (
      g &&
      /(?:低于|少于|落后于?|高于|多于|快于|慢于)[^，。；]{0,12}$/.test(trimmedLeft) &&
      /(?:增速|增幅)$/.test(g[0])
    )
      g = null;
    if (g) sign = g[1];
    // "下拉全县规上工业增速1.1个百分点": a negative pull.
    if (/下拉[^，。；]{0,16}$/.test(trimmedLeft)) sign = -1;
    // "降幅收窄1.5个百分点": the decline is smaller, so the rate rose; "降幅扩大" the rate fell (METHODS §2).
    if (
      g &&
      (g[0] === "收窄" || g[0] === "扩大") &&
      /(?:降幅|亏损|跌幅)/.test(s.slice(clauseStart, span.start))
    )
      sign = -g[1];
    const gap = /(?:低于|少于|落后于?|高于|多于|快于|慢于)([^，。；]{0,12})$/.exec(trimmedLeft);
    const than = /(?:比|较)([^，。；]{1,12}?)(?:分别|均)?(高|低|快|慢|多|少)(?:出)?$/.exec(trimmedLeft);
    if (g) {
      // "增速比一季度加快0.3个百分点": the comparison base is the scope.
      const before = trimmedLeft.slice(0, trimmedLeft.length - g[0].length);
      const base = /(?:比|较)([^，。；]{1,12}?)(?:分别|均)?$/.exec(before);
      if (base) {
        scopes = (base[1] ?? "").split("、").filter((x) => x);
        if (scopes.length === 0) scopes = [null];
        leadVerbStripped = before.slice(0, before.length - base[0].length);
      }
    }
    if (gap && !g) {
      if (/^(?:低于|少于|落后|慢于)/.test(gap[0])) sign = -1;
      scopes = [gap[1] || null];
      leadVerbStripped = trimmedLeft.slice(0, trimmedLeft.length - gap[0].length);
    } else if (than && !g) {
      // "增速比全国高2.1个百分点", "比全国、全省分别高2.1和1.3个百分点"
      if (/[低慢少]/.test(than[2] ?? "")) sign = -1;
      const sc = (than[1] ?? "").split("、").filter((x) => x);
      scopes = sc.length > 0 ? sc : [null];
      leadVerbStripped = trimmedLeft.slice(0, trimmedLeft.length - than[0].length);
    }
  } else if (unit === "倍") {
    if (g) metric = "growth";
    else {
      metric = "multiple";
      const clauseLeft = s.slice(clauseStart, span.start);
      const sc = /(?:是|为|相当于|达到)([^，,。；]{1,10}?)的$/.exec(clauseLeft);
      if (sc) {
        scopes = [sc[1] ?? null];
        leadVerbStripped = clauseLeft.slice(0, clauseLeft.length - sc[0].length);
      }
    }
  } else if (isRate) {
    if (/(?:年均|平均每年|年平均)(?:增长|递增|增速)?[^，。；]{0,2}$/.test(trimmedLeft)) {
      metric = "cagr";
    } else if (!g && /^(?:精简|压减|压缩|减少|降低|节约)/.test(trimSubject(trimmedLeft))) {
      metric = "growth";
      sign = -1;
      leadVerbStripped = trimSubject(trimmedLeft).replace(/^(?:精简|压减|压缩|减少|降低|节约)/, "");
    } else if (
      g &&
      !/(?:提升|提高|增加|上升)(?:至|到)$/.test(trimmedLeft) &&
      // "人口自然增长率为-0.13‰": births less deaths per thousand is a rate, not a growth.
      !/自然增长率(?:为|是|达到|达)?$/.test(trimmedLeft)
    ) {
      metric = "growth";
      sign = g[1];
      // "…率提高5%" is growth of the rate; fine. "提升至88%" is a level of the rate (handled above).
    } else if (
      /完成率/.test(trimmedLeft) ||
      /完成[^，。；]{0,16}的$/.test(trimmedLeft) ||
      /(?:为|占|达到)[^，。；]{0,10}(?:目标|预算|计划)(?:任务)?的$/.test(trimmedLeft)
    ) {
      metric = "completion";
      // "完成年度目标任务的113%", "为年度预算的92%": the subject is the indicator before (carried), not the target.
      const of =
        /完成[^，。；]{0,16}的$/.exec(trimmedLeft) ??
        /(?:为|占|达到)[^，。；]{0,10}(?:目标|预算|计划)(?:任务)?的$/.exec(trimmedLeft);
      if (of) leadVerbStripped = trimmedLeft.slice(0, trimmedLeft.length - of[0].length);
    } else {
      metric = "share";
    }
  } else {
    const subj = trimSubject(trimmedLeft);
    const stock = /^(?:新增|净增|上划)(.+)$/.exec(subj);
    // "超额完成年度任务2.1亿元": by how much the task was beaten, a change against the task.
    const beyond = /超额完成(?:了)?((?:年度|全年)?(?:目标)?任务)$/.exec(trimmedLeft);
    const gap = /(?:高于|低于|多于|少于)[^，。；、]{0,10}$/.exec(trimmedLeft);
    const newWord = /(?:新增|净增|增加|上划|减少|高于|低于|多出)$/.exec(trimmedLeft);
    const handedUp = newWord?.[0] === "上划" && /元$/.test(unit ?? "");
    if (beyond) {
      metric = "abs_change";
      scopes = [beyond[1] === "任务" ? "年度任务" : (beyond[1] ?? null)];
      leadVerbStripped = trimmedLeft.slice(0, trimmedLeft.length - beyond[0].length);
    } else if (
      stock &&
      // "上划规上工业企业x家" adds firms; "上划中央收入23302万元" is money handed up, a level.
      ((/^上划/.test(subj) && !/元$/.test(unit ?? "")) ||
        /(?:余额|存量|规模|装机|容量|总量|税源|储量)$/.test(stock[1] ?? ""))
    ) {
      metric = "abs_change";
      leadVerbStripped = stock[1] ?? "";
    } else if (gap && !newWord) {
      metric = "abs_change";
      if (/^(?:低于|少于)/.test(gap[0])) sign = -1;
    } else if (
      newWord &&
      !handedUp &&
      (trimSubject(trimmedLeft.slice(0, trimmedLeft.length - newWord[0].length)).length > 0 ||
        /^(?:比|较|同比)/.test(trimmedLeft))
    ) {
      metric = "abs_change";
      if (newWord[0] === "减少" || newWord[0] === "低于") sign = -1;
    } else if (/(?:年均|平均每年|每年)(?:增加|新增|净增)$/.test(trimmedLeft)) {
      // "年均增加349亿元": an average yearly change.
      metric = "abs_change";
    } else if (g && g[1] < 0 && /(?:下降|减少|降低)$/.test(trimmedLeft)) {
      metric = "abs_change";
      sign = -1;
    }
  }
  if (value !== null) value = sign * value;
  // Built field by field (no spread): this runs once per figure, and a 1 MB line holds 100,000 of them.
  const cand: Candidate = {
    span,
    sign,
    sentenceEnd: clauseEnd,
    clauseStart,
    clauseEnd,
    sentenceStart,
    metric,
    value,
    unit,
    qualifier,
    scopes,
    subject: "",
    left: leadVerbStripped !== null ? leadVerbStripped : trimmedLeft,
  };
  if (note) cand.note = note;
  if (span.high !== undefined && span.high !== null && typeof value === "number") {
    cand.note = `range ${span.value}–${span.high}`;
  }
  return cand;
}

/** Split "城乡常住居民人均可支配收入" / "A、B和C" into the subjects a list of values applies to. */
function splitSubjects(subject: string, count: number): string[] | null {
  if (count < 2) return null;
  // "行政权力及公共服务事项网上可办率和全程网办率": the matters all the rates are of are not part of the first.
  const scoped = subject.length <= 60 ? /^.{2,}?(?:事项|业务)(.{2,}率(?:和|、).{2,}率)$/.exec(subject) : null;
  if (scoped) subject = scoped[1] ?? subject;
  // "第一、二、三产业对经济增长的贡献率": ordinals of the industries written once for all.
  const ordinals = /^第?([一二三](?:[、和及][一二三])+)产业(.*)$/.exec(subject);
  if (ordinals) {
    const parts = (ordinals[1] ?? "").split(/[、和及]/).map((d) => `第${d}产业${ordinals[2] ?? ""}`);
    if (parts.length === count) return parts;
  }
  if (/^城[、和]乡/.test(subject) && count === 2) subject = `城乡${subject.slice(3)}`;
  if (subject.startsWith("城乡") && count === 2) {
    const rest = subject.slice(2);
    return [`城镇${rest}`, `农村${rest}`];
  }
  for (const sep of [/、|和|及|与|以及/, /和/, /、/, /及|以及/, /与/]) {
    const parts = subject.split(sep).filter((p) => p.length > 0);
    if (parts.length === count) return shareHead(shareTail(shareMeasure(parts)));
  }
  return null;
}

/** Words that name one of a pair or series sharing the rest of a name ("城镇和农村居民收入"). */
const PAIRED =
  /^(?:城镇|农村|城市|乡村|中央|国家级|国家|自治区级|自治区|省级|省|市级|市|县级|县|盟级|盟|旗级|旗|区级|男性|女性|一产|二产|三产)/;

/** A name ending in a pair word after a shared opening ("限上法人城镇"). */
const PAIRED_END = /^(.{2,}?)(?:城镇|农村|城市|乡村)$/;

/** "城镇", "农村居民人均可支配收入" → "城镇居民人均可支配收入", "农村居民人均可支配收入". */
function shareTail(parts: string[]): string[] {
  const last = parts[parts.length - 1] as string;
  const lead = PAIRED.exec(last)?.[0];
  if (!lead) return parts;
  const tail = last.slice(lead.length);
  if (tail.length < 2) return parts;
  // "限上法人城镇、乡村消费品零售额": what comes before the first pair word is shared too.
  const first = parts[0] as string;
  const opening = PAIRED_END.exec(first);
  if (opening && parts.slice(1, -1).every((p) => PAIRED.exec(p)?.[0] === p)) {
    const prefix = opening[1] ?? "";
    return [`${first}${tail}`, ...parts.slice(1, -1).map((p) => `${prefix}${p}${tail}`), `${prefix}${last}`];
  }
  return parts.map((p, i) => (i < parts.length - 1 && PAIRED.exec(p)?.[0] === p ? `${p}${tail}` : p));
}

/** A measure written once after a list ("金属制品业、农副食品加工业…增加值"). */
const LIST_MEASURE =
  /(?:增加值|总产值|产值|产量|营业收入|主营业务收入|利润总额|利润|销售额|零售额|出口额|进口额|进出口总额|投资)$/;

/** "金属制品业", …, "专用设备制造业增加值" → each industry's 增加值. */
function shareMeasure(parts: string[]): string[] {
  const last = parts[parts.length - 1] as string;
  const m = LIST_MEASURE.exec(last);
  if (!m || last.length < m[0].length + 2) return parts;
  const bare = parts.slice(0, -1);
  if (bare.some((p) => LIST_MEASURE.test(p) || p.length < 2)) return parts;
  // "金属制品业、…专用设备制造业增加值": industries take the measure; "高端化工、…新能源新材料产业增加值":
  // names of industries written without 产业 take 产业 and the measure.
  const industry = /产业$/.test(last.slice(0, last.length - m[0].length));
  const tail = bare.every((p) => /业$/.test(p)) ? m[0] : industry ? `产业${m[0]}` : null;
  if (!tail) return parts;
  return [...bare.map((p) => `${p}${tail}`), last];
}

/** Measures one thing can have several of ("动物免疫密度和质量"). */
const MEASURE_WORD =
  /(?:装机规模|装机容量|发电量|密度|质量|数量|面积|产量|产值|总量|规模|比例|比重|人数|户数|金额|覆盖率|达标率|合格率|完成率|到位率)$/;

/** "动物免疫密度", "质量" → "动物免疫密度", "动物免疫质量": a bare measure shares the thing named first. */
function shareHead(parts: string[]): string[] {
  const first = parts[0] ?? "";
  const m = MEASURE_WORD.exec(first);
  if (!m || first.length < m[0].length + 2) return parts;
  const head = first.slice(0, first.length - m[0].length);
  return parts.map((p, i) => (i > 0 && MEASURE_WORD.exec(p)?.[0] === p ? `${head}${p}` : p));
}

/**
 * Where words that govern a whole sentence (预计, 力争, a year) occur in a line, found in one pass each and
 * looked up per record by binary search, so a long sentence is not rescanned for every figure in it.
 */
class LineMarks {
  private cache = new Map<RegExp, { at: number[]; end: number[]; text: string[] }>();
  constructor(private readonly s: string) {}

  private marks(re: RegExp) {
    let m = this.cache.get(re);
    if (!m) {
      m = { at: [], end: [], text: [] };
      re.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = re.exec(this.s)) !== null) {
        if (x[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // A group named skip marks words that are not a cue ("目标任务的").
        if (x.groups?.skip !== undefined) continue;
        m.at.push(x.index);
        m.end.push(x.index + x[0].length);
        m.text.push(x[1] ?? x[0]);
      }
      this.cache.set(re, m);
    }
    return m;
  }

  /** The start of the last match of `re` lying wholly inside [lo, hi), or -1. */
  last(re: RegExp, lo: number, hi: number): number {
    const m = this.marks(re);
    let a = 0;
    let b = m.at.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((m.at[mid] as number) < hi) a = mid + 1;
      else b = mid;
    }
    for (let k = a - 1; k >= 0 && (m.at[k] as number) >= lo; k--)
      if ((m.end[k] as number) <= hi) return m.at[k] as number;
    return -1;
  }

  /** The first match of `re` lying wholly inside [lo, hi), as [start, group 1 or the match], or null. */
  first(re: RegExp, lo: number, hi: number): string | null {
    const m = this.marks(re);
    let a = 0;
    let b = m.at.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((m.at[mid] as number) < lo) a = mid + 1;
      else b = mid;
    }
    for (let k = a; k < m.at.length && (m.at[k] as number) < hi; k++)
      if ((m.end[k] as number) <= hi) return m.text[k] as string;
    return null;
  }
}

/** 预计: an estimate. */
const ESTIMATE_MARK = new RegExp(ESTIMATE_CUE, "g");
/** A target cue; "完成年度目标任务的85.6%", "为年度计划的92%" measure progress against a target (skipped). */
const TARGET_MARK = new RegExp(
  `(?<skip>(?:年度|全年)?(?:目标|计划|预算)(?:任务)?的)|${TARGET_CUES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}`,
  "g",
);
/** "2023年，": a year heading a sentence's clause. */
const YEAR_COMMA_MARK = /((?:19|20)\d{2})年[，,]/g;
/** Words that share values out in order ("分别增长5%和6%"). */
const FENBIE_MARK = /分别|各为|依次为/g;
/** Any year written out. */
const YEAR_MARK = /(?:19|20)\d{2}年/g;

function kindFor(section: Section, marks: LineMarks, lo: number, hi: number): RecordKind {
  const hasEstimate = marks.first(ESTIMATE_MARK, lo, hi) !== null;
  if (section === "review") return hasEstimate ? "estimate" : "actual";
  if (section === "plan") return "target";
  if (hasEstimate) return "estimate";
  if (marks.first(TARGET_MARK, lo, hi) !== null) return "target";
  return "actual";
}

/** True when a quantity is the size of a named project ("100兆瓦风电项目"), not a result. */
function isProjectSize(s: string, span: NumberSpan, left: string, clauseEnd: number): boolean {
  const right = s.slice(span.end, Math.min(clauseEnd, span.end + 16));
  if (right.length === 0) return false;
  if (/^(?:以上|左右|以内|的目标|的任务)/.test(right)) return false;
  const capacity = /^(?:万|亿)?(?:千瓦|兆瓦|吉瓦|千瓦时|吉瓦时|兆瓦时|吨|头|只|公里)$/.test(span.unit ?? "");
  const verbBefore = endsWithAny(left, STATEMENT_VERB_END);
  if (verbBefore && !/年产$/.test(left)) return false;
  if (!capacity && !/(?:年产|年出栏|存栏)$/.test(left)) return false;
  const cut = right.search(/实现|完成|投入|开工|启动|建成|投产|获得|并网发电|实现并网|扎实|基本|顺利|正式/);
  const head = cut >= 0 ? right.slice(0, cut) : right;
  return includesAny(head, PROJECT_WORDS);
}

/** Verbs of pushing a project forward that open a clause before its owner ("加快推进驭能…"). */
const PROJECT_LEAD =
  /^(?:全面|加快|积极|全力|协助|确保|力争|推动|推进|支持|开工|建设|建成|实施好|实施|引进|谋划|储备|启动|新建|续建|争取)+/;

/**
 * Names for a project's size ("蒙能10兆瓦分散式风电实现并网" → 蒙能分散式风电项目装机): owner + project + the
 * measure its unit gives (装机 for power plants, 产能 for factories and 瓦时, 年产能 after 年产, 长度 for 公里,
 * 年出栏能力 / 存栏规模 for livestock bases). Null when the clause does not have that shape.
 */
function projectSizeNames(left: string, subjects: string[], right: string, unit: string): string[] | null {
  // "多能互补“生态修复+产业融合”一体化示范项目": a quoted slogan inside a project's name is not its short name.
  const r = right.replace(/^(?:以上|左右|的)/, "").replace(/“[^”，。；]{1,16}”(?=[^，。；]{2,})/g, "");
  const cut = r.search(
    /实现|完成|投入|开工|启动|建成|投产|投运|投用|获得|落地|并网(?!项目)|扎实|基本|顺利|正式|全容量|当年|[，。；、和\dx]/,
  );
  let noun = cut >= 0 ? r.slice(0, cut) : r;
  if (noun.length < 2 || noun.length > 16 || !includesAny(noun, PROJECT_WORDS)) return null;
  if (!/(?:项目|工程|基地|生产线|电站|马道|示范井)$/.test(noun)) noun = `${noun}项目`;
  noun = noun.replace(/(生产线|基地)项目$/, "$1");
  // "超高功率石墨电极项目": a grade of the product is not part of the project's short name.
  noun = noun.replace(/^(?:超高功率|超大功率|高功率|大功率|高性能|高端)(?=.{4})/, "");
  const l = left.replace(/[，,]$/, "");
  const measure = /年产$/.test(l)
    ? "年产能"
    : /年出栏$/.test(l)
      ? "年出栏能力"
      : /存栏$/.test(l)
        ? "存栏规模"
        : /瓦时$/.test(unit) || (/瓦$/.test(unit) && /电池|组件|设备|装备|生产线|制造/.test(noun))
          ? "产能"
          : /瓦$/.test(unit)
            ? /工程$/.test(noun)
              ? "容量"
              : "装机"
            : /公里$/.test(unit)
              ? "长度"
              : "";
  if (!measure) return null;
  const owner = (x: string) =>
    trimSubject(x.replace(/(?:年产|年出栏|存栏|各)$/, ""), false, true)
      .replace(PROJECT_LEAD, "")
      .replace(/(?:年产|年出栏|存栏)$/, "");
  const listed = /各$/.test(l) && subjects.length > 1;
  const owners = listed ? subjects.map(owner) : [owner(l.split(/[、和]/).pop() ?? "")];
  return owners.map((o) => `${o}${noun}${measure}`);
}

/** The latest record group of a clause before `clauseStart` (the list holds at most 16). */
function lastEarlierClause<T extends { clauseStart: number }>(
  prev: readonly T[],
  clauseStart: number,
): T | undefined {
  for (let k = prev.length - 1; k >= 0; k--) if ((prev[k] as T).clauseStart < clauseStart) return prev[k];
  return undefined;
}

/** Position of `x` in a sorted array, or -1. */
function binaryIndex(sorted: readonly number[], x: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((sorted[mid] as number) < x) a = mid + 1;
    else b = mid;
  }
  return sorted[a] === x ? a : -1;
}

/** The subjects of the previous clauses that state the same kind of figure (same unit), latest last. */
function carriedGroup(prev: readonly { subjects: string[]; unit: string | null }[]): string[] {
  const last = prev[prev.length - 1];
  if (!last) return [];
  const out: string[] = [];
  for (let k = prev.length - 1; k >= 0; k--) {
    const p = prev[k];
    if (!p || p.unit !== last.unit) break;
    out.unshift(...p.subjects);
  }
  return out.length > 0 ? out : last.subjects;
}

/** The headline indicator of a sector in statistical reports ("工业方面，增速…" → 工业增加值增速). */
const SECTOR_HEADLINE: Record<string, string> = {
  工业: "工业增加值",
  规上工业: "规模以上工业增加值",
  消费: "社会消费品零售总额",
  投资: "固定资产投资",
  财政: "一般公共预算收入",
  外贸: "进出口总额",
  农业: "农业总产值",
  农牧业: "农牧业总产值",
};

/** Subjects that name a measure of something said before ("完成投资", "产值"), not an indicator alone. */
const GENERIC_SUBJECT =
  /^(?:增速|增幅|总量|总数|完成投资|投资|到位资金|产值|总产值|增加值|营业收入|销售收入|利润|利润总额|税收|产量|交易额|销售额)$/;

/** Verbs that, alone before a count, mean the counted noun follows ("完成10家重点排污企业…"). */
const VERB_ONLY = new Set([
  "完成",
  "实现",
  "引导",
  "为",
  "支持",
  "推动",
  "建成",
  "培育",
  "引进",
  "发放",
  "实施",
  "开展",
  "安排",
  "争取",
  "带动",
  "吸纳",
  "帮助",
  "组织",
  "建设",
  "打造",
  "创建",
  "落实",
  "巩固好",
  "抓好",
  "协助",
  "改造",
  "新建",
  "新续建",
  "续建",
  "扶持",
  "解决",
  "投用",
  "开工建设",
  "开通运营",
  "再",
  "有",
  "尚有",
  "还有",
  "深入开展",
  "全旗",
  "全盟",
  "全县",
  "全市",
  "全区",
  "全省",
  "共有",
  "拥有",
  "现有",
  "对",
  "遴选",
  "评选",
  "认定",
  "选树",
  "制定",
  "出台",
  "招引",
]);

/** Adverbs and completion verbs that open a predicate and are not part of what it names. */
const PREDICATE_AUX =
  /^(?:全部|均已|均|已经|已|都|基本|顺利|率先|如期|按期|按时|常态化|全面|完成|实现|实施|得到|进行|了)+/;
/** Predicates done TO the counted thing: the name keeps the thing first ("老旧小区供热管网更新"). */
const DONE_TO =
  /(?:开工建设|开工|完工|竣工|投产|改造|更新|铺装|硬化|绿化|亮化|加固|修复|清理|整改|整治|达标|投运|投用|维护|通车|贯通|修缮|升级|建成|摆脱[^，]*)$/;

/**
 * The predicate of a clause tail after a counted noun ("全部复工复产" → 复工复产), or "" when the tail is not
 * a short predicate: it must start with a completion verb or adverb, hold no figure, and name 2–12 characters.
 */
const PREDICATE_START =
  /全部|均|已|都|基本|顺利|率先|如期|按期|按时|常态化|完成|实现|实施|得到|进行|升级|改造|开工|投用|投运|通车|贯通|通过|纳入|设立|进驻|落实|签订|来|赴|摆脱|建成|更新/;

function predicatePhrase(tail: string): string {
  let t = tail;
  // "14家企业、3家商户全部复工复产": the items of a list share the predicate at its end.
  if (/^[、和及]/.test(t) && /\d/.test(t)) {
    const at = t.search(PREDICATE_START);
    if (at < 0) return "";
    t = t.slice(at);
  }
  t = t.replace(/^(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|初)?(?:前|后)?|在全[区市县省盟旗国])/, "");
  if (/^进行/.test(t) && /[“”]/.test(t)) return "";
  // "赴呼和浩特、锡林浩特等地驰援": where they went is not the name; what they went to do is.
  const went =
    /^(?:赴|前往|奔赴)[^，。；\d]{2,30}?(?:等地|等地区|等旗县|各地|一线)(驰援|支援|支教|支医|援建|挂职|帮扶)$/.exec(
      t,
    );
  if (went) return went[1] ?? "";
  if (t.search(PREDICATE_START) !== 0) return "";
  if (/[\dx０-９，。；的]/.test(t)) return "";
  const p = t
    .replace(PREDICATE_AUX, "")
    .replace(/^(更新|改造|建设|购置|引进)了/, "$1")
    .replace(/范围$/, "");
  // Being finished, built or kept ready is the state of the thing itself, not a kind of it.
  if (p.length < 2 || p.length > 16 || /^(?:办结|完成|实现|任务|工作|目标|兑现|具备|达到|保持)/.test(p))
    return "";
  // Being built or networked ("5G基站实现组网") is the thing working as it should, not a kind of it.
  if (/^(?:建成|建设|落实|启动|组网|联网)$/.test(p)) return "";
  return p;
}

/**
 * Fold a counted noun's predicate into its name, as reports' tables name such counts: a predicate done to
 * the thing follows it ("9处功能区完成硬化铺装" → 功能区硬化铺装); one the thing does or reaches comes first
 * ("1家企业通过SC认证" → 通过SC认证企业, "35名教师来旗支教" → 来旗支教教师).
 */
function foldPredicate(noun: string, tail: string): string {
  // "12个地区和单位被命名为全区…示范单位": what they were named is what is counted.
  const title = /^(?:[和、及][^，。；\d]{1,6})?被(?:命名|评|评定|认定|授予|列)为([^，。；\d]{2,24})$/.exec(
    tail,
  );
  if (title) return (title[1] ?? "").replace(/^(?:全[国省区市盟县旗]|国家级|省级)(?=.{4})/, "");
  // "117件“一件事”实现“一次办”": between two coined terms the verb stays.
  const coined = /^(?:全部)?(实现|完成)(“[^”]{1,10}”)$/.exec(tail);
  if (coined && /^“[^”]+”$/.test(noun)) return `${noun}${coined[1] ?? ""}${coined[2] ?? ""}`;
  const p = predicatePhrase(tail);
  if (!p || noun.endsWith(p) || p.startsWith(noun)) return noun;
  if (DONE_TO.test(p)) return `${noun}${p}`;
  // "5个苏木镇设立便民服务站" → 设立便民服务站的苏木镇: what was set up is not the thing counted.
  return /^设立/.test(p) ? `${p}的${noun}` : `${p}${noun}`;
}

/** True when a noun (not a verb or a break) follows the quantity in its clause. */
function nounAfterAvailable(s: string, span: NumberSpan, c: Candidate): boolean {
  if (c.metric !== "level") return false;
  const right = s.slice(span.end, Math.min(c.clauseEnd, span.end + 4));
  return right.length >= 2 && !/^(?:以上|左右|以内|以下|的|和|、|，)/.test(right);
}

interface LineResult {
  records: IndicatorRecord[];
  spans: RecordSpan[];
}

function origSpan(norm: NormalizedLine, orig: string, start: number, end: number): [number, number] {
  const a = norm.map[Math.max(0, Math.min(start, norm.map.length - 1))] ?? 0;
  const lastIdx = Math.max(start, end - 1);
  const b = end > start ? (norm.map[Math.min(lastIdx, norm.map.length - 1)] ?? orig.length - 1) + 1 : a;
  return [a, Math.min(orig.length, Math.max(a, b))];
}

/** Extract the records of one line. `carry` is the subject carried across clauses within a sentence. */
function extractLine(
  orig: string,
  lineNo: number,
  section: Section,
  doc: DocInfo,
  options: ExtractOptions,
): LineResult {
  const norm = normalizeLine(orig, options.convert);
  // "4.2个生活垃圾处理站" at the head of a numbered line: item 4, two stations (a count of things has no
  // decimals). The item number is blanked, keeping offsets.
  const item = LIST_ITEM_COUNT.exec(norm.text);
  const s = item ? " ".repeat(item[0].length) + norm.text.slice(item[0].length) : norm.text;
  const result: LineResult = { records: [], spans: [] };
  if (s.length === 0) return result;
  const spans = scanNumbers(s);
  if (spans.length === 0) return result;

  // Clause and sentence bounds, found with forward-moving pointers (linear).
  let lastClause = 0;
  let lastSentence = 0;
  let lastFullStop = 0;
  let scanPos = 0;
  let nextClauseCache = -1;
  let nextSentenceCache = -1;
  const headingLine = isTopHeading(orig);

  let carrySubject = "";
  let semicolonCarry = "";
  /** The price index last named in the line ("居民消费价格"), for the categories listed after it. */
  let priceTopic = "";
  /** The metric of the record that named carrySubject. */
  let carryMetric: Metric | null = null;
  let carrySentence = -1;
  let prevClauseRecords: {
    clauseStart: number;
    subjects: string[];
    unit: string | null;
    distributed?: boolean;
  }[] = [];
  let prevEnd = 0;
  let currentClause = -1;
  let clauseFirstCandidate = true;
  let clauseSubject = "";

  const cands: Candidate[] = [];
  for (const span of spans) {
    while (scanPos < span.start) {
      const ch = s[scanPos] as string;
      const code = ch.charCodeAt(0);
      if (CLAUSE_CODES.has(code) && !isMojibakeMark(s, scanPos)) lastClause = scanPos + 1;
      if (SENTENCE_CODES.has(code)) lastSentence = scanPos + 1;
      if (FULL_STOP_CODES.has(code)) lastFullStop = scanPos + 1;
      scanPos++;
    }
    if (nextClauseCache < span.end) {
      let j = span.end;
      while (j < s.length && !(CLAUSE_CODES.has(s.charCodeAt(j)) && !isRatioColon(s, j))) j++;
      nextClauseCache = j;
    }
    if (nextSentenceCache < span.end) {
      let j = span.end;
      while (j < s.length && !SENTENCE_CODES.has(s.charCodeAt(j))) j++;
      nextSentenceCache = j;
    }
    const clauseStart = lastClause;
    const leftStart = Math.max(clauseStart, prevEnd);
    const left = s.slice(leftStart, span.start);
    const c = judge(s, span, left, clauseStart, nextClauseCache, lastSentence);
    if (c) {
      c.sentenceEnd = nextSentenceCache;
      c.fullSentenceStart = lastFullStop;
    }
    // A rejected Chinese numeral is prose (一般, 零售, 第二轮): the subject may run through it.
    // A rejected Arabic number cuts the subject only when it is a date or a duration ("用1个月的时间").
    if (c) prevEnd = span.end;
    else if (!span.chinese) {
      const dateTail = /^(?:年(?:底|末|初)?|月(?:份|底|末)?|日|号|个月|天|周|时)/.exec(
        s.slice(span.end, span.end + 3),
      );
      // "较2021年增加1.86亿元": a year after 较/比 is the base of a comparison, part of the statement.
      const base = /(?:较|比|同比|与)$/.test(s.slice(Math.max(0, span.start - 2), span.start));
      if (dateTail && !base) prevEnd = span.end + dateTail[0].length;
    }
    // Clause breaks inside a span (the ： of 47：23：30) do not start a clause.
    scanPos = Math.max(scanPos, span.end);
    if (!c) continue;
    // "下降25%和20%", "精简材料36.5%、环节35.2%": later values joined by 和/、 share the first one's metric and sign.
    const prev = cands[cands.length - 1];
    if (
      prev &&
      prev.clauseStart === c.clauseStart &&
      /^(?:和|、|及|与|或)/.test(c.left) &&
      !/达到|达|为|完成|实现|累计/.test(c.left) &&
      prev.unit === c.unit &&
      (c.metric === "share" || c.metric === "level") &&
      (prev.metric === "growth" ||
        prev.metric === "pp_change" ||
        prev.metric === "cagr" ||
        prev.metric === "abs_change")
    ) {
      c.metric = prev.metric;
      c.sign = prev.sign;
      if (c.scopes.length === 1 && c.scopes[0] === null) c.scopes = prev.scopes;
      if (typeof c.value === "number" && prev.sign < 0) c.value = -Math.abs(c.value);
    }
    if (
      prev &&
      prev.clauseStart === c.clauseStart &&
      prev.metric === c.metric &&
      prev.unit === c.unit &&
      /^(?:和|、|及|与|或)$/.test(c.left) &&
      c.scopes.length === 1 &&
      c.scopes[0] === null
    ) {
      // "分别高2.1和1.3个百分点": the second value shares the first one's comparison and sign.
      c.scopes = prev.scopes;
      if (prev.sign < 0 && c.sign > 0 && typeof c.value === "number") {
        c.value = -Math.abs(c.value);
        c.sign = -1;
      }
    }
    cands.push(c);
  }
  // "分别控制在4.2%、3%、2.5‰以内": a 以内/以上/左右 written once after a list holds for every value in it.
  for (let k = cands.length - 2; k >= 0; k--) {
    const a = cands[k] as Candidate;
    const b = cands[k + 1] as Candidate;
    if (
      a.qualifier === null &&
      b.qualifier !== null &&
      /^(?:以内|以上|左右|以下)$/.test(b.qualifier) &&
      a.clauseStart === b.clauseStart &&
      a.metric === b.metric &&
      /^(?:、|和|及)$/.test(s.slice(a.span.end, b.span.start))
    )
      a.qualifier = b.qualifier;
  }
  if (headingLine && cands.every((c) => c.metric === "level")) return result;

  const ownSubjects: (string | undefined)[] = [];
  const joinedClause = new Map<number, boolean>();
  const fenbieGroups = new Map<string, { members: number[]; earlierOwn: string | undefined }>();
  // The first and last candidate of each candidate's clause, in one pass (linear in the number of figures).
  const clauseLo = new Int32Array(cands.length);
  const clauseHi = new Int32Array(cands.length);
  for (let k = 0; k < cands.length; k++) {
    const prevSame = k > 0 && (cands[k - 1] as Candidate).clauseStart === (cands[k] as Candidate).clauseStart;
    clauseLo[k] = prevSame ? (clauseLo[k - 1] as number) : k;
  }
  for (let k = cands.length - 1; k >= 0; k--) {
    const nextSame =
      k + 1 < cands.length && (cands[k + 1] as Candidate).clauseStart === (cands[k] as Candidate).clauseStart;
    clauseHi[k] = nextSame ? (clauseHi[k + 1] as number) : k;
  }
  const marks = new LineMarks(s);
  /** The noun read after each count named that way ("9个重点行业领域" → 重点行业领域). */
  const nounAfterOf: (string | undefined)[] = [];
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx] as Candidate;
    const { span } = c;
    if (c.clauseStart !== currentClause) {
      currentClause = c.clauseStart;
      clauseFirstCandidate = true;
      clauseSubject = "";
    }
    if (c.sentenceStart !== carrySentence) {
      carrySentence = c.sentenceStart;
      // "…实现营业收入186.5亿元，增长3.2%；实现利润总额21.4亿元": across a ； the firms stay the same.
      const before = s[c.sentenceStart - 1];
      semicolonCarry = before === "；" || before === ";" ? carrySubject : "";
      carrySubject = "";
      prevClauseRecords = [];
    }
    // The sentence so far, capped: cues further back than a few hundred characters do not govern this figure,
    // and a 1 MB line without a full stop must not make every record rescan it.
    const sentenceText = s.slice(Math.max(c.sentenceStart, span.start - 400), span.start);
    // "…增速排全市第x位，但经济总量小，占全市比重x%": a clause without figures that judges a total makes that
    // total the topic of the clauses after it.
    if (c.clauseStart > c.sentenceStart) {
      const prevClauseText = previousClause(s, c, 16);
      const judged =
        JUDGED_TOTAL.exec(prevClauseText)?.[1] ??
        JUDGED_RATE.exec(prevClauseText)?.[1] ??
        // "在16个县市区…经济指标综合排名中，我县由第12位上升到第6位": the ranking named before.
        (c.metric === "rank"
          ? /([\u4e00-\u9fff]{2,12}(?:综合排名|排名|排序))中$/.exec(prevClauseText)?.[1]
          : undefined);
      if (judged && !/[\dx]/.test(prevClauseText)) carrySubject = judged;
    }
    let subject = trimSubject(c.left);
    let implicit = false;
    // Share "占一般公共预算支出的76.7%" → "<carried>占一般公共预算支出比重".
    const shareOf = /^占(?:到)?(.+?)(?:的)?(?:比重|比例)?(?:为|达|达到)?$/.exec(c.left);
    // "饲草料面积占到总播种面积的三分之一": the subject is what comes before 占.
    const inner = /^(.{2,}?)占(?:到)?[^占]{1,20}的(?:比重|比例)?(?:为|达|达到)?$/.exec(subject);
    // "…面积占到总播种面积的三分之一" names the part; "X占Y的比重为24.5%" names the share as written.
    if (c.metric === "share" && inner)
      subject = /(?:比重|比例)$/.test(subject.replace(/(?:为|达|达到)$/, ""))
        ? subject.replace(/(?:为|达|达到)$/, "")
        : trimSubject(inner[1] ?? subject);
    if (c.metric === "share" && /^占比/.test(c.left) && carrySubject) {
      // "其中税收收入2.8亿元，占比81.2%"
      subject = `${carrySubject}占比`;
      implicit = true;
    } else if (c.metric === "share" && shareOf && carrySubject) {
      const of = (shareOf[1] ?? "").replace(/的$/, "");
      subject = /(?:比重|比例|占比)/.test(of) ? `${carrySubject}占${of}` : `${carrySubject}占${of}比重`;
      implicit = true;
    }
    // Values after the first in a clause ("分别完成43582元和16338元") share the clause subject.
    const joiner = /^(?:和|、|及|与|或)?$/.test(c.left) || /^(?:和|、)/.test(c.left);
    if (!clauseFirstCandidate && joiner && trimSubject(c.left) === "" && !nounAfterAvailable(s, span, c))
      subject = clauseSubject;
    // Number first: "14家规上工业企业", "完成10家重点排污企业…", "安排实施的10个盟级重点项目".
    let nounAfter = "";
    // A place or a year alone before the count ("我县12家企业…", "全年310户…") names nothing counted.
    const leftBare =
      (c.metric === "level" || c.metric === "abs_change") &&
      (subject === "" ||
        // "国道303…、国道207…等2条公路建成通车": the names listed are instances; the noun after counts them.
        ((subject.includes("、") || (subject.length >= 5 && subject.endsWith("等"))) &&
          /^[条座个家所处项]$/.test(c.unit ?? "")) ||
        VERB_ONLY.has(subject) ||
        /^(?:全力推动|积极推动|加快推进|加快推动|深入实施|力争|确保|争取|惠及|覆盖)$/.test(subject) ||
        // "生态红线外尚有150万亩可利用土地": what is had follows the figure.
        /(?:尚有|还有|共有|拥有|现有)$/.test(subject) ||
        // "12个旗县市（区）中有9个实现正增长": of the group named before, those that did what follows.
        /中有$/.test(c.left) ||
        // "每个旗县市（区）至少办好1所优质普通高中": what is done at least so many times follows the figure.
        (/至少[\u4e00-\u9fff]{1,2}$/.test(c.left) && nounAfterAvailable(s, span, c)) ||
        // "投入x亿元衔接资金实施了x类x个项目": what the funds did is counted after the figure.
        /^.{2,}(?:资金|经费)(?:实施|用于|支持)$/.test(subject) ||
        /^(?:我|全|本)[县市区旗盟省镇乡]$|^(?:全年|年内|当年|今年|去年)$/.test(subject) ||
        /(?:和|及|、|的)$/.test(c.left) ||
        // "对9个重点行业领域202户重点企业进行评估": the words after the count before names that count's
        // noun; this figure's own noun follows it.
        (nounAfterOf[idx - 1] !== undefined &&
          (cands[idx - 1] as Candidate).clauseStart === c.clauseStart &&
          (cands[idx - 1] as Candidate).span.end + c.left.length === span.start &&
          nounAfterOf[idx - 1] === c.left.replace(/^的/, "") &&
          nounAfterAvailable(s, span, c)));
    if (leftBare && (c.metric === "level" || c.metric === "abs_change") && !/^占/.test(c.left)) {
      const right = s.slice(span.end, c.clauseEnd);
      // "6座500千伏变电站": the rating opens the name of what is counted.
      const rating = RATING_LEAD.exec(right)?.[0].length ?? 0;
      const cutAfter = right.slice(rating).search(NOUN_AFTER_END);
      let cut = cutAfter >= 0 ? cutAfter + rating : -1;
      let bridged = false;
      // "x个农村牧区工作和乡村振兴工作专项推进组": 和 inside one name (no second count follows, and what
      // comes before it is not a whole thing of its own) does not end it.
      if (
        cut > 0 &&
        right[cut] === "和" &&
        !/[\dx]/.test(right.slice(cut)) &&
        /工作$/.test(right.slice(0, cut))
      ) {
        const more = right.slice(cut + 1).search(NOUN_AFTER_END);
        cut = more >= 0 ? cut + 1 + more : -1;
        bridged = true;
      }
      // "抓好5个示范村提升工作", "巩固好7个示范村创建成果": the work done on the counted noun is not its name.
      nounAfter = (cut >= 0 ? right.slice(0, cut) : right)
        .replace(/^的/, "")
        .replace(/(?:提升|创建|建设)(?:工作|成果)$/, "")
        // "5个补批项目手续全部办结": the projects are counted; their papers are what was done.
        .replace(/^(.{2,}(?:项目|工程))(?:前期手续|审批手续|手续)$/, "$1")
        // "x个重点村建设": building them is not their name.
        .replace(/^(.{3,}[村镇点区园站厂])建设$/, "$1")
        // "150余名执勤人员不舍昼夜": a group of people ends the name; what they did follows.
        .replace(/^(.{1,12}?(?:人员|工作者|志愿者|干部|职工|党员))[\u4e00-\u9fff]{4}$/, "$1")
        .slice(0, bridged ? 24 : 16);
      // Keep a bracket whole: "12个县（市、区）".
      const openB = nounAfter.lastIndexOf("（");
      if (openB >= 0 && nounAfter.indexOf("）", openB) < 0 && right.indexOf("）", openB) > 0)
        nounAfter = right.slice(0, right.indexOf("）", openB) + 1).replace(/^的/, "");
      let noun = trimSubject(nounAfter.replace(/^(?:以上|左右|余|多)/, ""), true);
      // "3个生活垃圾、4个生活污水处理站", "1400枚肉牛和1500枚察哈尔羊胚胎移植": the first item of a pair
      // shares the kind of facility or work the second one names.
      if (cut >= 0 && noun.length >= 2 && !SHARED_HEAD_ENTITY.test(noun)) {
        const next =
          /^[、和及](?:\d+(?:\.\d+)?|x)万?[个家处座所枚台套项条户名只头]([^，。；、和\dx]{2,16})/.exec(
            right.slice(cut),
          );
        const head = next ? SHARED_HEAD.exec(next[1] ?? "") : null;
        const before = head ? (next?.[1] ?? "").slice(0, head.index) : "";
        if (head && head.index > 0 && !PREDICATE_START.test(before) && !noun.endsWith(head[0]))
          noun = `${noun}${head[0]}`;
      }
      // "实施了6大类71个项目": the first count is of the projects' categories.
      const kinds = /类$/.test(c.unit ?? "") ? /^[\dx.]+[个项]?(项目|工程)/.exec(right) : null;
      if (kinds) noun = `${kinds[1] ?? ""}类别`;
      // "12个旗县市（区）中有9个实现正增长" → 实现正增长旗县市（区）.
      const ofGroup = /(?:^|[\dx]+[个家所座项])([^，。；\d、]{2,12})中有$/.exec(c.left)?.[1];
      let grouped = false;
      if (ofGroup && cut === 0 && noun === "") {
        const did = predicatePhrase(right);
        if (did) noun = `${did}${ofGroup}`;
        grouped = true;
      }
      // "232户更新了生产机械": a household or person count named by what they did.
      if (cut === 0 && /^[户人名]$/.test(c.unit ?? "")) {
        const did = predicatePhrase(right);
        if (did) noun = `${did}${c.unit === "户" ? "户数" : "人数"}`;
      }
      // "11家作坊完成升级改造", "30座大棚实现四季种植": the predicate is part of what is counted.
      else if (
        !grouped &&
        (noun.length >= 2 || /^[村镇乡户]$/.test(noun)) &&
        cut >= 0 &&
        !/(?:新续建|续建|新建|改造|扶持)$/.test(subject)
      ) {
        noun = foldPredicate(noun, right.slice(cut));
        // "45个村实现通硬化路" → 通硬化路村; a bare 村 with nothing done names nothing.
        if (noun.length < 2) noun = "";
      }
      // "开工建设2条铁路专用线" → 铁路专用线开工, "建成投用10所幼儿园" → 幼儿园建成投用.
      const stage = /(?:开工建设|建成投用|建成投运|建成投产|建成通车)$/.exec(c.left)?.[0];
      if (stage && noun.length >= 2 && !c.left.includes("、"))
        noun = `${noun}${stage === "开工建设" ? "开工" : stage}`;
      // "发放贷款2147万元，惠及103户市场主体": those reached by what was named before (carried below).
      // "183个市场主体渡过难关": the firms are counted; how they fared is not part of their name.
      const reached =
        /^(市场主体|经营主体|中小微企业|小微企业|个体工商户|纳税人|农牧民|农户|牧户|群众)[\u4e00-\u9fff]{2,8}$/.exec(
          noun,
        );
      if (
        reached &&
        subject === "" &&
        /元$/.test(prevClauseRecords[prevClauseRecords.length - 1]?.unit ?? "")
      )
        noun = reached[1] ?? noun;
      if (/^(?:惠及|覆盖)$/.test(subject) && noun.length >= 2) noun = `${subject}${noun}`;
      // "减税降费813万元，275个市场主体轻装上阵": firms counted right after money spent on them are those
      // it reached.
      else if (
        subject === "" &&
        BENEFICIARY.test(noun) &&
        /^[个户家名人]$/.test(c.unit ?? "") &&
        /元$/.test(prevClauseRecords[prevClauseRecords.length - 1]?.unit ?? "") &&
        clauseFirstCandidate &&
        c.clauseStart > c.sentenceStart &&
        (noun === trimSubject(nounAfter.replace(/^(?:以上|左右|余|多)/, ""), true) || reached)
      )
        noun = `惠及${noun}`;
      const folded = noun !== trimSubject(nounAfter.replace(/^(?:以上|左右|余|多)/, ""), true);
      // A building verb stays with its object ("改造71个老旧小区" → 改造老旧小区); 完成/实现/有 do not.
      // Before a list of instances ("新建和扩建宝拉格、锡西等6座变电站") the verb opens the list.
      const verb = folded
        ? ""
        : (/(?:新续建|续建|新建|改造|扶持|培育|引进|招引)$/.exec(subject)?.[0] ??
          (/、|等$/.test(subject)
            ? /^(?:新建和扩建|新建和改扩建|新改扩建|改扩建|新建|扩建|续建|改造)/.exec(subject)?.[0]
            : undefined) ??
          "");
      if (noun.length >= 2) subject = verb && !noun.startsWith(verb) ? `${verb}${noun}` : noun;
      else nounAfter = "";
      if (nounAfter) nounAfterOf[idx] = nounAfter;
    }
    // "投入1200万元强化奶源建设" → "奶源建设投入": money put into a purpose named after it.
    // Also "企业投入5.7亿元推进智能化建设" → 企业智能化建设投入, "投入4.3亿元治理矿山31平方公里" → 治理矿山投入,
    // "投入5400万元对155公里道路进行修缮" → 道路修缮投入, and "投入x亿元衔接资金": the money is the 衔接资金.
    const investor = /^(.{0,16}?)(投入|投资|安排)$/.exec(subject);
    if (investor && /元$/.test(c.unit ?? "") && !(investor[1] && GENERIC_SUBJECT.test(subject))) {
      const owner = investor[1] ?? "";
      const whole = s.slice(span.end, c.clauseEnd).replace(/^(?:以上|左右|余|多)/, "");
      const onto =
        /^对[\d.x]*[^\u4e00-\u9fff]{0,2}(?:万)?(?:公里|平方米|平方公里|亩|个|处|家|户|座|条|所|项)?([^，。；\d]{2,14}?)进行了?([^，。；\d]{2,6})$/.exec(
          whole,
        );
      const digit = whole.search(/[\dx]/);
      const right = digit >= 0 ? whole.slice(0, digit) : whole;
      const p =
        /^(?:用于|专项用于|重点用于|强化|推进|实施|支持|加强|开展)?([^，。；、和的\d]{2,12}?)(?:工作|建设)?$/.exec(
          right,
        );
      const fund = /^[^，。；、和的\d]{0,10}?(?:资金|经费)/.exec(right)?.[0] ?? "";
      const purpose = onto ? `${onto[1] ?? ""}${onto[2] ?? ""}` : fund || (p?.[1] ?? "");
      if (purpose && !/^[对为在]/.test(purpose)) {
        const built = !onto && /建设$/.test(right) && !/建设$/.test(purpose) ? `${purpose}建设` : purpose;
        subject = !owner && /(?:资金|经费)$/.test(built) ? built : `${owner}${built}${investor[2] ?? ""}`;
      }
    }
    // "产业类项目达到81.8%": a share of things counted is their 占比.
    if (
      c.metric === "share" &&
      c.unit === "%" &&
      /^.{1,12}(?:项目|事项|企业|村|户|单位|人口)$/.test(subject) &&
      /^[^占]{2,}(?:达到|达|为|占)$/.test(c.left)
    )
      subject = `${subject}占比`;
    // "社会化服务惠及1.6万人次": the people reached are counted in 人次.
    if (c.metric === "level" && /^万?人次$/.test(c.unit ?? "") && /(?:惠及|受益|覆盖)$/.test(subject))
      subject = `${subject}人次`;
    // "1866户边远牧户通网电工程", "解决5000人供水保障提升问题": a count of people or households does not
    // count projects or problems; the name is what reached them.
    if (
      (c.metric === "level" || c.metric === "abs_change") &&
      /^(?:万)?(?:户|人|名)$/.test(c.unit ?? "") &&
      /^.{3,}(?:工程|问题)$/.test(subject)
    )
      subject = subject.slice(0, -2);
    // "7处集中隔离场所工作者…": a count of places does not count the people working there.
    if (c.metric === "level" && /^[处座所]$/.test(c.unit ?? "") && /^.{3,}(?:工作者|工作人员)$/.test(subject))
      subject = subject.replace(/(?:工作者|工作人员)$/, "");
    // "审批压缩至34个工作日内": what is cut is the time limit of the procedure.
    if (
      c.metric === "level" &&
      /^(?:个)?(?:工作日|日|天|小时|分钟)$/.test(c.unit ?? "") &&
      /(?:压缩|缩短|缩减|控制)(?:至|到|在)$/.test(c.left.replace(/(?:以内|以下)$/, "")) &&
      subject.length >= 2 &&
      !/(?:时限|时间|时长|周期|天数)$/.test(subject)
    )
      subject = `${subject}时限`;
    // "地区生产总值增长率为5.2%": the metric already says growth.
    const bare = subject.replace(/(?:增长率|增速|增幅|涨幅)$/, "");
    if (
      (c.metric === "growth" || c.metric === "cagr") &&
      bare !== subject &&
      bare.length >= 2 &&
      !/^(?:[一二三四]季度|上半年|下半年|前三季度|全年|今年|去年|\d{1,2}(?:[-—~至]\d{1,2})?月份?)$/.test(bare)
    )
      subject = bare;
    // "粮食播种面积220万亩、经济作物70万亩": a bare item of a 、 list takes the measure of the item before it.
    const listPrev = prevClauseRecords[prevClauseRecords.length - 1];
    const listMeasure =
      listPrev && listPrev.subjects.length === 1 && listPrev.unit === c.unit
        ? /.{2}((?:播种|种植|养殖)?面积|产量|存栏|出栏|产值)$/.exec(listPrev.subjects[0] ?? "")?.[1]
        : undefined;
    if (
      listMeasure &&
      /^、/.test(c.left) &&
      c.metric === "level" &&
      subject.length >= 2 &&
      c.left === `、${subject}` &&
      !/(?:面积|量|值|率|额|数|规模|存栏|出栏|收入|支出)$/.test(subject)
    )
      subject = `${subject}${listMeasure}`;
    // "改造71个老旧小区、162套危旧房": a bare 、 item after a verb and its first count shares the verb.
    const listVerb = /^(?:新续建|续建|新建|改造|扶持|培育|引进)/.exec(clauseSubject)?.[0];
    if (
      listVerb &&
      !clauseFirstCandidate &&
      /、$/.test(c.left) &&
      nounAfter &&
      (ownSubjects[idx - 1] ?? "").endsWith(trimSubject(c.left)) &&
      subject.length >= 2 &&
      !subject.startsWith(listVerb)
    )
      subject = `${listVerb}${subject}`;
    // "新建集中供水工程3处、分散式供水工程18处": a 、 item of the same kind shares the first item's verb.
    const firstVerb = /^(新建|改造|引进|新增|培育|新认定|新创建)(.{2,})$/.exec(clauseSubject);
    if (
      firstVerb &&
      !clauseFirstCandidate &&
      /^(?:以上|左右|余)?、/.test(c.left) &&
      subject.length >= 3 &&
      !subject.startsWith(firstVerb[1] ?? "") &&
      !LIST_ITEM_VERB.test(subject) &&
      // Of the same kind: "分散式供水工程" after "集中供水工程"; talent after talent ("创新团队、领军人才").
      (subject.slice(-2) === (firstVerb[2] ?? "").slice(-2) ||
        (TALENT.test(subject) && TALENT.test(firstVerb[2] ?? ""))) &&
      !GENERIC_SUBJECT.test(subject)
    )
      subject = `${firstVerb[1] ?? ""}${subject}`;
    // "乌兰牧骑创作艺术作品150部以上、惠民演出1000场次以上": a 、 item is done by the actor named first.
    const actor = /^(.{2,6}?)(?:创作|举办|开展|组织|接待|培训|完成)(.{2,})$/.exec(clauseSubject);
    if (
      actor &&
      !firstVerb &&
      !clauseFirstCandidate &&
      /^(?:以上|左右|余)?、/.test(c.left) &&
      c.left.replace(/^(?:以上|左右|余)?、/, "") === subject &&
      subject.length >= 2 &&
      !subject.startsWith(actor[1] ?? "") &&
      !LIST_ITEM_VERB.test(subject) &&
      !GENERIC_SUBJECT.test(subject)
    )
      subject = `${actor[1] ?? ""}${subject}`;
    // "完成黄牛改良7.5万头，其中冷配4.3万头": a kind of the same work on the same thing.
    const workOn = /^(.{2,})(?:改良|繁育|移植|治理|改造|修复)$/.exec(carrySubject);
    if (
      workOn &&
      /^其中/.test(c.left) &&
      subject.length === 2 &&
      prevClauseRecords[prevClauseRecords.length - 1]?.unit === c.unit
    ) {
      subject = `${workOn[1] ?? ""}${subject}`;
      implicit = true;
    }
    // "“锡林郭勒奶酪”区域公用品牌对外发布，…授权经营主体17家": a brand's premium, licensees and prices are
    // the brand's, named by the quoted term the sentence opens with.
    if (BRAND_MEASURE.test(subject)) {
      const opening = s
        .slice(c.sentenceStart, c.sentenceStart + 20)
        .replace(/^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])?/, "");
      const brand = /^“([^”\dx]{2,10})”/.exec(opening)?.[1];
      if (brand && !subject.includes(brand)) subject = `${brand}${subject}`;
    }
    // "房地产开发投资下降18.6%，降幅较上月扩大1.3个百分点": a change in the rate of what was named before.
    if (c.metric === "pp_change" && /^(?:降幅|增幅|涨幅|跌幅|降速)$/.test(subject) && carrySubject)
      subject = "增速";
    const ownSubject = subject;
    // "降幅比1-8月收窄1.5个百分点", "较上半年前移2位": a comparison with an earlier period names no new thing.
    const comparisonOnly =
      /^(?:较|比)[^，,、]{1,10}$/.test(subject) ||
      // "自然口径同比增长26.2%": the basis of a comparison names no new thing.
      /^(?:自然口径|同口径|可比口径|按可比价格计算|按可比价计算|按现价计算|按不变价格计算)$/.test(subject) ||
      /^(?:收窄|扩大|加快|回落|前移|后移|后退|提升|上升|下降)$/.test(subject);
    // "规上工业增加值增长7.6%，比1-9月提高0.5个百分点": the change is in the growth rate, 规上工业增加值增速.
    const rateOf = (x: string) =>
      c.metric === "pp_change" && (carryMetric === "growth" || carryMetric === "cagr") && !RATE_NAME.test(x)
        ? `${x}增速`
        : x;
    // "民营工业企业增加值占规上工业增加值的比重85.9%，同比增长5.2%": after a share, a growth or a change is
    // the part's own.
    if (c.metric !== "share" && c.metric !== "rank" && (comparisonOnly || subject === "")) {
      const part = /^(.{2,}?)占[^，。；]{2,24}?(?:的)?(?:比重|比例)$/.exec(carrySubject)?.[1];
      if (part) carrySubject = part;
    }
    let derivedRate = false;
    if (comparisonOnly && carrySubject) {
      subject = rateOf(carrySubject);
      derivedRate = subject !== carrySubject;
      implicit = true;
    } else if (subject === "" && carrySubject) {
      // "占全市比重x%，全省…排名第x位": ranked by the share of one whole, the places rank as the totals do.
      subject =
        c.metric === "rank"
          ? carrySubject.replace(/^(.{2,})占全[省市区盟旗县国](?:比重|比例)$/, "$1")
          : rateOf(carrySubject);
      derivedRate = subject !== carrySubject;
      implicit = true;
    } else if (
      carrySubject &&
      ((PULL.test(subject) && /百分点/.test(c.unit ?? "")) ||
        (CONTRIBUTION.test(subject) && c.unit === "%")) &&
      !/分别/.test(c.left)
    ) {
      // "规模以上制造业增加值同比增长10.5%，拉动全市规上工业增长9.2个百分点": the part named before pulls.
      subject = pullName(subject, carrySubject);
      implicit = true;
    } else if (
      /(?:资金|经费)$/.test(carrySubject.replace(/(?:实施)?(?:项目|工程)类别$/, "")) &&
      /^(?:实施)?(?:项目|工程)(?:类别)?$/.test(subject)
    ) {
      // "投入衔接资金6.56亿元，实施项目233个": the projects the funds paid for.
      const did = /^[、，]?实施/.test(c.left) && !subject.startsWith("实施") ? "实施" : "";
      const fund = carrySubject.replace(/(?:实施)?(?:项目|工程)类别$/, "");
      subject = `${fund}${did}${subject}`;
      implicit = true;
    } else if (
      carrySubject &&
      carrySubject !== subject &&
      (GENERIC_SUBJECT.test(subject) ||
        /^(?:惠及|覆盖|受益)/.test(subject) ||
        // "开展消费促进活动965场次，直接带动消费超10亿元": what drove the spending was named before.
        /^(?:直接|间接)?带动[\u4e00-\u9fff]{1,2}$/.test(subject))
    ) {
      subject = subject.replace(/^(?:直接|间接)(?=带动)/, "");
      // "实施盟级重点项目168个，完成投资390亿元": 投资 of the project named before.
      // "新增市场主体3.2万户，总数突破30万户": the total counts all of them, not only the new ones.
      let carried =
        subject === "总数"
          ? carrySubject.replace(/^(?:新增|新创建|新建|新培育|新认定|新引进)/, "")
          : carrySubject;
      // "发放草原补奖、公益林补偿等政策资金…，惠及农牧民": those reached are reached by the kind of thing, not
      // by each item listed before 等.
      // "新建扶贫车间3个，带动就业1200人": the workshops drove the jobs, not the building of them.
      if (/^带动/.test(subject))
        carried = carried.replace(/^(?:新建|新增|建成|新培育|培育|引进)(?=.{2})/, "");
      if (/^(?:惠及|覆盖|受益)/.test(subject) && carried.length <= 60)
        carried = carried.replace(/^[^等]*、[^等]*等(?=.{2})/, "");
      // "打草场面积稳定在3000万亩，产量保持在20亿公斤": the carried thing's other measure replaces its first.
      if (
        /^(?:产量|产值|增加值|总量|销售额|营业收入)$/.test(subject) &&
        /.{2}(?:面积|产量|产值|规模)$/.test(carried)
      )
        carried = carried.replace(/(?:(?:播种|种植|养殖)?面积|产量|产值|规模)$/, "");
      // "高新技术产业增加值占规上工业增加值的比重为24.5%…，增加值增长8.5%": the part, not its share.
      if (/^(?:增加值|产值|营业收入|利润总额|投资|销售额)$/.test(subject))
        carried = carried.replace(/占[^，。；]{2,24}?(?:的)?(?:比重|比例|占比)$/, "");
      // "规模以上工业企业营业收入…，利润总额…": one of the firms' accounts after another.
      else if (FIRM_ACCOUNT_ONLY.test(subject) && FIRM_ACCOUNT_END.test(carried))
        carried = carried.replace(FIRM_ACCOUNT_END, "");
      // "社会消费品零售总额增速…，总量处于全市第x位": the total of a total is the indicator itself.
      const base = carried.replace(/(?:增速|增幅|增长)$/, "");
      const totalOfTotal = subject === "总量" && /(?:总值|总额|增加值|收入|产值|投资|产量)$/.test(base);
      subject = totalOfTotal
        ? base
        : carried.endsWith(subject)
          ? carried
          : `${carried}${/完成投资/.test(c.left) && subject === "投资" ? "完成投资" : subject}`;
      implicit = true;
    } else if (
      /^(?:接诊|就诊|服务|接待|培训|招生|在校)?(?:人数|人次)$/.test(subject) &&
      /^.{1,8}?(?:医院|学校|公司|集团|中心|景区)/.test(carrySubject) &&
      !/(?:人数|人次)$/.test(carrySubject)
    ) {
      // "旗医院探索新技术5项，接诊人数同比增长9%": the people the institution named before served.
      subject = `${/^.{1,8}?(?:医院|学校|公司|集团|中心|景区)/.exec(carrySubject)?.[0] ?? ""}${subject}`;
      implicit = true;
    } else if (
      (GENERIC_SUBJECT.test(subject) || subject === "资金") &&
      !carrySubject &&
      c.clauseStart > c.sentenceStart
    ) {
      // "游牧人畜牧业产业化联合体挂牌成立，产值超x万元": the topic of the sentence's first clause.
      const first = s.slice(c.sentenceStart, Math.min(c.clauseStart, c.sentenceStart + 60));
      const cut = first.search(/挂牌|成立|建成|投运|投产|落地|实现|完成|开工|运行|稳步|持续|不断|[，,]/);
      // "京蒙…产业园种植效益持续增长，产值…": the entity named first is the topic, not how it is doing.
      const entity = /^[^，,]{2,24}?(?:产业园|园区|开发区|基地|企业|公司|集团|合作社|联合体|项目)/.exec(
        first,
      )?.[0];
      let topic = trimSubject(
        entity && (cut < 0 || entity.length <= cut) && !/“[^”]*$/.test(entity)
          ? entity
          : cut > 0
            ? first.slice(0, cut)
            : "",
      );
      // "认真开展“招商引资年”活动，到位资金…": a campaign's figures are named after what it campaigns for.
      const campaign = /“([^”]{2,10}?)(?:年|月)?”(?:活动|行动)/.exec(
        first.slice(0, cut > 0 ? cut : first.length),
      )?.[1];
      if (campaign) topic = campaign;
      // "工业方面，增速虽居全市第一": a sector's growth or total is that of its headline indicator.
      const sector = /^(.{2,4})方面$/.exec(topic)?.[1];
      if (sector && SECTOR_HEADLINE[sector]) topic = SECTOR_HEADLINE[sector] as string;
      if (topic.length >= 2 && topic.length <= 20) {
        // "救助和供养标准稳步提高，累计发放资金…": the money is the programme's, not its standard's.
        subject = `${subject === "资金" ? topic.replace(/(?:标准|水平|能力|范围)$/, "") : topic}${subject}`;
        implicit = true;
      }
    }
    if (
      !implicit &&
      !carrySubject &&
      semicolonCarry &&
      FIRM_ACCOUNT_ONLY.test(subject) &&
      FIRM_ACCOUNT_END.test(semicolonCarry)
    ) {
      const owner = semicolonCarry.replace(FIRM_ACCOUNT_END, "");
      if (owner.length >= 2) {
        subject = `${owner}${subject}`;
        implicit = true;
      }
    }
    // "重大项目…，完成年度投资任务的118%": the completion is of the project's investment.
    if (c.metric === "completion") {
      const of = /完成(?:年度|全年)?(投资|收入|产值|销售额?|营业收入|增加值)(?:目标)?任务的$/.exec(
        c.left,
      )?.[1];
      if (of && subject.length >= 2 && !subject.endsWith(of)) subject = `${subject}${of}`;
    }
    // "规上工业增加值增长9%，其中制造业增长11.6%"; "投资增长12%，其中工业增长21.9%": a part of the total takes
    // its measure.
    if (
      (c.metric === "growth" || c.metric === "level") &&
      carrySubject &&
      !implicit &&
      subject.length >= 2 &&
      subject !== carrySubject
    ) {
      const measure = /(?:增加值|投资)$/.exec(carrySubject)?.[0];
      // Parts of industry: after 其中, or beside another industry's 增加值 ("煤炭…业增加值增长6.3%，电力…业增长").
      const partOf = /^其中/.test(c.left) || /业增加值$/.test(carrySubject);
      if (
        measure === "增加值" &&
        partOf &&
        /^[^，。；]{1,20}业$/.test(subject) &&
        !/(?:就业|企业|创业|物业|失业|毕业|营业|作业|产业)$/.test(subject)
      )
        subject = `${subject}增加值`;
      else if (measure === "投资" && SECTOR.test(subject)) subject = `${subject}投资`;
    }
    // "分类别看，食品烟酒类上涨1.1%、衣着类下降1.2%": a category's rise is that of the price index named before.
    if (c.metric === "growth" && /^.{1,12}类$/.test(subject) && priceTopic && !subject.includes(priceTopic))
      subject = `${subject}${priceTopic}`;
    // "全面推行信访代办制，一次性化解率98.5%，及时受理率100%": rates of handling cases belong to the business
    // the sentence opened with.
    if (
      /^(?:(?:一次性|及时|按期|按时|限时)[^率，、]{1,6}率、?)+$/.test(subject) &&
      c.clauseStart > c.sentenceStart
    ) {
      const opening =
        s.slice(c.sentenceStart, Math.min(c.sentenceStart + 40, s.length)).split(/[，,；;]/)[0] ?? "";
      const domain = opening
        .replace(/^(?:全面|深入|持续|大力|积极|扎实)?(?:推行|推进|实施|开展|落实|深化)/, "")
        .replace(/(?:代办制|代理制|责任制|制度|机制|工作|改革)$/, "");
      if (domain.length >= 2 && domain.length <= 6 && domain !== opening && /^[\u4e00-\u9fff]+$/.test(domain))
        subject = subject
          .split("、")
          .map((r) => `${domain}${r}`)
          .join("、");
    }
    // "社会消费品零售总额增速…、总量处于全市第x位": the total of a total is the indicator itself.
    const totalBase = subject.replace(/(?:增速|增幅|增长)$/, "");
    const prevClause = `${previousClause(s, c, 40)}，`;
    if (
      totalBase !== subject &&
      (/^[、，]?(?:但|而)?总量/.test(c.left) ||
        (c.metric === "rank" && /^(?:但|而)?总量[^，\d]{0,4}，$/.test(prevClause))) &&
      trimSubject(c.left.replace(/^在/, "")) === "" &&
      /(?:总值|总额|增加值|收入|产值|投资|产量)$/.test(totalBase)
    )
      subject = totalBase;
    let subjects: string[] = [subject];
    let scopes = c.scopes;
    // 均 / 分别 across several subjects.
    // "城镇、乡村消费品零售额各为114135.9万元和2067.5万元": 各为 before several values is 分别.
    const fenbieAt = marks.last(FENBIE_MARK, c.clauseStart, span.start);
    const leftHasFenbie = fenbieAt >= 0;
    const leftHasJun = /均|都|各(?!为)/.test(c.left.slice(-4));
    if (leftHasJun) {
      const split = shareHead(subject.split(/、|和|与|及(?!时)/).filter((p) => p.length > 0));
      if (split.length > 1) {
        subjects = split;
        implicit = false;
      } else if (subject === carrySubject && prevClauseRecords.length > 0 && trimSubject(c.left) === "") {
        subjects = carriedGroup(prevClauseRecords);
        implicit = true;
      } else if (trimSubject(c.left) === "" && prevClauseRecords.length > 0) {
        subjects = carriedGroup(prevClauseRecords);
        implicit = true;
      }
    }
    if (subjects.length === 1 && !leftHasFenbie) {
      const one = subjects[0] as string;
      const rates = one.split("、");
      if (rates.length > 1 && rates.every((r) => /率$/.test(r))) subjects = rates;
      else if (c.metric === "rank" && /和/.test(one)) {
        const parts = shareHead(one.split("和").filter((x) => x));
        if (parts.length > 1) subjects = parts;
      }
    }
    if (c.listSubjects) {
      subjects = c.listSubjects;
      implicit = true;
    }
    let distributeIndex = -1;
    // Candidates of one clause are contiguous; its bounds were found once for the whole line.
    const lo = clauseLo[idx] as number;
    const hi = clauseHi[idx] as number;
    // "城镇和农村居民…分别达到18687元、5634元，增长7.8%、9.2%": a clause of bare values joined by 、/和 right
    // after a 分别 over as many subjects shares them out the same way.
    let listAfter = false;
    if (!leftHasFenbie && hi > lo && trimSubject((cands[lo] as Candidate).left) === "") {
      // Whether the clause is one joined list is decided once per clause (a long list must stay linear).
      let joined = joinedClause.get(lo);
      if (joined === undefined) {
        joined = true;
        for (let k = lo + 1; k <= hi && joined; k++) {
          const a = cands[k - 1] as Candidate;
          const b = cands[k] as Candidate;
          joined = b.metric === a.metric && b.unit === a.unit && /^[、和及]?$/.test(b.left);
        }
        joinedClause.set(lo, joined);
      }
      const before = lastEarlierClause(prevClauseRecords, c.clauseStart);
      listAfter = joined && !!before && before.subjects.length === hi - lo + 1 && before.distributed === true;
    }
    if (leftHasFenbie || listAfter) {
      // The values of this clause written after the same 分别 share out the subjects (or scopes) in order.
      const at = listAfter ? c.clauseStart - 1 : fenbieAt;
      // Only values of the same kind share out one list: "分别达到37462元和17597元、增长7%和10%" is two lists.
      // The group is found once per clause, 分别 and metric, and reused by each of its values.
      const key = `${lo}:${at}:${c.metric}`;
      let found = fenbieGroups.get(key);
      if (!found) {
        const members: number[] = [];
        for (let k = lo; k <= hi; k++) {
          const o = cands[k] as Candidate;
          if (o.span.start > at && o.metric === c.metric) members.push(k);
        }
        found = { members, earlierOwn: undefined };
        fenbieGroups.set(key, found);
      }
      const group = found.members;
      const count = group.length;
      const pos = Math.max(0, binaryIndex(group, idx));
      const firstOwn = ownSubjects[group[0] ?? idx];
      let base = pos === 0 || firstOwn === undefined ? ownSubject : firstOwn;
      // The second list of a clause ("、增长7%和10%") shares the subjects named before the first.
      if (trimSubject(base.replace(/分别/, "")) === "") {
        if (found.earlierOwn === undefined) {
          found.earlierOwn = "";
          for (let k = lo; k < (group[0] ?? idx); k++) {
            const own = ownSubjects[k];
            if (own && (cands[k] as Candidate).span.start > at && trimSubject(own) !== "") {
              found.earlierOwn = own;
              break;
            }
          }
        }
        if (found.earlierOwn) base = found.earlierOwn;
      }
      let list = splitSubjects(base, count);
      const last = lastEarlierClause(prevClauseRecords, c.clauseStart);
      if (!list && PULL.test(base) && /百分点/.test(c.unit ?? "")) {
        // "…贡献率分别为…，分别拉动经济增长0.8、3.6和1.8个百分点": the pull of each thing named before, in one
        // clause ("第一、二、三产业…") or in one clause each ("食品制造业…，纺织业…，分别拉动…").
        const parts =
          last && last.subjects.length === count
            ? last.subjects
            : carriedGroup(prevClauseRecords.filter((p) => p.clauseStart < c.clauseStart));
        if (parts.length === count) list = parts.map((x) => pullName(base, x));
      }
      if (!list && trimSubject(base.replace(/分别/, "")) === "" && last && last.subjects.length === count) {
        // "城乡居民…分别完成x元和x元，分别增长x%和x%": the previous clause's subjects.
        list = last.subjects;
      }
      if (list && pos < list.length) {
        distributeIndex = pos;
        subjects = [list[pos] as string];
        implicit = list[pos] !== base;
      } else if (!list && count > 1 && scopes.length === count) {
        // "比全国、全省分别高2.1和1.3个百分点": the values go to the scopes in order.
        scopes = [scopes[pos] ?? null];
      }
    }
    ownSubjects[idx] = ownSubject;
    if (clauseFirstCandidate) clauseSubject = ownSubject;
    clauseFirstCandidate = false;
    if (subjects.length === 1 && scopes.length > 1) subjects = scopes.map(() => subjects[0] as string);
    if (scopes.length === 1 && subjects.length > 1) scopes = subjects.map(() => scopes[0] ?? null);

    // Kind and period.
    const sentenceFrom = Math.max(c.sentenceStart, span.start - 400);
    // "经初步预计，…增长13%；农民人均纯收入…": 预计 and 力争 govern the whole sentence, across ；.
    // A 预计 inside a later part ("…，预计培育…300头以上；建设…") governs only its own part.
    const opensWithCue =
      c.fullSentenceStart !== undefined &&
      /^(?:经)?(?:初步)?(?:测算|核算|统计)?[，,]?(?:预计|力争|确保|争取|预期)/.test(
        s.slice(c.fullSentenceStart, c.fullSentenceStart + 12),
      );
    const cueFrom = Math.max(
      opensWithCue ? (c.fullSentenceStart as number) : c.sentenceStart,
      span.start - 400,
    );
    let kind = kindFor(section, marks, cueFrom, span.start);
    if (section === null && kind === "actual" && doc.reviewYear !== null) {
      // No headings: a sentence about a year after the report's own year states a goal ("2024年，…增长6%左右").
      const y = /^(?:到|至)?((?:19|20)\d{2})年/.exec(sentenceText);
      if (y && Number(y[1]) > doc.reviewYear) kind = "target";
    }
    if (kind === "target" && section === "plan") {
      // A status report inside the plan ("目前仅完成立项11个", "在完成5900亩…修复的基础上") is a result.
      const sentence = s.slice(c.sentenceStart, Math.max(c.clauseEnd, span.end));
      const whole = s.slice(
        Math.max(c.sentenceStart, span.start - 400),
        Math.min(c.sentenceEnd, span.end + 400),
      );
      if (
        (/(?:^|[，,、])(?:截至)?目前/.test(whole) &&
          !/力争|确保|目标|预期|计划|争取|到20\d\d年/.test(whole)) ||
        /在[^，。；]{0,24}的基础上/.test(sentence)
      )
        kind = "actual";
    }
    if (kind !== "other" && isProjectSize(s, span, c.left, c.clauseEnd)) kind = "other";
    if (kind === "estimate" && section === "plan") kind = "target";
    const yr =
      kind === "target"
        ? doc.planYear
        : kind === "other"
          ? section === "plan"
            ? doc.planYear
            : doc.reviewYear
          : doc.reviewYear;
    let period = yr === null ? null : String(yr);
    // A period written at the head of the sentence ("1-10月，规上工业增加值增长8%") is the statement's period.
    // A short lead-in may come first ("初步核算，前三季度全县…", "据统计，1-10月…").
    const written =
      /^(?:[^，。；,]{1,6}[，,])?(?:(?:19|20)\d{2}年)?(\d{1,2}[-—～~至]\d{1,2}月|\d{1,2}月份?|[一二三四]季度|[上下]半年|前三季度|全年)[，,]?/.exec(
        sentenceText,
      );
    if (written && written[1] !== "全年") period = written[1] as string;
    // Without review/plan headings, a year at the head of the sentence ("2023年全县社会消费品零售总额…") is the
    // statement's year. Under headings the heading decides: copies with corrupted years print one year everywhere.
    const headYear =
      written || section !== null
        ? null
        : /^(?:截至|到|在)?((?:19|20)\d{2})年(?!以来|来|[底末])/.exec(sentenceText);
    if (headYear && kind !== "target") period = headYear[1] as string;
    // A period the title names ("2024年前三季度全县经济运行情况") holds for results that name no period or year.
    if (
      doc.titlePeriod &&
      kind !== "target" &&
      !written &&
      (period === null || period === String(doc.reviewYear)) &&
      marks.first(YEAR_MARK, sentenceFrom, span.start) === null
    )
      period = doc.titlePeriod;
    if (period === null) {
      // No headings to go by: the last year written earlier in the sentence ("2023年，全区…增长6%").
      const y =
        /^(?:截至|到|在)?((?:19|20)\d{2})年/.exec(sentenceText)?.[1] ??
        marks.first(YEAR_COMMA_MARK, sentenceFrom, span.start);
      if (y) period = y;
    }
    if (kind === "other") {
      // A project's size: name it after the project and what the size measures ("中船" + "风电项目" + 装机).
      const right = s.slice(span.end, c.clauseEnd);
      const named = projectSizeNames(c.left, subjects, right, c.unit ?? "");
      if (named) subjects = named;
      else {
        const m = /^[^，。；、和及]{0,14}?(?:项目|工程|基地|生产线|电站|马道)/.exec(right.replace(/^的/, ""));
        if (m && subjects.length === 1) subjects = [`${subjects[0] ?? ""}${m[0]}`];
      }
    }

    // Quote: the clause (extended left to the sentence's subject for carried ones is unnecessary).
    const [qs, qe] = origSpan(norm, orig, c.clauseStart, c.clauseEnd);
    const [vs, ve] = origSpan(norm, orig, span.start, span.end);
    const quote = orig.slice(qs, qe);
    for (let k = 0; k < subjects.length; k++) {
      let indicator = (subjects[k] ?? "").trim();
      if (indicator === "") indicator = nounAfter || "";
      // Fields in the order of the records format (file first), so JSON output needs no reordering.
      const rec: IndicatorRecord = {
        ...(options.file !== undefined ? { file: options.file } : {}),
        line: lineNo,
        quote,
        indicator,
        indicator_implicit: implicit || (subjects.length > 1 && distributeIndex < 0 && false),
        kind,
        period,
        metric: c.metric,
        value: c.value,
        unit: c.unit,
        qualifier: c.qualifier,
        scope: scopes[k] ?? null,
      };
      // "居民消费价格指数控制在3%以内": a price index stated in % is its rise, a growth.
      // "居民消费价格总水平涨幅控制在4%左右": a rise stated as a level of the rise.
      if (rec.metric === "share" && rec.unit === "%" && /^.{2,}(?:涨幅|增幅|增速)$/.test(indicator)) {
        rec.metric = "growth";
        rec.indicator = indicator.replace(/(?:涨幅|增幅|增速)$/, "");
      }
      if (rec.metric === "share" && rec.unit === "%" && PRICE_INDEX.test(rec.indicator))
        rec.metric = "growth";
      // "…增长5.2%，较去年同期和全年分别回落4.5、4.2个百分点": a change of the growth rate named before.
      if (
        rec.metric === "pp_change" &&
        implicit &&
        !derivedRate &&
        (carryMetric === "growth" || carryMetric === "cagr") &&
        rec.indicator === carrySubject &&
        !RATE_NAME.test(rec.indicator)
      )
        rec.indicator = `${rec.indicator}增速`;
      if (c.rankChange !== undefined) rec.rank_change = c.rankChange;
      if (span.placeholder) rec.placeholder = true;
      if (span.high !== undefined && span.high !== null && typeof c.value === "number")
        rec.range = [c.value, Math.sign(c.value || 1) * span.high];
      if (c.note) rec.note = c.note;
      result.records.push(rec);
      result.spans.push({ quoteStart: qs, quoteEnd: qe, valueStart: vs, valueEnd: ve });
    }
    for (const x of subjects) {
      const price = PRICE_TOPIC.exec(x)?.[0];
      if (price) priceTopic = price;
    }
    // A rate named after the thing carried ("X增速") does not replace the thing as the topic.
    if (subjects.some((x) => x !== "") && !derivedRate) {
      carryMetric = c.metric;
      carrySubject =
        subjects.length === 1 ? (subjects[0] as string) : carrySubject || (subjects[0] as string);
      if (!implicit || carrySubject === "") carrySubject = subjects[0] as string;
    }
    const existing = prevClauseRecords[prevClauseRecords.length - 1];
    if (existing && existing.clauseStart === c.clauseStart) {
      for (const x of subjects) if (x && !existing.subjects.includes(x)) existing.subjects.push(x);
    } else {
      prevClauseRecords.push({
        clauseStart: c.clauseStart,
        subjects: subjects.filter((x) => x),
        unit: c.unit,
        distributed: distributeIndex >= 0,
      });
      // Only the latest clauses matter for 均/分别; a sentence of thousands of clauses must not grow this.
      if (prevClauseRecords.length > 16) prevClauseRecords.shift();
    }
  }
  return result;
}

/** One slice of a long text's records (see {@link extractSlices}). */
export interface ExtractSlice {
  records: IndicatorRecord[];
  spans: RecordSpan[];
  /** Share of the text's characters read so far, 0…1. */
  progress: number;
}

/**
 * The records of a text in slices of about `sliceChars` characters (whole lines), so a caller with a UI can
 * yield between slices and stay responsive on a long paste. The document pass (sections, years) runs first,
 * so the records are the same as {@link extractRecords}'s.
 */
export function* extractSlices(
  text: string,
  options: ExtractOptions = {},
  sliceChars = 20_000,
): Generator<ExtractSlice, void, void> {
  if (typeof text !== "string" || text.length === 0) return;
  const lines = splitLines(text);
  let doc: DocInfo;
  try {
    doc = readDocument(lines, options.reportYear, options.convert);
  } catch {
    doc = { sections: lines.map(() => null), reviewYear: null, planYear: null };
  }
  let slice: ExtractSlice = { records: [], spans: [], progress: 0 };
  let sliceSize = 0;
  let done = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    done += line.length + 1;
    if (line.length > 0) {
      try {
        const r = extractLine(line, i + 1, doc.sections[i] ?? null, doc, options);
        for (const rec of r.records) slice.records.push(rec);
        for (const sp of r.spans) slice.spans.push(sp);
      } catch {
        // A line the engine cannot read gives no records rather than stopping the whole text.
      }
      sliceSize += line.length;
    }
    if (sliceSize >= sliceChars || i === lines.length - 1) {
      slice.progress = Math.min(1, done / Math.max(1, text.length));
      yield slice;
      slice = { records: [], spans: [], progress: 0 };
      sliceSize = 0;
    }
  }
}

/** Records and, in the same order, where each one's quote and number sit in the original text. */
export function extractDetailed(
  text: string,
  options: ExtractOptions = {},
): { records: IndicatorRecord[]; spans: RecordSpan[] } {
  const records: IndicatorRecord[] = [];
  const spans: RecordSpan[] = [];
  for (const slice of extractSlices(text, options, Infinity)) {
    for (const r of slice.records) records.push(r);
    for (const sp of slice.spans) spans.push(sp);
  }
  return { records, spans };
}

/** The indicator records of a report text (see the file comment). Never throws. */
export function extractRecords(text: string, options: ExtractOptions = {}): IndicatorRecord[] {
  return extractDetailed(text, options).records;
}
