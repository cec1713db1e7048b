/**
 * Numeric claims of a draft, with the positions and the clause structure that the in-text arithmetic needs
 * (which numbers sit in the same sentence, which verb joins them, what the reference of a 百分点 gap is).
 *
 * The Read engine's records (indicator, metric, value…) do not keep character offsets or the relations
 * between numbers of one sentence, so the checker scans the text itself with this small, conservative
 * scanner: Arabic numbers with a known unit (or `x：y：z` structures), 第N位/首位 ranks. Anything it does not
 * understand yields no claim rather than a guessed one.
 */
import type { Metric } from "./facts";
import { normalizeLine, type ScriptConverter } from "../normalize";
import { normalizePeriod } from "./facts";

export interface Claim {
  /** 1-based line number. */
  line: number;
  /** Offsets of the number (with unit and qualifier) in the line, and in the whole text. */
  start: number;
  end: number;
  textStart: number;
  /** The clause the number sits in, as written. */
  quote: string;
  /** The number as written, with unit ("35.6亿元"). */
  raw: string;
  /** Signed value: 下降5.4% → −5.4; 低于…2个百分点 → −2. Structure: the first part. */
  value: number;
  /** The number as written (no sign from wording). */
  magnitude: number;
  /** Decimals as written (the text's precision). */
  decimals: number;
  unit: string | null;
  metric: Metric;
  /** +1 / −1 from the wording (增长/下降, 高于/低于), 0 when none. */
  direction: 1 | -1 | 0;
  qualifier: string | null;
  /** The indicator the number is about, as written (possibly inherited from the sentence), or null. */
  subject: string | null;
  period: string | null;
  scope: string | null;
  kind: "actual" | "target";
  /** Sentence and clause index within the text (clauses split at ，、 within a sentence). */
  sentence: number;
  clause: number;
  /** The clause text before and after the number. */
  before: string;
  after: string;
  /** Sentence text before the number (for references such as 由A到B). */
  sentenceBefore: string;
  /** Structure parts (x：y：z). */
  parts?: number[];
  /** For shares: what the share is of (占一般公共预算支出的x%). */
  denominator: string | null;
  /** For ranks: ranked by growth (增速排…) or by level (总量处于…), when the clause says. */
  basis: "growth" | "level" | null;
  /** A reference figure written in brackets: "全国（5.9%）". */
  bracketed: boolean;
}

/** Units recognised after a number, longest first. */
const UNITS = [
  "个百分点",
  "百分点",
  "万亿元",
  "亿元",
  "万元",
  "千元",
  "元",
  "亿千瓦时",
  "万千瓦时",
  "千瓦时",
  "亿千瓦",
  "万千瓦",
  "千瓦",
  "兆瓦",
  "吉瓦时",
  "亿立方米",
  "万立方米",
  "立方米",
  "平方公里",
  "万平方米",
  "平方米",
  "公里",
  "亿吨",
  "万吨",
  "吨",
  "亿度",
  "万度",
  "万亩",
  "亩",
  "万人次",
  "人次",
  "万人",
  "人",
  "万户",
  "户",
  "家",
  "个",
  "项",
  "件",
  "所",
  "座",
  "处",
  "万头",
  "头",
  "万只",
  "只",
  "场次",
  "万列",
  "列",
  "张",
  "名",
  "条",
  "套",
  "辆",
  "台",
  "类",
  "倍",
  "位",
  "%",
  "‰",
];

const COUNT_UNIT = /^(个|家|项|件|户|人|类|人次|所|座|处|名|条|套|辆|台)$/;

const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_END = /[，,、：:]/;

const NEG_WORDS = /(下降|降低|减少|回落|递减|降幅|下滑|低于|慢于|收窄|缩小|减少了|少)/;
const POS_WORDS = /(增长|提高|提升|上升|加快|增加|增幅|递增|上涨|高于|高出|快于|扩大|多)/;

/** Words that end the subject: verbs and comparison heads. */
const VERB =
  /(预计完成|完成(?!率)|达到|达(?=\d|$)|实现|突破|超过|超(?=\d|$)|为|低于|高于|快于|慢于|处于|仅有|增长|下降|同比|比上年|较上年|比|较|占|居(?!民)|位居|排名|(?<![安并])排|提高|提升|新增(?=\d|$)|增加(?!值)|减少|年均|累计达到|累计|是|分别|(?<![人平])均|控制在|稳居|保持|由|从|总数达到|总量)/;

function subjectOf(clauseBefore: string): string | null {
  const m = VERB.exec(clauseBefore);
  // 新增税源x万元: the verb is part of the indicator.
  if (m && m.index === 0 && /^(新增|新建|净增)$/.test(m[1] as string)) {
    const rest = clauseBefore.slice(m[0].length);
    if (/^[\u4e00-\u9fa5]{2,8}$/.test(rest)) return clauseBefore;
  }
  const s = (m ? clauseBefore.slice(0, m.index) : clauseBefore).trim();
  return cleanSubject(s);
}

const FILLERS =
  /^(其中|预计|全年|去年|今年|年内|当年|我们|以及|和|及|并|且|但|而|同时|力争|确保|积极|全力|成功|持续|进一步|扎实|认真|深入|大力|我县|我旗|我区|我市|我盟|推动|推进|建成|创建|打造|实施了|实施|投入|新建|安排实施的|安排的|实施的|重点)+/;

/** Measure words that name no indicator by themselves ("产值达到…" after a topic clause). */
const GENERIC = /^(总量|增速|产值|规模|收入|年收入|投资|总额|增幅|营业收入|销售额|税收)$/;
const MEASURE_TAIL = /(增速|总量|增幅|规模)$/;

/** The topic of a sentence from its earlier clauses: the subject of the nearest clause that has one. */
function topicOf(earlier: string): string | null {
  const clauses = earlier.split(/[，,、：:]/).filter((c) => c.trim());
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = (clauses[i] as string).split(
      /(挂牌|种植|保持|全部|深入|稳步|不断|加快|发展势头|取得|实现)/,
    )[0] as string;
    const sub = subjectOf(c);
    if (sub && !GENERIC.test(sub)) return sub;
  }
  return null;
}

/** Drop fillers, leading verbs, counts and brackets; a subject that is only a scope or a place is none. */
export function cleanSubject(raw: string): string | null {
  let s = raw
    .replace(/[“”"（）()]/g, "")
    .replace(/\d+(?:\.\d+)?(个|家|项|户|人|类|件|名)/g, "")
    .replace(
      /^((?:19|20)\d{2}年(?:底|末|度)?|\d{1,2}\s*[-—–~至]\s*\d{1,2}月份?|[一二三四]季度|上半年|前三季度)+/,
      "",
    );
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(FILLERS, "");
  }
  s = s.trim();
  if (s.length < 2 || /^\d/.test(s)) return null;
  if (
    s.replace(/(全国|全省|全区|全自治区|全市|全盟|全县|全旗|在|第|中|排名|处于|位居|居|排)/g, "").length < 2
  )
    return null;
  // A peer group ("全省x个县市区中") is the scope of a rank, not an indicator.
  if (/(县市区|旗县市区|县县市区|盟市|地区|城市|省份)中?$/.test(s)) return null;
  s = s.replace(/(小|大|低|高|偏低|偏高|较低|较高|较快|较慢|持续|稳步|不断)$/, "");
  s = s.replace(/(近|约|逾|不到|不足|至少|仅)$/, "");
  return s.length >= 2 ? s : null;
}

function countDecimals(raw: string): number {
  const i = raw.indexOf(".");
  return i < 0 ? 0 : raw.length - i - 1;
}

const CN_RANK: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

interface RawHit {
  start: number;
  end: number;
  raw: string;
  magnitude: number;
  decimals: number;
  unit: string | null;
  qualifier: string | null;
  parts?: number[];
  rankWord?: boolean;
}

function scanLine(s: string): RawHit[] {
  const hits: RawHit[] = [];
  const re = /\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    let end = start + m[0].length;
    const prev = s[start - 1] ?? "";
    if (
      /[A-Za-z.\-—–~～]/.test(prev) &&
      !((prev === "-" || prev === "−") && /[（(]/.test(s[start - 2] ?? ""))
    )
      continue;
    // Structures x：y：z.
    const st = /^(\s*[:：]\s*\d+(?:\.\d+)?)+/.exec(s.slice(end));
    if (st && /[:：]/.test(st[0])) {
      const partsText = (m[0] + st[0]).split(/\s*[:：]\s*/);
      if (partsText.length >= 2) {
        const parts = partsText.map(Number);
        // A time of day (10:30) is not a structure: require a structure word before.
        if (
          /(结构|比例|之比|比为|演进为|调整为|优化为|由|比重)/.test(s.slice(Math.max(0, start - 12), start))
        ) {
          end += st[0].length;
          hits.push({
            start,
            end,
            raw: s.slice(start, end),
            magnitude: parts[0] as number,
            decimals: Math.max(...partsText.map(countDecimals)),
            unit: null,
            qualifier: null,
            parts,
          });
          re.lastIndex = end;
          continue;
        }
      }
      re.lastIndex = end + st[0].length;
      continue;
    }
    const rest = s.slice(end);
    // Ranges (6%-7%, 1—2家) and period labels (1-10月) carry no single claim.
    if (/^%?\s*[-—–~～至到]\s*\d/.test(rest)) {
      const skip = /^%?\s*[-—–~～至到]\s*\d+(?:\.\d+)?/.exec(rest);
      re.lastIndex = end + (skip ? skip[0].length : 0);
      continue;
    }
    if (
      /^\s*(年|月|日|号|时|周年|季度|个月|个工作日|天|小时|分钟|岁|届|期|次会|版|号线|线|kV|KV|千伏|兆瓦时)/.test(
        rest,
      ) &&
      !/^年均/.test(rest)
    )
      continue;
    let q: string | null = null;
    let tail = rest;
    const mid = /^(余|多)/.exec(tail);
    if (mid) {
      q = mid[1] as string;
      tail = tail.slice(mid[0].length);
    }
    const lead = /^\s*/.exec(tail)?.[0].length ?? 0;
    let unit = UNITS.find((u) => tail.startsWith(u, lead)) ?? null;
    // "2.2个和1.7个百分点": the first number of a list shares the last one's unit.
    if (unit === "个" && /^个\s*(?:[、和及与]\s*\d+(?:\.\d+)?\s*个?\s*)+百分点/.test(tail.slice(lead)))
      unit = "个百分点";
    if (!unit) continue;
    let used =
      rest.length -
      tail.length +
      lead +
      (unit === "个百分点" && !tail.startsWith("个百分点", lead) ? 1 : unit.length);
    const suf = /^(左右|以上|以内|以下|上下|之内|多(?=[，。；、,;]|$))/.exec(rest.slice(used));
    if (suf) {
      q = q ?? (suf[1] as string);
      used += suf[0].length;
    }
    const pre = /(近|约|超过|超|突破|不到|不足|至少|逾|仅有|仅)$/.exec(
      s.slice(Math.max(0, start - 3), start),
    );
    if (pre && !q) q = pre[1] as string;
    if (unit === "位" && !/第\s*$/.test(s.slice(0, start))) continue;
    end += used;
    const negInBracket = (prev === "-" || prev === "−") && /[（(]/.test(s[start - 2] ?? "");
    hits.push({
      start: negInBracket ? start - 1 : start,
      end,
      raw: s.slice(negInBracket ? start - 1 : start, end),
      magnitude: negInBracket ? -Number(m[0]) : Number(m[0]),
      decimals: countDecimals(m[0]),
      unit,
      qualifier: q,
    });
  }
  // 首位 / 第一 / 第二位 ranks written in words.
  const rw = /(首位|第一(?!批|次|中学|小学|标段|产业|书记|责任)|第([一二三四五六七八九十])位)/g;
  while ((m = rw.exec(s))) {
    const before = s.slice(Math.max(0, m.index - 8), m.index);
    if (!/(居|位居|排|排名|列|稳居|位列|处于)[^，。；]*$/.test(before)) continue;
    if (/(摆在|放在|作为)/.test(before)) continue;
    const v = m[1] === "首位" || m[1]?.startsWith("第一") ? 1 : (CN_RANK[m[2] as string] as number);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      magnitude: v,
      decimals: 0,
      unit: "位",
      qualifier: null,
      rankWord: true,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function metricOf(
  hit: RawHit,
  before: string,
  sentenceBefore: string,
): { metric: Metric; direction: 1 | -1 | 0 } {
  const near = before.slice(-10);
  if (hit.parts) return { metric: "structure", direction: 0 };
  if (hit.unit === "位") return { metric: "rank", direction: 0 };
  const dir = (): 1 | -1 | 0 => {
    const n = NEG_WORDS.exec(near);
    const p = POS_WORDS.exec(near);
    if (n && (!p || n.index > p.index)) return -1;
    if (p) return 1;
    return 0;
  };
  if (hit.unit === "个百分点" || hit.unit === "百分点") {
    const d0 = dir();
    if (d0 !== 0) return { metric: "pp_change", direction: d0 };
    const wide = sentenceBefore.slice(-30);
    const n = [...wide.matchAll(new RegExp(NEG_WORDS.source, "g"))].pop();
    const p = [...wide.matchAll(new RegExp(POS_WORDS.source, "g"))].pop();
    if (n && (!p || (n.index ?? 0) > (p.index ?? 0))) return { metric: "pp_change", direction: -1 };
    return { metric: "pp_change", direction: p ? 1 : 0 };
  }
  if (hit.unit === "%" || hit.unit === "‰") {
    if (/(年均|[两三]年平均)[^，、]{0,6}$/.test(before)) return { metric: "cagr", direction: dir() || 1 };
    if (/完成[^，]{0,12}(目标|计划|任务)[^，]{0,6}的$/.test(before))
      return { metric: "completion", direction: 0 };
    if (/(占|比重|占比|率)[^，、]{0,12}$/.test(before) && !/(增长|下降|增速)[^，、]{0,3}$/.test(before))
      return { metric: "share", direction: 0 };
    if (/(增长|增速|增幅|上涨|递增|下降|降低|降幅|回落|递减|下滑|减少|提高|提升)[^，、]{0,6}$/.test(before))
      return { metric: "growth", direction: dir() || 1 };
    void sentenceBefore;
    return { metric: "share", direction: 0 };
  }
  if (hit.unit === "倍") {
    if (/(是|为|相当于)[^，、]{0,14}的$/.test(before)) return { metric: "multiple", direction: 0 };
    if (/增长$/.test(before)) return { metric: "growth", direction: 1 };
    return { metric: "multiple", direction: 0 };
  }
  if (
    /(新增|净增|增加(?!值)|减少|新建|新认定|新创建)[^，、\d]{0,14}$/.test(before) &&
    !/(到|至|达到|为)[^，、\d]{0,4}$/.test(before)
  )
    return { metric: "abs_change", direction: /减少[^，、\d]{0,14}$/.test(before) ? -1 : 1 };
  return { metric: "level", direction: 0 };
}

const SCOPE = /(全国|全省|全区|全自治区|全市|全盟|全州|全县|全旗)/g;

/** Every numeric claim of a text, in order. */
export function scanClaims(text: string, convert?: ScriptConverter): Claim[] {
  const claims: Claim[] = [];
  const lines = text.split("\n");
  let offset = 0;
  let sentenceIndex = 0;
  let sawTargets = false;
  let clauseIndex = 0;
  for (let li = 0; li < lines.length; li++) {
    const rawLine = lines[li] as string;
    const original = rawLine.replace(/\r$/, "");
    // Pinyin readings, full-width digits, spaces inside numbers and traditional characters normalised, with
    // the map back to the original for quotes and offsets.
    const norm = normalizeLine(original, convert);
    const s = norm.text;
    const at = (i: number) => norm.map[Math.min(i, s.length)] ?? original.length;
    const hits = scanLine(s);
    // Sentence and clause boundaries of the line.
    const sentStart: number[] = [];
    const clauseStart: number[] = [];
    let ss = 0;
    let cs = 0;
    const sentIdx: number[] = [];
    const clauseIdx: number[] = [];
    for (let i = 0; i < s.length; i++) {
      sentStart.push(ss);
      clauseStart.push(cs);
      sentIdx.push(sentenceIndex);
      clauseIdx.push(clauseIndex);
      const ch = s[i] as string;
      if (SENTENCE_END.test(ch)) {
        ss = i + 1;
        cs = i + 1;
        sentenceIndex++;
        clauseIndex++;
      } else if (CLAUSE_END.test(ch) && !/\d/.test(s[i + 1] ?? "")) {
        cs = i + 1;
        clauseIndex++;
      }
    }
    const lineSubjects = new Map<number, string>();
    // After a text states its targets ("主要预期目标是…"), later sentences that plan (要, 力争, 推进…) are targets.
    const planAhead = sawTargets;
    if (/(主要预期目标|预期目标是|目标任务是)/.test(s)) sawTargets = true;
    for (const hit of hits) {
      const sStart = sentStart[hit.start] ?? 0;
      const cStart = clauseStart[hit.start] ?? 0;
      let cEnd = hit.end;
      while (cEnd < s.length && !SENTENCE_END.test(s[cEnd] as string) && !CLAUSE_END.test(s[cEnd] as string))
        cEnd++;
      const before = s.slice(cStart, hit.start);
      const sentenceBefore = s.slice(sStart, hit.start);
      const { metric, direction } = metricOf(hit, before, sentenceBefore);
      const sIdx = sentIdx[hit.start] ?? sentenceIndex;
      let subject = subjectOf(before);
      const afterText = s.slice(hit.end);
      const afterNoun =
        !/^(同比|比|较|增长|下降|以上|左右|以内|之内|的|和|、|，|。|；)/.test(afterText) &&
        /^([\u4e00-\u9fa5]{2,14}?)(?=[，。；、和与及在的（(“”]|投资|完成|均|实现|实施|达到|全部|基本|建设|$)/.exec(
          afterText,
        )?.[1];
      const countUnit = !!hit.unit && COUNT_UNIT.test(hit.unit);
      const nounFollows =
        countUnit && /^[\u4e00-\u9fa5]/.test(afterText) && !/^(以上|左右|以内|之内|的)/.test(afterText);
      if (afterNoun && countUnit) subject = cleanSubject(afterNoun) ?? subject;
      else if (nounFollows) subject = null;
      else if (afterNoun && hit.unit && !/%|‰|百分点|位|倍/.test(hit.unit))
        subject = subject ? `${subject}${afterNoun}` : cleanSubject(afterNoun);
      const earlier = sentenceBefore.slice(0, sentenceBefore.length - before.length);
      if (subject && GENERIC.test(subject)) {
        const topic = lineSubjects.get(sIdx) ?? topicOf(earlier);
        if (topic)
          subject =
            subject === "总量"
              ? topic.replace(MEASURE_TAIL, "")
              : `${topic.replace(MEASURE_TAIL, "")}${subject}`;
      }
      const inherited = lineSubjects.get(sIdx);
      let fromClaim = false;
      if (subject) lineSubjects.set(sIdx, subject);
      else if (/^累计(达到|达)?$/.test(before.trim()) && inherited)
        // 上划x家，累计达到x家: the total, not the addition.
        subject = inherited.replace(/^(上划|新增|新认定|新建|净增|新)/, "");
      else if (!nounFollows) {
        fromClaim = !!inherited;
        subject = inherited ?? topicOf(earlier);
      }
      const years = [...sentenceBefore.matchAll(/((?:19|20)\d{2})年/g)];
      const periodText = /(\d{1,2}\s*[-—–~～至]\s*\d{1,2}\s*月)/.exec(sentenceBefore)?.[1];
      let period: string | null = null;
      const year = years.length ? (years[years.length - 1]?.[1] as string) : null;
      if (periodText) period = normalizePeriod(`${year ?? ""}${year ? "年" : ""}${periodText}`);
      else if (year) period = year;
      const scopes = [...before.matchAll(SCOPE)];
      const scope = scopes.length ? (scopes[scopes.length - 1]?.[1] as string) : null;
      const kind =
        /(预期目标|目标是|目标为|力争|确保)/.test(sentenceBefore) ||
        /(主要预期目标|预期目标是|目标任务是)/.test(s.slice(0, hit.start)) ||
        (planAhead && /(力争|确保|计划|要|将|争取|推进|推动|达到|控制)/.test(sentenceBefore))
          ? "target"
          : "actual";
      const signed =
        metric === "growth" || metric === "pp_change" || metric === "cagr" || metric === "abs_change"
          ? hit.unit === "倍" && metric === "growth"
            ? hit.magnitude * 100
            : hit.magnitude * (direction === -1 ? -1 : 1)
          : hit.magnitude;
      const basisText = `${fromClaim ? "" : (subject ?? "")}${before.slice(-8)}`;
      const basis: "growth" | "level" | null =
        metric !== "rank"
          ? null
          : /增速|增长|增幅/.test(basisText)
            ? "growth"
            : /总量|规模|总额/.test(basisText)
              ? "level"
              : null;
      const denominator =
        metric === "share" ? (/占(.{1,20}?)(的)?(比重|比例)?(为|达到|达)?$/.exec(before)?.[1] ?? null) : null;
      claims.push({
        denominator,
        basis,
        line: li + 1,
        start: at(hit.start),
        end: at(hit.end),
        textStart: offset + at(hit.start),
        quote: original.slice(at(cStart), at(cEnd)),
        raw: original.slice(at(hit.start), at(hit.end)),
        value: signed,
        magnitude: hit.magnitude,
        decimals: hit.decimals,
        unit: hit.unit === "百分点" ? "个百分点" : hit.unit,
        metric,
        direction,
        qualifier: hit.qualifier,
        subject,
        period,
        scope,
        kind,
        sentence: sIdx,
        clause: clauseIdx[hit.start] ?? clauseIndex,
        before,
        after: s.slice(hit.end, cEnd),
        sentenceBefore,
        parts: hit.parts,
        bracketed: /[（(]\s*$/.test(s.slice(0, hit.start)),
      });
    }
    offset += rawLine.length + 1;
    sentenceIndex++;
    clauseIndex++;
  }
  return claims;
}
