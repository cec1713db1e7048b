/**
 * Read engine throughput: characters per second of `extractRecords` on the sample reports and on a 1 MB
 * synthetic single line, each against a baseline measured in the same process over the same text (one
 * regular-expression pass collecting every digit run with the unit character after it, which is the least
 * any number extractor must do). Aim: ≥ 2,000,000 chars/s in Node.
 */
import * as fs from "fs";
import * as path from "path";
import { extractRecords } from "../../src/text/extract";
import { row, time } from "./_timing";

function baseline(text: string): number {
  const re = /\d+(?:\.\d+)?\D?/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * Best-of-N CPU time (user + system) of one call, in ms. The bench machine is shared by several busy
 * processes, so wall time (printed too, via _timing's `time`) swings several-fold between runs; CPU time of
 * this process is the steadier figure for chars/s.
 */
function cpuTime(fn: () => unknown, reps = 1, runs = 7): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000 / reps);
  }
  return Math.max(best, 0.0001);
}

function report(label: string, text: string): void {
  let count = 0;
  const extract = () => {
    count = extractRecords(text).length;
  };
  const wall = time(extract, 5);
  // Small texts are repeated inside one measurement so the CPU clock's granularity does not dominate.
  const reps = Math.max(1, Math.ceil(400_000 / Math.max(1, text.length)));
  const cpu = cpuTime(extract, reps);
  const base = cpuTime(() => baseline(text), reps);
  const cps = (text.length / cpu) * 1000;
  row(
    `${label} (${text.length.toLocaleString("en")} chars, ${count} records)`,
    cpu,
    base,
    `${Math.round(cps).toLocaleString("en")} chars/s (CPU); wall ${wall.toFixed(1)} ms`,
  );
}

export default function run(): void {
  const dir = process.env.IND_REPORTS_DIR ?? path.resolve(__dirname, "..", "..", "..", "shared", "reports");
  const texts: string[] = [];
  if (fs.existsSync(dir)) {
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith(".txt"))
      .sort()) {
      const t = fs.readFileSync(path.join(dir, f), "utf8");
      texts.push(t);
      report(`extract ${f}`, t);
    }
    report("extract all sample reports", texts.join("\n"));
  } else {
    console.log(`(sample reports not found at ${dir})`);
  }
  if (texts.length > 0) {
    // The sample reports as one line (line breaks removed), repeated to 1 MB: real prose density.
    const joined = texts.join("").replace(/\r?\n/g, "");
    report(
      "extract 1 MB single line of report text",
      joined.repeat(Math.ceil(1_000_000 / joined.length)).slice(0, 1_000_000),
    );
  }
  // Dense worst case: a figure every 12 characters.
  const sentence =
    "地区生产总值增长6.1%，一般公共预算收入完成35.6亿元，居全区首位；城镇新增就业1.1万人以上，";
  const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
  report("extract 1 MB synthetic line, a figure every 12 chars", line);
  // No full stop in 1 MB, a 分别 pair in every clause: the sentence-level look-backs must stay bounded.
  const pairs = "城乡居民收入分别增长5%和6%，";
  report(
    "extract 1 MB line of 分别 pairs without a full stop",
    pairs.repeat(Math.ceil(1_000_000 / pairs.length)).slice(0, 1_000_000),
  );
  const prose =
    "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。";
  report(
    "extract 1 MB of prose without figures",
    prose.repeat(Math.ceil(1_000_000 / prose.length)).slice(0, 1_000_000),
  );
}
