/**
 * `npm run docs:functions`: the IND function reference, generated from the function metadata so it cannot
 * drift. English help comes from the JSDoc of every src/functions/*.ts that declares `@customfunction`, read
 * with custom-functions-metadata (the package the build uses); Chinese help from src/functions/i18n/*.zh-CN.json.
 * Each example formula is evaluated by the function itself, so the printed result is what the code gives.
 * Writes docs/functions.md and the section between `<!-- functions:start -->` and `<!-- functions:end -->`
 * in README.md (nothing else in README changes). `--check` exits 1 if either file is stale.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import "../test/setup/customFunctionsShim";
import { setLanguage } from "../src/functions/runtime";
import { formatFixed, roundHalfAway } from "../src/core/round";

const root = path.join(__dirname, "..");
const fnDir = path.join(root, "src/functions");
const START = "<!-- functions:start -->";
export const paths = { readme: path.join(root, "README.md"), doc: path.join(root, "docs/functions.md") };
const END = "<!-- functions:end -->";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Meta {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
}
interface ZhHelp {
  description: string;
  parameters?: Record<string, string>;
  result?: string;
}

/** One example per function: a formula whose arguments are constants. The result is computed, not written. */
const EXAMPLES: Record<string, string> = {
  GROWTH: "=IND.GROWTH(120,100)",
  CAGR: "=IND.CAGR(100,169.7,9)",
  CAGR_CUM: "=IND.CAGR_CUM(100,{110,120,135,150,160})",
  AVG_GROWTH: "=IND.AVG_GROWTH({18.3,-6.8})",
  CHAIN: "=IND.CHAIN({8.12,6.42,5.91,5.13})",
  ANNUALIZE: "=IND.ANNUALIZE(72.1,2)",
  REAL_GROWTH: "=IND.REAL_GROWTH(8,3)",
  PRICE_CHANGE: "=IND.PRICE_CHANGE(10.1,8.6)",
  SHARE: "=IND.SHARE(25257,108659)",
  CONTRIB: "=IND.CONTRIB(3433,2556,6341,4888)",
  PULL: "=IND.PULL(3433,2556,4888)",
  PULL_RATE: "=IND.PULL_RATE(18.4,43.2)",
  PP_DIFF: "=IND.PP_DIFF(8.1,5.9)",
  CALIBER_GAP: "=IND.CALIBER_GAP(27298.3,29047.6,16.5)",
  PERIOD_VALUES: "=IND.PERIOD_VALUES({81307;120327})",
  PERIOD_GROWTH: "=IND.PERIOD_GROWTH(120327,4.7,81307,5.5)",
  PROGRESS: '=IND.PROGRESS("1-10月")',
  COMPLETION: '=IND.COMPLETION(15,10,"decrease")',
  NEEDED: "=IND.NEEDED(8,6.5,0.8333)",
  NEEDED_LEVELS: "=IND.NEEDED_LEVELS(500,8,430,410)",
  TARGET: '=IND.TARGET("控制在5%以内")',
  ON_TRACK: '=IND.ON_TRACK(5.8,"增长6%左右",,0.5)',
  GAP: '=IND.GAP(-12.6,"增长8%左右")',
  RANK: "=IND.RANK(7.2,{15.8,10.7,8,7.4,7.4,7.4,7.4,7.2},0,1)",
  NUM: '=IND.NUM("35.6亿元","万元")',
  CONVERT: '=IND.CONVERT(1.35,"亿千瓦","万千瓦")',
  FORMAT: "=IND.FORMAT(179)",
  COMPARE: '=IND.COMPARE(8.5,6.4,"全盟")',
  RANK_TEXT: '=IND.RANK_TEXT(7.4,{15.8,10.7,8,7.4,7.4,7.4,7.4,7.2},"全盟")',
  RANK_CHANGE: "=IND.RANK_CHANGE(7,5)",
};

/** Parse the constant arguments of an example formula: numbers, "text", {a,b;c,d} arrays, empty. */
function parseArgs(formula: string): unknown[] {
  const inner = formula.slice(formula.indexOf("(") + 1, formula.lastIndexOf(")"));
  const args: unknown[] = [];
  let i = 0;
  const scalar = (): unknown => {
    if (inner[i] === '"') {
      const j = inner.indexOf('"', i + 1);
      const s = inner.slice(i + 1, j);
      i = j + 1;
      return s;
    }
    const m = /^[^,;{}]*/.exec(inner.slice(i)) as RegExpExecArray;
    i += m[0].length;
    const t = m[0].trim();
    return t === "" ? null : Number(t);
  };
  while (i <= inner.length) {
    if (inner[i] === "{") {
      i++;
      const rows: unknown[][] = [[]];
      while (inner[i] !== "}") {
        (rows[rows.length - 1] as unknown[]).push(scalar());
        if (inner[i] === ",") i++;
        else if (inner[i] === ";") {
          i++;
          rows.push([]);
        }
      }
      i++;
      args.push(rows);
    } else {
      const v = scalar();
      args.push(v === null ? null : [[v]]);
    }
    if (inner[i] === ",") i++;
    else break;
  }
  return args;
}

function show(v: unknown): string {
  if (v instanceof Error) return (v as Error & { code?: string }).code ?? "#VALUE!";
  if (typeof v === "number") return roundHalfAway(v, 2) === v ? String(v) : `≈${formatFixed(v, 2)}`;
  if (typeof v === "string") return `"${v}"`;
  return String(v);
}

function showResult(out: unknown): string {
  if (!Array.isArray(out)) return show(out);
  const rows = out as unknown[][];
  if (rows.length === 1 && rows[0]?.length === 1) return show(rows[0][0]);
  return `{${rows.map((r) => r.map(show).join(",")).join(";")}}`;
}

function functionFiles(): string[] {
  return fs
    .readdirSync(fnDir)
    .filter(
      (f) => f.endsWith(".ts") && fs.readFileSync(path.join(fnDir, f), "utf8").includes("@customfunction"),
    )
    .sort()
    .map((f) => path.join(fnDir, f));
}

/** id → the exported wrapper, from the `@customfunction ID … export function name` pairs in each file. */
function wrappers(files: string[]): Map<string, (...a: unknown[]) => unknown> {
  const map = new Map<string, (...a: unknown[]) => unknown>();
  for (const file of files) {
    const src = fs.readFileSync(file, "utf8");
    const mod = require(file) as Record<string, (...a: unknown[]) => unknown>;
    for (const m of src.matchAll(/@customfunction\s+([A-Z0-9_.]+)[\s\S]*?\*\/\s*export function (\w+)/g)) {
      const fn = mod[m[2] as string];
      if (typeof fn === "function") map.set(m[1] as string, fn);
    }
  }
  return map;
}

/** English @returns text per id, from the JSDoc (the metadata keeps no result description). */
function returnsText(files: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(
      /\/\*\*((?:(?!\*\/)[\s\S])*?)@customfunction\s+([A-Z0-9_.]+)([\s\S]*?)\*\//g,
    )) {
      const r = /@returns?\s+([^\n]*)/.exec(m[3] as string);
      if (r) map.set(m[2] as string, (r[1] as string).trim());
    }
  }
  return map;
}

function zhHelp(): Record<string, ZhHelp> {
  const out: Record<string, ZhHelp> = {};
  const dir = path.join(fnDir, "i18n");
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".zh-CN.json"))
    .sort()) {
    Object.assign(out, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, ZhHelp>);
  }
  return out;
}

const cellText = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function signature(f: Meta): string {
  return `IND.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** The reference: the full Markdown for docs/functions.md and the compact README section. */
export async function buildReference(): Promise<{ doc: string; readme: string }> {
  const files = functionFiles();
  const gen = await generateCustomFunctionsMetadata(files, false);
  if (gen.errors.length > 0) throw new Error(`metadata errors:\n${gen.errors.join("\n")}`);
  const metas = (JSON.parse(gen.metadataJson) as { functions: Meta[] }).functions;
  const zh = zhHelp();
  const fns = wrappers(files);
  const returns = returnsText(files);
  setLanguage("zh");
  const example = (id: string): { formula: string; result: string } | null => {
    const formula = EXAMPLES[id];
    const fn = fns.get(id);
    if (!formula || !fn) return null;
    try {
      return { formula, result: showResult(fn(...parseArgs(formula))) };
    } catch {
      return null;
    }
  };

  const doc: string[] = [
    "# IND 函数参考 / IND function reference",
    "",
    "Generated by `npm run docs:functions` from the function metadata (JSDoc → functions.json, and",
    "src/functions/i18n/*.zh-CN.json); example results are computed by the functions themselves. Do not edit by hand.",
    "",
    "由 `npm run docs:functions` 根据函数元数据生成，示例结果由函数本身计算。请勿手工修改。",
    "",
    "Rules for every function / 通用规则: every argument takes a cell or a range; element-wise results spill with the",
    "shape of the inputs (a single cell broadcasts); rates are in percent units (6.1 = 6.1%); a blank input row gives",
    "a blank; an error cell gives the same error; text where a number is needed is #VALUE! with a message in the",
    "language of Excel; results never show −0, NaN or Infinity. 每个参数都可以是单元格或区域；逐元素计算的结果按输入形状溢出；",
    "比率以百分数为单位（6.1即6.1%）；空白输入返回空白；错误值原样传递；需要数值却得到文字时返回#VALUE!并附中文说明。",
    "",
  ];
  const table: string[] = ["| 函数 / Function | 说明 | Description | 示例 / Example |", "|---|---|---|---|"];
  for (const f of metas) {
    const z = zh[f.id];
    const ex = example(f.id);
    doc.push(`## IND.${f.name}`, "", "```", signature(f), "```", "");
    doc.push(f.description, "", z ? z.description : "（缺少中文说明）", "");
    if (f.parameters.length > 0) {
      doc.push("| 参数 / Parameter | English | 中文 |", "|---|---|---|");
      for (const p of f.parameters) {
        const name = p.optional ? `${p.name} (optional 可选)` : p.name;
        doc.push(
          `| \`${name}\` | ${cellText(p.description ?? "")} | ${cellText(z?.parameters?.[p.name] ?? "")} |`,
        );
      }
      doc.push("");
    }
    const ret = returns.get(f.id);
    if (ret || z?.result)
      doc.push(`**Returns / 返回**: ${ret ?? ""}${ret && z?.result ? " · " : ""}${z?.result ?? ""}`, "");
    if (ex) doc.push(`**Example / 示例**: \`${ex.formula}\` → \`${ex.result}\``, "");
    table.push(
      `| \`${signature(f)}\` | ${cellText(z?.result ?? z?.description ?? "")} | ${cellText(ret ?? "")} | ${
        ex ? `\`${ex.formula}\` → \`${ex.result}\`` : ""
      } |`,
    );
  }
  setLanguage(null);
  const readme = [
    "",
    "### 函数一览 / Functions",
    "",
    `${metas.length} functions in namespace \`IND\`. Full reference with every parameter in Chinese and English:`,
    "[docs/functions.md](docs/functions.md); differences from Excel's built-ins: [docs/differences-from-excel.md](docs/differences-from-excel.md).",
    "Generated by `npm run docs:functions`; do not edit this section by hand.",
    "",
    ...table,
    "",
  ].join("\n");
  // Formatted as `prettier --check .` expects, so the generated files pass the format check unchanged.
  // Loaded here, not at the top: prettier's entry needs native ESM imports, which jest's module VM lacks.
  const prettier = require("prettier") as typeof import("prettier");
  const options = { ...((await prettier.resolveConfig(paths.doc)) ?? {}), parser: "markdown" };
  const docText = await prettier.format(`${doc.join("\n").trimEnd()}\n`, options);
  const section = await prettier.format(readme, options);
  return { doc: docText, readme: `\n\n${section.trim()}\n\n` };
}

/** README with its functions section replaced (everything outside the markers unchanged). */
export function spliceReadme(readme: string, section: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, a + START.length)}${section}${readme.slice(b)}`;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const { doc, readme } = await buildReference();
  const currentReadme = fs.readFileSync(paths.readme, "utf8");
  const nextReadme = spliceReadme(currentReadme, readme);
  const currentDoc = fs.existsSync(paths.doc) ? fs.readFileSync(paths.doc, "utf8") : "";
  if (check) {
    const stale = [
      nextReadme !== currentReadme && "README.md",
      doc !== currentDoc && "docs/functions.md",
    ].filter(Boolean);
    if (stale.length) {
      console.error(`stale: ${stale.join(", ")} — run npm run docs:functions`);
      process.exit(1);
    }
    console.log("function reference is up to date");
    return;
  }
  fs.mkdirSync(path.dirname(paths.doc), { recursive: true });
  fs.writeFileSync(paths.doc, doc);
  fs.writeFileSync(paths.readme, nextReadme);
  console.log(`wrote ${path.relative(root, paths.doc)} and the functions section of README.md`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
