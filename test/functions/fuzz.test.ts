/**
 * Property-based fuzzing of every IND wrapper (fast-check): random mixes of numbers, numeric and Chinese
 * text, blanks, error values, NaN/±Infinity, −0, huge and tiny magnitudes, booleans, empty and ragged arrays,
 * and the Invocation object a stale metadata cache can pass for an optional argument.
 * Property: nothing is thrown; the result is a non-empty rectangular grid; every cell is a finite number
 * (never −0), a string, a boolean, or a CustomFunctions.Error with a known code and a message.
 * Runs per function: 1,000 by default; IND_FUZZ_RUNS overrides (`npm run fuzz` uses 100,000).
 */
import fc from "fast-check";
import { allFunctions } from "./registry";

const RUNS = Number(process.env.IND_FUZZ_RUNS ?? 1000);
// Generous per-test time: the machine may be shared, and `npm run fuzz` runs 100,000 cases per function.
jest.setTimeout(Math.max(60000, RUNS * 5));
const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

const ShimError = (
  globalThis as unknown as { CustomFunctions: { Error: new (c: string, m?: string) => Error } }
).CustomFunctions.Error;

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 1e-300, 100, -100, 1, 12, 0.5),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    "  ",
    "6.1",
    "6%",
    "-5.4%",
    "1,234",
    "abc",
    "扭亏",
    "—",
    "增长6%左右",
    "控制在5%以内",
    "突破13亿元",
    "35.6亿元",
    "2800余万元",
    "三分之一",
    "一千二百",
    "七成",
    "1-10月",
    "前三季度",
    "上半年",
    "13月",
    "万元",
    "亿千瓦",
    "公顷",
    "level",
    "increase",
    "decrease",
    "#N/A",
    "#DIV/0!",
    "1e400",
    "toString",
    "constructor",
    "__proto__",
    "{got}",
  ),
);
const errorValue = fc.constantFrom(
  new ShimError("#N/A", "n/a"),
  new ShimError("#DIV/0!"),
  { code: "#VALUE!", type: "Error" },
  { errorCode: "#NUM!" },
);
const cellValue = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
);
const grid = fc.oneof(
  fc.array(fc.array(cellValue, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), // may be ragged
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([r, c]) =>
      fc.array(fc.array(cellValue, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    ),
);
const arg = fc.oneof(
  { weight: 4, arbitrary: grid },
  { weight: 3, arbitrary: cellValue.map((v) => [[v]]) },
  { weight: 2, arbitrary: cellValue },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[], []]) },
  { weight: 1, arbitrary: fc.array(cellValue, { maxLength: 4 }) },
);
const optionalArg = fc.oneof(arg, fc.constantFrom(null, undefined, { functionName: "IND.X", address: "A1" }));

/** Freeze arrays deeply: a wrapper that writes into its input would throw (and be reported as internal). */
function deepFreeze<T>(x: T): T {
  if (Array.isArray(x)) {
    for (const v of x) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function checkResult(out: unknown): void {
  if (!Array.isArray(out) || out.length === 0) throw new Error(`not a grid: ${String(out)}`);
  const width = Array.isArray(out[0]) ? out[0].length : -1;
  if (width < 1) throw new Error("empty first row");
  for (const row of out) {
    if (!Array.isArray(row) || row.length !== width) throw new Error("ragged result");
    for (const v of row) {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`non-finite cell ${v}`);
        if (Object.is(v, -0)) throw new Error("-0 cell");
      } else if (v instanceof ShimError) {
        const c = (v as Error & { code: string }).code;
        if (!CODES.has(c)) throw new Error(`unexpected error code ${c}`);
        if (typeof v.message !== "string" || v.message.length === 0)
          throw new Error(`error ${c} without message`);
        // An "internal" error means an exception was caught inside a wrapper: a bug, not bad input.
        if (/^计算出错|^Calculation failed/.test(v.message)) throw new Error(`internal error: ${v.message}`);
      } else if (typeof v !== "string" && typeof v !== "boolean") {
        throw new Error(`bad cell ${String(v)}`);
      }
    }
  }
}

describe("fuzz: every IND function, random inputs", () => {
  it("covers every IND function in src/functions", () => {
    expect(allFunctions.length).toBeGreaterThanOrEqual(26);
  });
  it.each(allFunctions.map((r) => [r.id, r] as const))(
    `%s: nothing escapes, no -0/NaN/Infinity (${RUNS} runs; async: a tenth)`,
    async (_id, r) => {
      const args = fc.tuple(...r.params.map((p) => (p.optional ? optionalArg : arg)));
      if (r.async) {
        // An async function may reject with a CustomFunctions.Error (Excel shows it); nothing else may escape.
        await fc.assert(
          fc.asyncProperty(args, async (a) => {
            let out: unknown;
            try {
              out = await r.fn(...(a as unknown[]).map(deepFreeze));
            } catch (e) {
              if (!(e instanceof ShimError)) throw new Error(`rejected with ${String(e)}`);
              checkResult([[e]]);
              return;
            }
            checkResult(out);
          }),
          { numRuns: Math.max(1, Math.floor(RUNS / 10)) },
        );
        return;
      }
      fc.assert(
        fc.property(args, (a) => {
          let out: unknown;
          try {
            out = r.fn(...(a as unknown[]).map(deepFreeze));
          } catch (e) {
            throw new Error(`threw ${e instanceof Error ? e.message : String(e)}`);
          }
          checkResult(out);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
