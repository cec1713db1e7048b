/** share, realGrowth, contribution/pull, completion, needed, gap, series, periodValues/periodGrowth. */
import { IndicatorError } from "../../src/core/errors";
import { caliberGap } from "../../src/core/caliber";
import { completion } from "../../src/core/completion";
import { contribution, pull, pullFromContribution } from "../../src/core/contrib";
import { gap, ppDiff } from "../../src/core/gap";
import { needed, neededFromLevels } from "../../src/core/needed";
import { periodGrowth, periodValues } from "../../src/core/periodValues";
import { impliedPrice, realGrowth } from "../../src/core/realGrowth";
import { roundHalfAway } from "../../src/core/round";
import { trimSeries } from "../../src/core/series";
import { share } from "../../src/core/share";

const r1 = (x: unknown) => roundHalfAway(x as number, 1);

describe("share(part, total)", () => {
  it.each([
    [25257, 108659, 23.2],
    [28053, 120327, 23.3],
    [17476, 77067, 22.7],
  ])("T19: %p / %p → %p%%", (p, t, want) => {
    expect(r1(share(p, t))).toBe(want);
  });
  it("total 0 is #DIV/0!; non-finite is #NUM!; 0/x is 0 not -0", () => {
    expect((share(1, 0) as IndicatorError).code).toBe("div0");
    expect((share(NaN, 1) as IndicatorError).code).toBe("num");
    expect(Object.is(share(0, -5), -0)).toBe(false);
  });
});

describe("realGrowth(nominal, price) / impliedPrice(nominal, real)", () => {
  it("T43: nominal 8%, prices 3% → real 4.85% (4.9), not 5%", () => {
    expect(realGrowth(8, 3) as number).toBeCloseTo(4.854, 3);
    expect(r1(realGrowth(8, 3))).toBe(4.9);
  });
  it("T43: nominal 10.1%, real 8.6% → implied prices +1.4%", () => {
    expect(r1(impliedPrice(10.1, 8.6))).toBe(1.4);
  });
  it("price change ≤ −100% is #NUM!", () => {
    expect((realGrowth(5, -100) as IndicatorError).key).toBe("rateTooLow");
    expect((realGrowth(Infinity, 1) as IndicatorError).code).toBe("num");
  });
});

describe("contribution / pull", () => {
  it("T14: 原材料制造业 3433 vs 2556 in 6341 vs 4888 → 贡献率 60.4%, 拉动 17.9 pp", () => {
    expect(r1(contribution(3433, 2556, 6341, 4888))).toBe(60.4);
    expect(r1(pull(3433, 2556, 4888))).toBe(17.9);
  });
  it.each([
    [25.1, 4.6],
    [43.2, 8.0],
    [31.7, 5.8],
    [28.6, 5.3],
  ])("T15: GDP 18.4%% × 贡献率 %p → 拉动 %p (±0.1)", (c, want) => {
    expect(Math.abs((pullFromContribution(18.4, c) as number) - want)).toBeLessThanOrEqual(0.1);
  });
  it("T16: GDP 5.7% × 贡献率 −3.2 → −0.2 pp", () => {
    expect(r1(pullFromContribution(5.7, -3.2))).toBe(-0.2);
  });
  it("contributions sum to 100 and pulls to the total growth", () => {
    const parts = [
      [100, 90],
      [300, 250],
      [50, 60],
    ];
    const tn = 450;
    const tb = 400;
    const c = parts.map(([n, b]) => contribution(n as number, b as number, tn, tb) as number);
    const p = parts.map(([n, b]) => pull(n as number, b as number, tb) as number);
    expect(c.reduce((a, b) => a + b)).toBeCloseTo(100, 10);
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(12.5, 10);
  });
  it("errors: Δtotal 0 and base 0 are #DIV/0!, a negative base is #NUM!", () => {
    expect((contribution(1, 0, 5, 5) as IndicatorError).code).toBe("div0");
    expect((pull(1, 0, 0) as IndicatorError).code).toBe("div0");
    expect((pull(1, 0, -5) as IndicatorError).code).toBe("num");
    expect((pullFromContribution(NaN, 1) as IndicatorError).code).toBe("num");
  });
});

describe("completion(actual, target, type)", () => {
  it("T25: 737 of 1100 → 67.0%", () => expect(r1(completion(737, 1100))).toBe(67.0));
  it("T26: plan −10%, actual −15% → 94.4% (beaten)", () =>
    expect(r1(completion(15, 10, "decrease"))).toBe(94.4));
  it("T26 with signed rates: COMPLETION(−15, −10, 下降) → 94.4%, not 104.5%", () => {
    expect(r1(completion(-15, -10, "decrease"))).toBe(94.4);
    expect(Math.abs((completion(-7.6, -6, "decrease") as number) - 98.29)).toBeLessThanOrEqual(0.01);
  });
  it("decrease with a mixed sign → #NUM! mixedSignFall", () => {
    const e = completion(3, -10, "decrease") as IndicatorError;
    expect(e.code).toBe("num");
    expect(e.key).toBe("mixedSignFall");
    expect((completion(-3, 10, "decrease") as IndicatorError).key).toBe("mixedSignFall");
  });
  it("T27: plan −6%, actual −7.6% → 98.29% (±0.01)", () =>
    expect(Math.abs((completion(7.6, 6, "decrease") as number) - 98.29)).toBeLessThanOrEqual(0.01));
  it("T28: plan +10%, actual +15% → 104.5%; plan +8%, actual +10% → 101.85%", () => {
    expect(r1(completion(15, 10, "increase"))).toBe(104.5);
    expect(completion(10, 8, "increase") as number).toBeCloseTo(101.85, 2);
  });
  it("T29: 末年 63 vs 56 → 112.5%; 累计 2240 vs 2200 → 101.8%", () => {
    expect(completion(63, 56)).toBe(112.5);
    expect(r1(completion(2240, 2200))).toBe(101.8);
  });
  it("errors", () => {
    expect((completion(1, 0) as IndicatorError).code).toBe("div0");
    expect((completion(1, -100, "increase") as IndicatorError).code).toBe("div0");
    expect((completion(1, 100, "decrease") as IndicatorError).code).toBe("div0");
    expect((completion(1, -5) as IndicatorError).key).toBe("negativeTarget");
    expect((completion(1, 5, "other" as never) as IndicatorError).key).toBe("badOption");
    expect((completion(NaN, 5) as IndicatorError).code).toBe("num");
  });
});

describe("needed / neededFromLevels", () => {
  it("T31: target 8%, 1–10月 6.5%, w = 10/12 → 15.5%; w = 0.83 → 15.3%", () => {
    expect(Math.abs((needed(8, 6.5, 10 / 12) as number) - 15.5)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((needed(8, 6.5, 0.83) as number) - 15.3)).toBeLessThanOrEqual(0.1);
  });
  it("T30: 上年全年 500, +8%, done 430, 上年1–10月 410 → 22.2%", () => {
    expect(Math.abs((neededFromLevels(500, 8, 430, 410) as number) - 22.2)).toBeLessThanOrEqual(0.1);
  });
  it("the two forms agree when w is the level share", () => {
    // cum growth 430/410 − 1; w = 410/500
    const fromRates = needed(8, (430 / 410 - 1) * 100, 410 / 500) as number;
    expect(fromRates).toBeCloseTo(neededFromLevels(500, 8, 430, 410) as number, 9);
  });
  it("errors", () => {
    expect((needed(8, 6.5, 1) as IndicatorError).key).toBe("weightRange");
    expect((needed(8, 6.5, 0) as IndicatorError).key).toBe("weightRange");
    expect((needed(8, 6.5, 10) as IndicatorError).key).toBe("weightRange");
    expect((needed(-100, 6.5, 0.5) as IndicatorError).key).toBe("rateTooLow");
    expect((neededFromLevels(500, 8, 430, 500) as IndicatorError).key).toBe("noRemainder");
    // NEEDED_LEVELS(500, 8, 430, 600) was −210: a prior-year remainder ≤ 0 has no answer.
    const e = neededFromLevels(500, 8, 430, 600) as IndicatorError;
    expect(e.code).toBe("num");
    expect(e.key).toBe("noRemainder");
    expect((neededFromLevels(0, 8, 430, 410) as IndicatorError).code).toBe("num");
    expect((needed(NaN, 1, 0.5) as IndicatorError).code).toBe("num");
  });
});

describe("gap / ppDiff", () => {
  it.each([
    [8.1, 5.9, 2.2],
    [8.1, 6.4, 1.7],
    [8.1, -1.1, 9.2],
  ])("T17: %p − %p = %p pp", (a, b, want) => expect(r1(ppDiff(a, b))).toBe(want));
  it("T18: 23.1 vs 8.0 → +15.1; −12.6 vs 8.0 → −20.6", () => {
    expect(r1(gap(23.1, 8))).toBe(15.1);
    expect(r1(gap(-12.6, "增长8%左右"))).toBe(-20.6);
  });
  it("a level target in text", () => expect(gap(14, "突破13亿元")).toBe(1));
  it("errors and -0", () => {
    expect((gap(1, "abc") as IndicatorError).key).toBe("notTarget");
    expect((gap(NaN, 1) as IndicatorError).code).toBe("num");
    expect(Object.is(gap(-0, 0), -0)).toBe(false);
    expect(Object.is(ppDiff(-0, 0), -0)).toBe(false);
  });
});

describe("trimSeries", () => {
  it("drops trailing blanks and rejects interior ones", () => {
    expect(trimSeries([1, 2, null, undefined])).toEqual([1, 2]);
    expect((trimSeries([1, null, 2]) as IndicatorError).key).toBe("gapInSeries");
    expect((trimSeries([null]) as IndicatorError).key).toBe("emptyInput");
    expect((trimSeries([1, NaN]) as IndicatorError).code).toBe("num");
  });
});

describe("periodValues / periodGrowth", () => {
  it("keeps the first value and differences the rest", () => {
    const input = Object.freeze([81307, 120327, 160000]);
    expect(periodValues(input)).toEqual([81307, 39020, 39673]);
  });
  it("a blank stays blank and the value after it is missing (#N/A)", () => {
    const out = periodValues([10, null, 30, 45]);
    expect(out[0]).toBe(10);
    expect(out[1]).toBeNull();
    expect((out[2] as IndicatorError).key).toBe("missingPrevious");
    expect(out[3]).toBe(15);
  });
  it("no -0 and non-finite is #NUM!", () => {
    const out = periodValues([5, 5, Infinity]);
    expect(Object.is(out[1], -0)).toBe(false);
    expect((out[2] as IndicatorError).code).toBe("num");
  });
  it("T21: 1–3月 120327 (+4.7%) and 1–2月 81307 (+5.5%) → 3月 +3.1%", () => {
    expect(r1(periodGrowth(120327, 4.7, 81307, 5.5))).toBe(3.1);
  });
  it("T20: 1–3月 120327 (+4.7%) and 3月 39020 (+3.1%) → 1–2月 81307, +5.5%", () => {
    expect(120327 - 39020).toBe(81307);
    expect(r1(periodGrowth(120327, 4.7, 39020, 3.1))).toBe(5.5);
  });
  it("errors", () => {
    expect((periodGrowth(100, -100, 50, 1) as IndicatorError).key).toBe("rateTooLow");
    expect((periodGrowth(110, 10, 110, 10) as IndicatorError).code).toBe("div0");
    expect((periodGrowth(NaN, 1, 1, 1) as IndicatorError).code).toBe("num");
  });
});

describe("caliberGap(current, publishedBase, publishedRate) — 同口径", () => {
  it("T22: 2018 1–5月 profits 27298.3 (+16.5%) vs the 2017 published 29047.6: naive −6.0%, 22.5 pp off", () => {
    const g = caliberGap(27298.3, 29047.6, 16.5) as number;
    expect(r1(g + 16.5)).toBe(-6.0);
    expect(r1(g)).toBe(-22.5);
  });
  it("T23: 社零 90275 (+9.8%) vs 85823: naive +5.2%, flagged", () => {
    const g = caliberGap(90275, 85823, 9.8) as number;
    expect(r1(g + 9.8)).toBe(5.2);
    expect(Math.abs(g)).toBeGreaterThan(0.1);
  });
  it("a comparable base gives a gap within rounding", () => {
    expect(Math.abs(caliberGap(120327, 114925.5, 4.7) as number)).toBeLessThan(0.1);
  });
  it("errors", () => {
    expect((caliberGap(1, 0, 1) as IndicatorError).code).toBe("div0");
    expect((caliberGap(1, -1, 1) as IndicatorError).code).toBe("num");
    expect((caliberGap(1, 1, -100) as IndicatorError).key).toBe("rateTooLow");
    expect((caliberGap(NaN, 1, 1) as IndicatorError).code).toBe("num");
  });
});
