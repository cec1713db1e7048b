/**
 * Property: every numeric core function, given any finite numbers (huge, tiny, negative, zero), returns either
 * an IndicatorError or a finite number that is not −0 (growth may also return its status words). Core results
 * feed cells, sentences and the tracking table directly, so NaN/±Infinity/−0 must stop here.
 */
import fc from "fast-check";
import { isIndicatorError } from "../../src/core/errors";
import { annualize, cagr, cagrCum } from "../../src/core/cagr";
import { avgGrowth, chainGrowth } from "../../src/core/avgGrowth";
import { caliberGap } from "../../src/core/caliber";
import { completion } from "../../src/core/completion";
import { contribution, pull, pullFromContribution } from "../../src/core/contrib";
import { gap, ppDiff } from "../../src/core/gap";
import { growthAbs } from "../../src/core/growth";
import { needed, neededFromLevels } from "../../src/core/needed";
import { periodGrowth, periodValues } from "../../src/core/periodValues";
import { realGrowth } from "../../src/core/realGrowth";
import { share } from "../../src/core/share";
import { convert } from "../../src/core/units";
import { rank } from "../../src/core/rank";

const RUNS = Number(process.env.IND_FUZZ_RUNS ?? 1000);
const num = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, -5e-324, 100, -100, 1),
  fc.double({ min: -300, max: 300, noNaN: true }),
);

function ok(r: unknown): boolean {
  if (isIndicatorError(r)) return true;
  if (typeof r === "string") return true;
  return typeof r === "number" && Number.isFinite(r) && !Object.is(r, -0);
}

const cases: [string, fc.Arbitrary<unknown[]>, (...a: never[]) => unknown][] = [
  ["cagr", fc.tuple(num, num, num), cagr],
  ["annualize", fc.tuple(num, num), annualize],
  ["cagrCum", fc.tuple(num, fc.array(num, { maxLength: 6 })), cagrCum],
  ["avgGrowth", fc.tuple(fc.array(num, { maxLength: 6 })), avgGrowth],
  ["chainGrowth", fc.tuple(fc.array(num, { maxLength: 6 })), chainGrowth],
  ["caliberGap", fc.tuple(num, num, num), caliberGap],
  ["completion level", fc.tuple(num, num), (a: number, b: number) => completion(a, b)],
  ["completion increase", fc.tuple(num, num), (a: number, b: number) => completion(a, b, "increase")],
  ["completion decrease", fc.tuple(num, num), (a: number, b: number) => completion(a, b, "decrease")],
  ["contribution", fc.tuple(num, num, num, num), contribution],
  ["pull", fc.tuple(num, num, num), pull],
  ["pullFromContribution", fc.tuple(num, num), pullFromContribution],
  ["gap", fc.tuple(num, num), gap],
  ["ppDiff", fc.tuple(num, num), ppDiff],
  ["growthAbs", fc.tuple(num, num), growthAbs],
  ["needed", fc.tuple(num, num, num), needed],
  ["neededFromLevels", fc.tuple(num, num, num, num), neededFromLevels],
  ["periodGrowth", fc.tuple(num, num, num, num), periodGrowth],
  ["realGrowth", fc.tuple(num, num), realGrowth],
  ["share", fc.tuple(num, num), share],
  [
    "convert",
    fc.tuple(
      num,
      fc.constantFrom("元", "亿元", "万亿元", "斤", "吨"),
      fc.constantFrom("元", "万元", "克", "亿吨"),
    ),
    convert,
  ],
  ["rank", fc.tuple(num, fc.array(num, { maxLength: 6 })), (v: number, p: number[]) => rank(v, [...p, v])],
];

describe("core numeric functions never return NaN, ±Infinity or −0", () => {
  it.each(cases)("%s", (_name, args, fn) => {
    fc.assert(
      fc.property(args, (a) => ok((fn as (...x: unknown[]) => unknown)(...a))),
      { numRuns: RUNS },
    );
  });
  it("periodValues gives finite differences or errors", () => {
    fc.assert(
      fc.property(fc.array(fc.option(num), { maxLength: 8 }), (a) =>
        periodValues(a).every((v) => v === null || ok(v)),
      ),
      { numRuns: RUNS },
    );
  });
});
