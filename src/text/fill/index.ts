/**
 * Fill a report template whose numbers are lowercase `x` slots from workbook facts.
 *
 * Each slot is read the way the check engine reads a number: every slot `x` is put in place of a one-digit
 * number (same length, so offsets stay exact) and the claim scanner gives its unit, metric, subject, period,
 * scope and target/actual kind. The slot is then matched to the facts. Rules:
 * - 分别…和… pairs: a subject naming several indicators ("城乡…", "A和B") is split and the slots of the
 *   clause are filled in order; a count mismatch leaves them.
 * - 均 shared slots: one slot for several indicators; filled only when all of them have the same value.
 * - 第x位 ranks need the scope (全市, 全省); "排全省、全市第x位" needs both ranks equal.
 * - x：x：x structures take a structure fact (three parts) or the parts' shares.
 * - Declines (下降x%, 低于…x个百分点) are filled with the magnitude; the sign comes from the wording.
 * Anything not matched, or matched by more than one different value, stays `x` with the reason. Never a guess.
 */
import { formatMessage, type MessageKey } from "../../core/messages";
import { formatFixed } from "../../core/round";
import { scanClaims, type Claim } from "../check/claims";
import { metricParams } from "../check/metricNames";
import type { ScriptConverter } from "../normalize";
import { factValueIn, findFacts, periodsMatch, withDefaultYear, type Fact } from "../check/facts";

export type FillReason =
  | "notIndicator"
  | "noSubject"
  | "notFound"
  | "ambiguous"
  | "pairMismatch"
  | "sharedDiffers"
  | "unitMismatch"
  | "threshold";

export interface FillSlot {
  /** 1-based line, 0-based offset of the slot in its line and in the whole text, and its length. */
  line: number;
  offset: number;
  textOffset: number;
  length: number;
  /** The clause around the slot, as written. */
  quote: string;
  indicator: string | null;
  metric: string | null;
  unit: string | null;
  scope: string | null;
  period: string | null;
  status: "filled" | "left";
  /** The text put in place of the slot ("35.6", "47：23：30"). */
  value?: string;
  /** Offset of the filled value in the filled text (for highlighting). */
  filledOffset?: number;
  reason?: FillReason;
  /** The reason as a catalog message (src/core/messages.ts), for the user's language. */
  message?: { key: MessageKey; params: Record<string, string | number> };
  /** Explanation in Chinese (for the list). */
  detail: string;
  cells?: { sheet: string; address: string }[];
}

export interface FillResult {
  text: string;
  slots: FillSlot[];
}

export interface FillOptions {
  /** Period for slots whose text states none (the template's year). */
  period?: string | null;
  /** Decimals for levels when the fact's unit differs from the slot's (default 2). */
  levelDecimals?: number;
  /** Traditional → simplified converter (`prepare` in text/opencc) for templates in traditional script. */
  convert?: ScriptConverter;
}

/** A lowercase x that is not part of a Latin word. */
const SLOT = /(?<![A-Za-z])x(?![A-Za-z])/g;

/** Split a subject naming several indicators: "城乡常住居民人均可支配收入" → 城镇…, 农村…; "A和B" → A, B. */
export function splitSubject(subject: string): string[] {
  const s = subject.replace(/^(全县|全旗|全市|全盟|我县|我旗)/, "");
  const cx = /^(.*?)城乡(.*)$/.exec(s);
  if (cx) return [`${cx[1]}城镇${cx[2]}`, `${cx[1]}农村${cx[2]}`];
  const parts = s.split(/和|、|与/).filter((p) => p.length > 0);
  if (parts.length < 2) return [s];
  // "市级重点项目和县级重点项目投资完成率": the measure after the last item's noun belongs to every item.
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  for (let k = Math.min(first.length, 6); k >= 2; k--) {
    const tail = first.slice(-k);
    const at = last.indexOf(tail);
    if (at >= 0 && at + k < last.length) {
      const suffix = last.slice(at + k);
      return parts.map((p, i) => (i === parts.length - 1 ? p : `${p}${suffix}`));
    }
  }
  return parts;
}

function digitsFor(c: Claim, f: Fact, levelDecimals: number): number {
  if (c.metric === "rank") return 0;
  if (c.unit === "%" || c.unit === "个百分点" || c.unit === "‰") return 1;
  const fv = String(f.value);
  const dec = fv.includes(".") ? (fv.split(".")[1] as string).length : 0;
  if (f.unit === c.unit) return Math.min(dec, 2);
  return levelDecimals;
}

function display(v: number, digits: number): string {
  const t = formatFixed(v, digits);
  return digits > 0 ? t.replace(/\.?0+$/, "") || "0" : t;
}

const NOT_INDICATOR_CONTEXT = /(第x次|x周年|x\+x|x千伏|x月前|x分钟|x号|Sx|x：x：x$)/;

/** Slots of a template with what the scanner reads around them. */
function slotClaims(
  template: string,
  convert?: ScriptConverter,
): {
  claims: Claim[];
  slots: { line: number; offset: number; textOffset: number }[];
} {
  const lines = template.split("\n");
  const slots: { line: number; offset: number; textOffset: number }[] = [];
  let off = 0;
  const replaced = lines.map((l, i) => {
    for (const m of l.matchAll(SLOT))
      slots.push({ line: i + 1, offset: m.index ?? 0, textOffset: off + (m.index ?? 0) });
    off += l.length + 1;
    return l.replace(SLOT, "9");
  });
  return { claims: scanClaims(replaced.join("\n"), convert), slots };
}

/** Fill every slot that the facts determine; list every slot with its value or the reason it was left. */
export function fillTemplate(template: string, facts: Fact[], opts: FillOptions = {}): FillResult {
  const { claims, slots } = slotClaims(template, opts.convert);
  const lines = template.split("\n").map((l) => l.replace(/\r$/, ""));
  const levelDecimals = opts.levelDecimals ?? 2;
  const byPos = new Map<string, Claim>();
  for (const c of claims) {
    if (c.parts) {
      // A structure covers several slots: key it at its first.
      byPos.set(`${c.line}:${c.start}`, c);
    } else byPos.set(`${c.line}:${c.start}`, c);
  }
  const out: FillSlot[] = [];
  const covered = new Set<string>();
  // Group slots of one clause for 分别 pairs.
  for (const slot of slots) {
    const key = `${slot.line}:${slot.offset}`;
    if (covered.has(key)) continue;
    const line = lines[slot.line - 1] as string;
    const c = byPos.get(key);
    const base = {
      line: slot.line,
      offset: slot.offset,
      textOffset: slot.textOffset,
      length: 1,
      quote: c?.quote ?? line.slice(Math.max(0, slot.offset - 12), slot.offset + 6),
      indicator: c?.subject ?? null,
      metric: c?.metric ?? null,
      unit: c?.unit ?? null,
      scope: c?.scope ?? null,
      period: withDefaultYear(c?.period ?? null, opts.period ?? null),
    };
    const ctx = line.slice(Math.max(0, slot.offset - 2), slot.offset + 4);
    if (
      !c ||
      NOT_INDICATOR_CONTEXT.test(ctx) ||
      /[“"]x\+/.test(line.slice(slot.offset - 1, slot.offset + 3))
    ) {
      out.push({
        ...base,
        status: "left",
        reason: "notIndicator",
        ...msg("fillNotIndicator"),
      });
      continue;
    }
    if (c.parts) {
      const n = c.parts.length;

      const lenText = c.end - c.start;
      // Mark the other slots of the structure as covered.
      for (const s2 of slots)
        if (s2.line === slot.line && s2.offset > slot.offset && s2.offset < slot.offset + lenText)
          covered.add(`${s2.line}:${s2.offset}`);
      // "由2022年的x：x：x演进为x：x：x": a second structure in the sentence without its own year would take
      // the same period as the first; the text cannot tell base from report period.
      const earlierStructure = claims.find(
        (o) => o !== c && o.parts && o.sentence === c.sentence && o.textStart < c.textStart,
      );
      if (earlierStructure && !/(?:19|20)\d{2}年[^，。；]{0,3}$/.test(c.before)) {
        out.push({
          ...base,
          length: lenText,
          status: "left",
          reason: "ambiguous",
          ...msg("fillStructurePeriod"),
        });
        continue;
      }
      out.push(fillStructure({ ...base, length: lenText }, n, facts));
      continue;
    }
    // Counts of items listed just before ("良种、精养、供饲x项工程") describe the text itself.
    const listed = /((?:[\u4e00-\u9fa5]{1,6}、){1,}[\u4e00-\u9fa5]{1,6})$/.exec(line.slice(0, slot.offset));
    if (listed && /^(项|个|大)/.test(line.slice(slot.offset + 1))) {
      const count = (listed[1] as string).split("、").length;
      out.push({
        ...base,
        status: "left",
        reason: "notIndicator",
        ...msg("fillListedCount", { count }),
      });
      continue;
    }
    if (/^个[县旗市区]*[县旗市区]中/.test(line.slice(slot.offset + 1))) {
      out.push({
        ...base,
        status: "left",
        reason: "notIndicator",
        ...msg("fillPeerGroup"),
      });
      continue;
    }
    if (!c.subject) {
      out.push({ ...base, status: "left", reason: "noSubject", ...msg("fillNoSubject") });
      continue;
    }
    // 超x万元, 突破x亿元, x%以上 in a result: the number is a threshold the writer chose, not the figure.
    if (
      c.kind === "actual" &&
      c.qualifier &&
      /超|突破|以上|余|多|近|约|逾|至少|不到|不足/.test(c.qualifier)
    ) {
      out.push({
        ...base,
        status: "left",
        reason: "threshold",
        ...msg("fillThreshold", { qualifier: c.qualifier }),
      });
      continue;
    }
    // 分别 pairs: slots of the same clause and metric, in order.
    let indicator = c.subject;
    const pairMode = /分别/.test(c.before) || /分别/.test(c.sentenceBefore.slice(-16));
    if (pairMode) {
      const names = splitSubject(c.subject);
      const peers = claims.filter(
        (o) => o.sentence === c.sentence && o.clause === c.clause && o.metric === c.metric,
      );
      const idx = peers.indexOf(c);
      if (names.length !== peers.length || idx < 0) {
        out.push({
          ...base,
          status: "left",
          reason: "pairMismatch",
          ...msg("fillPairMismatch", { slots: peers.length, names: names.length }),
        });
        continue;
      }
      indicator = names[idx] as string;
    }
    // 排全省、全市第x位: one slot for two scopes.
    const scopes: (string | null)[] =
      c.metric === "rank"
        ? [
            ...new Set(
              [
                ...(c.sentenceBefore.split(/[，,；;]/).pop() ?? "")
                  .slice(-12)
                  .matchAll(/(全国|全省|全区|全市|全盟|全县)/g),
              ].map((m) => m[1] as string),
            ),
          ]
        : [c.scope];
    if (scopes.length === 0) scopes.push(null);
    const shared = /均/.test(c.before.slice(-4));
    const names = shared ? splitSubject(indicator) : [indicator];
    const answers: { v: number; f: Fact }[] = [];
    let problem: FillSlot | null = null;
    for (const name of names) {
      for (const scope of scopes) {
        const found = findFacts(facts, {
          indicator: name,
          metric: c.metric,
          period: base.period,
          scope: c.metric === "rank" ? scope : null,
          kind: c.kind,
          unit: c.unit,
          basis: c.basis,
          denominator: c.denominator,
        }).filter((f) => (c.metric === "rank" && scope ? f.scope === scope || f.scope === null : true));
        const vals = [...new Set(found.map((f) => factValueIn(f, c.unit)))];
        if (found.length === 0) {
          problem = {
            ...base,
            indicator: name,
            scope: scope ?? null,
            status: "left",
            reason: "notFound",
            ...notFoundMsg(name, c.metric, scope ?? null, base.period),
          };
          break;
        }
        if (vals.length > 1) {
          problem = {
            ...base,
            indicator: name,
            status: "left",
            reason: "ambiguous",
            ...msg("fillAmbiguous", {
              cells: found
                .slice(0, 4)
                .map((f) => `${f.sheet}!${f.address}=${f.value}`)
                .join("、"),
            }),
            cells: found.map((f) => ({ sheet: f.sheet, address: f.address })),
          };
          break;
        }
        const v = vals[0];
        if (v === null || v === undefined) {
          problem = {
            ...base,
            indicator: name,
            status: "left",
            reason: "unitMismatch",
            ...msg("fillUnitMismatch", { from: found[0]?.unit ?? "", to: c.unit ?? "" }),
          };
          break;
        }
        answers.push({ v, f: found[0] as Fact });
      }
      if (problem) break;
    }
    if (problem) {
      out.push(problem);
      continue;
    }
    if (answers.length === 0) {
      out.push({
        ...base,
        indicator,
        status: "left",
        reason: "notFound",
        ...notFoundMsg(indicator, c.metric, null, base.period),
      });
      continue;
    }
    const distinct = [...new Set(answers.map((a) => a.v))];
    if (distinct.length > 1) {
      out.push({
        ...base,
        indicator,
        status: "left",
        reason: "sharedDiffers",
        ...msg("fillSharedDiffers", {
          values: answers
            .map((a) => `${a.f.indicator}${a.f.scope ? `（${a.f.scope}）` : ""}=${a.f.value}`)
            .join("、"),
        }),
        cells: answers.map((a) => ({ sheet: a.f.sheet, address: a.f.address })),
      });
      continue;
    }
    const first = answers[0] as { v: number; f: Fact };
    let v = first.v;
    // The wording carries the sign: 下降x%, 低于…x个百分点.
    if (c.direction === -1 && v < 0) v = -v;
    else if (c.direction === -1 && v > 0 && (c.metric === "growth" || c.metric === "pp_change")) {
      out.push({
        ...base,
        indicator,
        status: "left",
        reason: "ambiguous",
        ...msg("fillSignMismatch", { cell: `${first.f.sheet}!${first.f.address}=${first.f.value}` }),
      });
      continue;
    }
    const text = display(v, digitsFor(c, first.f, levelDecimals));
    out.push({
      ...base,
      indicator,
      status: "filled",
      value: text,
      detail: answers
        .map(
          (a) =>
            `${a.f.sheet}!${a.f.address}（${a.f.indicator}${a.f.scope ? `，${a.f.scope}` : ""}${a.f.period ? `，${a.f.period}` : ""}）`,
        )
        .join("；"),
      cells: answers.map((a) => ({ sheet: a.f.sheet, address: a.f.address })),
    });
  }
  return assemble(template, out);
}

function fillStructure(base: Omit<FillSlot, "status" | "detail">, n: number, facts: Fact[]): FillSlot {
  // The usual table has a row per industry's share ("第一产业增加值比重"), in % for the period.
  const ords = ["第一产业", "第二产业", "第三产业", "第四产业"].slice(0, n);
  const parts: Fact[] = [];
  for (const o of ords) {
    const fs = facts.filter(
      (f) =>
        f.unit === "%" &&
        f.kind === "actual" &&
        (f.metric === "share" || f.metric === "level") &&
        f.key.startsWith(o) &&
        /比重|占比|结构/.test(f.indicator) &&
        periodsMatch(base.period, f.period),
    );
    const vals = new Set(fs.map((f) => f.value));
    if (fs.length === 0)
      return {
        ...base,
        status: "left",
        reason: "notFound",
        ...notFoundMsg(`${o}比重`, "share", null, base.period ?? null),
      };
    if (vals.size > 1)
      return {
        ...base,
        status: "left",
        reason: "ambiguous",
        ...msg("fillAmbiguous", { cells: fs.map((f) => `${f.sheet}!${f.address}=${f.value}`).join("、") }),
        cells: fs.map((f) => ({ sheet: f.sheet, address: f.address })),
      };
    parts.push(fs[0] as Fact);
  }
  return {
    ...base,
    status: "filled",
    value: parts.map((f) => display(f.value, 1)).join("："),
    detail: parts
      .map((f) => `${f.sheet}!${f.address}（${f.indicator}${f.period ? `，${f.period}` : ""}）`)
      .join("；"),
    cells: parts.map((f) => ({ sheet: f.sheet, address: f.address })),
  };
}

/** A message for a slot: the catalog key with its parameters, and its Chinese text for the command line. */
function msg(
  key: MessageKey,
  params: Record<string, string | number> = {},
): Pick<FillSlot, "message" | "detail"> {
  return { message: { key, params }, detail: formatMessage(key, "zh", params) };
}

function notFoundMsg(indicator: string, metric: string, scope: string | null, period: string | null) {
  return msg("chkNotFound", metricParams(indicator, metric, scope, period));
}

/** Put the filled values into the text and record where each landed. */
function assemble(template: string, slots: FillSlot[]): FillResult {
  const sorted = [...slots].sort((a, b) => a.textOffset - b.textOffset);
  let text = "";
  let pos = 0;
  for (const s of sorted) {
    text += template.slice(pos, s.textOffset);
    if (s.status === "filled" && s.value !== undefined) {
      s.filledOffset = text.length;
      text += s.value;
    } else text += template.slice(s.textOffset, s.textOffset + s.length);
    pos = s.textOffset + s.length;
  }
  text += template.slice(pos);
  return { text, slots: sorted };
}
