/**
 * `npm run eval:extract [-- --verbose] [-- DIR]`: precision and recall of the Read engine against the
 * hand-made records of the sample reports (default: ../shared/reports, or $IND_REPORTS_DIR).
 *
 * A predicted record matches a gold record when (line, metric, value, unit) agree (values to 0.01; a
 * structure compares all parts; a placeholder's value is null). Matching is one-to-one; among candidates
 * with the same key, the one with the same indicator is preferred. On matched pairs the script reports how
 * often indicator, kind, qualifier and scope agree exactly. For files with placeholders it counts them too.
 * `--names` lists the matched records whose indicator names differ (gold vs predicted, with the quote).
 */
import * as fs from "fs";
import * as path from "path";
import { extractRecords } from "../src/text/extract";
import { prepare } from "../src/text/opencc";
import type { IndicatorRecord } from "../src/text/types";

export interface FileScore {
  file: string;
  gold: number;
  predicted: number;
  matched: number;
  indicator: number;
  kind: number;
  qualifier: number;
  scope: number;
  goldPlaceholders: number;
  matchedPlaceholders: number;
  misses: IndicatorRecord[];
  falsePositives: IndicatorRecord[];
  fieldDiffs: string[];
  /** Matched pairs whose indicator names differ: gold, predicted and the gold quote. */
  nameDiffs: { line: number; gold: string; predicted: string; quote: string }[];
}

function valueKey(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (typeof v === "number") return (Math.round(v * 100) / 100).toString();
  return String(v);
}

export function keyOf(r: Pick<IndicatorRecord, "line" | "metric" | "value" | "unit">): string {
  return `${r.line}|${r.metric}|${valueKey(r.value)}|${r.unit ?? ""}`;
}

export function scoreFile(file: string, gold: IndicatorRecord[], predicted: IndicatorRecord[]): FileScore {
  const byKey = new Map<string, IndicatorRecord[]>();
  for (const g of gold) {
    const k = keyOf(g);
    const list = byKey.get(k) ?? [];
    list.push(g);
    byKey.set(k, list);
  }
  const score: FileScore = {
    file,
    gold: gold.length,
    predicted: predicted.length,
    matched: 0,
    indicator: 0,
    kind: 0,
    qualifier: 0,
    scope: 0,
    goldPlaceholders: gold.filter((g) => g.placeholder || (g.value === null && g.metric !== "rank")).length,
    matchedPlaceholders: 0,
    misses: [],
    falsePositives: [],
    fieldDiffs: [],
    nameDiffs: [],
  };
  // Two passes: exact indicator first, then any.
  const pairs: [IndicatorRecord, IndicatorRecord][] = [];
  const unmatched: IndicatorRecord[] = [];
  const pending: IndicatorRecord[] = [];
  for (const p of predicted) {
    const list = byKey.get(keyOf(p));
    const i = list ? list.findIndex((g) => g.indicator === p.indicator) : -1;
    if (list && i >= 0) pairs.push([list.splice(i, 1)[0] as IndicatorRecord, p]);
    else pending.push(p);
  }
  for (const p of pending) {
    const list = byKey.get(keyOf(p));
    if (list && list.length > 0) pairs.push([list.shift() as IndicatorRecord, p]);
    else unmatched.push(p);
  }
  for (const [g, p] of pairs) {
    score.matched++;
    if (g.indicator === p.indicator) score.indicator++;
    else score.nameDiffs.push({ line: g.line, gold: g.indicator, predicted: p.indicator, quote: g.quote });
    if (g.kind === p.kind) score.kind++;
    if ((g.qualifier ?? null) === (p.qualifier ?? null)) score.qualifier++;
    if ((g.scope ?? null) === (p.scope ?? null)) score.scope++;
    if (g.value === null && p.placeholder) score.matchedPlaceholders++;
    const diffs: string[] = [];
    if (g.indicator !== p.indicator) diffs.push(`indicator ${g.indicator} ≠ ${p.indicator}`);
    if (g.kind !== p.kind) diffs.push(`kind ${g.kind} ≠ ${p.kind}`);
    if ((g.qualifier ?? null) !== (p.qualifier ?? null))
      diffs.push(`qualifier ${g.qualifier} ≠ ${p.qualifier}`);
    if ((g.scope ?? null) !== (p.scope ?? null)) diffs.push(`scope ${g.scope} ≠ ${p.scope}`);
    if (diffs.length) score.fieldDiffs.push(`  ~ L${g.line} ${keyOf(g)}: ${diffs.join("; ")}`);
  }
  for (const list of byKey.values()) for (const g of list) score.misses.push(g);
  score.falsePositives = unmatched;
  return score;
}

function pct(n: number, d: number): string {
  return d === 0 ? "   —  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

export function loadGold(file: string): IndicatorRecord[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as IndicatorRecord);
}

export function reportsDir(): string {
  return process.env.IND_REPORTS_DIR ?? path.resolve(__dirname, "..", "..", "shared", "reports");
}

/** Scores every annotated text in `dir`, reading each as the command line does (traditional script converted). */
export async function evaluate(dir: string): Promise<FileScore[]> {
  const scores: FileScore[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith(".records.jsonl")) continue;
    const stem = f.replace(/\.records\.jsonl$/, "");
    const txt = path.join(dir, `${stem}.txt`);
    if (!fs.existsSync(txt)) continue;
    const gold = loadGold(path.join(dir, f));
    const text = fs.readFileSync(txt, "utf8");
    const predicted = extractRecords(text, { ...(await prepare(text)), file: `${stem}.txt` });
    scores.push(scoreFile(`${stem}.txt`, gold, predicted));
  }
  return scores;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || args.includes("-v");
  const dir = args.find((a) => !a.startsWith("-")) ?? reportsDir();
  if (!fs.existsSync(dir)) {
    console.error(`eval:extract: no reports directory at ${dir}`);
    process.exit(2);
  }
  const scores = await evaluate(dir);
  const header = `${"file".padEnd(28)} ${"gold".padStart(5)} ${"pred".padStart(5)} ${"match".padStart(5)}  precision  recall  indicator  kind    qualifier scope   placeholders`;
  console.log(header);
  const total = scores.reduce(
    (a, s) => ({
      gold: a.gold + s.gold,
      predicted: a.predicted + s.predicted,
      matched: a.matched + s.matched,
      indicator: a.indicator + s.indicator,
      kind: a.kind + s.kind,
      qualifier: a.qualifier + s.qualifier,
      scope: a.scope + s.scope,
      gp: a.gp + s.goldPlaceholders,
      mp: a.mp + s.matchedPlaceholders,
    }),
    { gold: 0, predicted: 0, matched: 0, indicator: 0, kind: 0, qualifier: 0, scope: 0, gp: 0, mp: 0 },
  );
  const line = (name: string, s: typeof total) =>
    console.log(
      `${name.padEnd(28)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.matched).padStart(5)}  ${pct(s.matched, s.predicted)}     ${pct(s.matched, s.gold)}  ${pct(s.indicator, s.matched)}     ${pct(s.kind, s.matched)}  ${pct(s.qualifier, s.matched)}    ${pct(s.scope, s.matched)}  ${s.gp > 0 ? `${s.mp}/${s.gp}` : ""}`,
    );
  for (const s of scores) {
    line(s.file, {
      gold: s.gold,
      predicted: s.predicted,
      matched: s.matched,
      indicator: s.indicator,
      kind: s.kind,
      qualifier: s.qualifier,
      scope: s.scope,
      gp: s.goldPlaceholders,
      mp: s.matchedPlaceholders,
    });
  }
  line("overall", total);
  if (args.includes("--names")) {
    for (const s of scores)
      for (const d of s.nameDiffs)
        console.log(`${s.file.slice(0, 3)} L${d.line}\tgold=${d.gold}\tpred=${d.predicted}\t«${d.quote}»`);
  }
  if (verbose) {
    for (const s of scores) {
      console.log(`\n## ${s.file}`);
      for (const m of s.misses)
        console.log(`  - miss L${m.line} ${keyOf(m)}  ${m.indicator}  «${m.quote.slice(0, 50)}»`);
      for (const p of s.falsePositives)
        console.log(`  + fp   L${p.line} ${keyOf(p)}  ${p.indicator}  «${p.quote.slice(0, 50)}»`);
      if (args.includes("--fields")) for (const d of s.fieldDiffs) console.log(d);
    }
  }
}

if (require.main === module) void main();
