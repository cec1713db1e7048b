/**
 * Every `@example call // => result` in src/core (outside the wording and track folders, which other suites
 * own) is executed against the module that documents it. Numbers compare to the precision written in the
 * example (6.052 means ±0.0005; an integer means ±1e-9 relative); objects and arrays compare member by member.
 */
import * as fs from "fs";
import * as path from "path";

const coreDir = path.join(__dirname, "../../src/core");
const files = fs
  .readdirSync(coreDir)
  .filter((f) => f.endsWith(".ts"))
  .sort();

interface Example {
  file: string;
  call: string;
  expected: string;
}

const examples: Example[] = [];
for (const f of files) {
  const text = fs.readFileSync(path.join(coreDir, f), "utf8");
  for (const m of text.matchAll(/@example\s+(.+?)\s*\/\/\s*=>\s*(.+)$/gm)) {
    examples.push({ file: f, call: (m[1] as string).trim(), expected: (m[2] as string).trim() });
  }
}

function decimals(literal: string): number | null {
  const m = /\.(\d+)/.exec(literal);
  return m ? (m[1] as string).length : null;
}

function close(actual: unknown, expected: unknown, literal: string): boolean {
  if (typeof expected === "number") {
    if (Number.isNaN(expected)) return typeof actual === "number" && Number.isNaN(actual);
    if (typeof actual !== "number" || Object.is(actual, -0)) return false;
    const d = decimals(literal);
    const tol = d === null ? 1e-9 * Math.max(1, Math.abs(expected)) : 0.5 * Math.pow(10, -d) + 1e-12;
    return Math.abs(actual - expected) <= tol;
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => close(actual[i], e, JSON.stringify(e)))
    );
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].every((k) => close(a[k], e[k], JSON.stringify(e[k])));
  }
  return Object.is(actual, expected);
}

describe("@example lines in src/core run and give what they say", () => {
  it("finds examples in every documented core module", () => {
    expect(examples.length).toBeGreaterThan(40);
    const mine = [
      "cagr.ts",
      "chineseNumber.ts",
      "units.ts",
      "quantity.ts",
      "target.ts",
      "periods.ts",
      "rank.ts",
      "completion.ts",
      "needed.ts",
      "gap.ts",
      "avgGrowth.ts",
      "realGrowth.ts",
      "share.ts",
      "contrib.ts",
      "periodValues.ts",
      "growth.ts",
      "round.ts",
      "series.ts",
    ];
    for (const f of mine) expect(examples.some((e) => e.file === f)).toBe(true);
  });
  it.each(examples.map((e) => [e.file, e.call, e.expected, e] as const))(
    "%s: %s // => %s",
    (_f, _c, _x, ex) => {
      const mod = require(path.join(coreDir, ex.file)) as Record<string, unknown>;
      const names = Object.keys(mod);
      const run = new Function(...names, `return (${ex.call});`) as (...a: unknown[]) => unknown;
      const actual = run(...names.map((n) => mod[n]));
      const expected = new Function(`return (${ex.expected});`)() as unknown;
      if (!close(actual, expected, ex.expected)) {
        throw new Error(`${ex.call} gave ${JSON.stringify(actual)}, the example says ${ex.expected}`);
      }
    },
  );
});
