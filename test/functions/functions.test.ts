/**
 * The wrappers as Excel calls them (through the CustomFunctions shim of test/setup): shapes, spills,
 * broadcasting, blanks, errors with their code and a zh/en message, omitted optional arguments.
 */
import * as F from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/runtime";
import { registry } from "./registry";

type Err = Error & { code: string };
const isErr = (x: unknown): x is Err => x instanceof Error;
const code = (x: unknown) => (isErr(x) ? x.code : `not an error: ${JSON.stringify(x)}`);
function deepFreeze<T>(x: T): T {
  if (Array.isArray(x)) {
    x.forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}
const invocation = { functionName: "IND.X", address: "Sheet1!A1" };

beforeEach(() => setLanguage("zh"));
afterAll(() => setLanguage(null));

describe("every wrapper", () => {
  it("has an id and is exported", () => {
    expect(registry.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "GROWTH",
        "CAGR",
        "CAGR_CUM",
        "AVG_GROWTH",
        "REAL_GROWTH",
        "SHARE",
        "CONTRIB",
        "PULL",
        "PERIOD_VALUES",
        "PERIOD_GROWTH",
        "PROGRESS",
        "COMPLETION",
        "NEEDED",
        "TARGET",
        "ON_TRACK",
        "GAP",
        "RANK",
        "NUM",
        "CONVERT",
      ]),
    );
  });
  it.each(registry.map((r) => [r.id, r] as const))(
    "%s returns a rectangular grid for an empty range",
    (_id, r) => {
      const args = r.params.map((p) => (p.optional ? null : []));
      const out = r.fn(...args);
      expect(Array.isArray(out)).toBe(true);
      expect(out.length).toBeGreaterThan(0);
      const w = out[0]?.length;
      for (const row of out) expect(row.length).toBe(w);
    },
  );
});

describe("GROWTH", () => {
  it("T01 and the status words spill in the input's shape (T35–T37)", () => {
    const out = F.growthRate(
      deepFreeze([
        [120, 148],
        [-20, 5],
      ]),
      deepFreeze([
        [100, -46],
        [-50, 0],
      ]),
    );
    expect(out).toEqual([
      [20, "扭亏"],
      ["减亏", "—"],
    ]);
  });
  it("broadcasts one base across a row, and a column against a row", () => {
    expect(F.growthRate([[110, 120, 130]], [[100]])[0]?.map((v) => Math.round(v as number))).toEqual([
      10, 20, 30,
    ]);
    const outer = F.growthRate([[110], [120]], [[100, 50]]);
    expect(outer.length).toBe(2);
    expect(outer[0]?.length).toBe(2);
    expect(outer[1]?.[1]).toBeCloseTo(140, 10);
  });
  it("blank → blank; text → #VALUE! with the text; error cell → same error", () => {
    const out = F.growthRate([[null, "", "abc", { code: "#DIV/0!", type: "Error" }, "120"]], [[100]]);
    expect(out[0]?.[0]).toBe("");
    expect(out[0]?.[1]).toBe("");
    expect(code(out[0]?.[2])).toBe("#VALUE!");
    expect((out[0]?.[2] as Err).message).toBe("需要数值，但得到“abc”");
    expect(code(out[0]?.[3])).toBe("#DIV/0!");
    expect(out[0]?.[4]).toBeCloseTo(20, 10);
  });
  it("messages follow the language", () => {
    setLanguage("en");
    const out = F.growthRate([["abc"]], [[1]]);
    expect((out[0]?.[0] as Err).message).toBe("Expected a number but got “abc”");
  });
  it("mismatched shapes are a 1×1 #VALUE! naming both sizes (zh and en)", () => {
    const zh = F.growthRate([[1, 2]], [[1, 2, 3]]);
    expect(zh.length).toBe(1);
    expect(code(zh[0]?.[0])).toBe("#VALUE!");
    expect((zh[0]?.[0] as Err).message).toBe("区域大小不一致：1×2 与 1×3");
    setLanguage("en");
    expect((F.growthRate([[1], [2]], [[1], [2], [3]])[0]?.[0] as Err).message).toBe(
      "Ranges differ in size: 2×1 and 3×1",
    );
  });
  it("ragged arrays are #VALUE!", () => {
    expect(code(F.growthRate([[1, 2], [3]], [[1]])[0]?.[0])).toBe("#VALUE!");
  });
  it("NaN and ±Infinity inputs give #NUM!, never a non-finite cell", () => {
    const out = F.growthRate([[NaN, Infinity, 1e308]], [[1, 1, 1e-308]]);
    expect(out[0]?.map(code)).toEqual(["#NUM!", "#NUM!", "#NUM!"]);
  });
  it("never returns -0", () => {
    expect(Object.is(F.growthRate([[100]], [[100]])[0]?.[0], -0)).toBe(false);
  });
  it('T36: mode "abs" gives −60 / +60 on a base of −50 (非标准口径); a bad mode is #VALUE!', () => {
    const out = F.growthRate([[-80, -20, 120]], [[-50, -50, 100]], "abs");
    expect(out[0]?.[0]).toBeCloseTo(-60, 10);
    expect(out[0]?.[1]).toBeCloseTo(60, 10);
    expect(out[0]?.[2]).toBeCloseTo(20, 10);
    expect(F.growthRate([[-80]], [[-50]], 1)[0]?.[0]).toBeCloseTo(-60, 10);
    expect(F.growthRate([[-80]], [[-50]], null)[0]?.[0]).toBe("增亏");
    expect(code(F.growthRate([[-80]], [[-50]], "x")[0]?.[0])).toBe("#VALUE!");
  });
});

describe("CAGR / CAGR_CUM / AVG_GROWTH / CHAIN / ANNUALIZE", () => {
  it("CAGR T03 element-wise", () => {
    const out = F.cagrLevel([[100], [100]], [[169.7], [160]], [[9], [5]]);
    expect(out[0]?.[0]).toBeCloseTo(6.052, 3);
    expect(out[1]?.[0]).toBeCloseTo(9.856, 3);
    expect(code(F.cagrLevel([[0]], [[1]], [[1]])[0]?.[0])).toBe("#NUM!");
  });
  it("CAGR_CUM: one series in a row or a column (T04–T06), trailing blanks ignored", () => {
    expect(F.cagrCumulative([[100]], [[110, 120, 135, 150, 160, null]])[0]?.[0]).toBeCloseTo(10.176, 3);
    expect(F.cagrCumulative(100 as never, [[110], [121], [133.1]])[0]?.[0]).toBeCloseTo(10, 9);
  });
  it("CAGR_CUM: one base per row gives one rate per row", () => {
    const out = F.cagrCumulative(
      [[100], [100], [null]],
      [
        [110, 121, 133.1],
        [200, 60, 60],
        [1, 2, 3],
      ],
    );
    expect(out.length).toBe(3);
    expect(out[0]?.[0]).toBeCloseTo(10, 9);
    expect(out[2]?.[0]).toBe("");
  });
  it("CAGR_CUM: a gap inside a series is #VALUE!; sizes that do not fit name both", () => {
    const gapOut = F.cagrCumulative([[100]], [[110, null, 130]]);
    expect(code(gapOut[0]?.[0])).toBe("#VALUE!");
    expect((gapOut[0]?.[0] as Err).message).toContain("第2个值为空");
    const bad = F.cagrCumulative([[100], [100]], [[1, 2, 3]]);
    expect((bad[0]?.[0] as Err).message).toBe("区域大小不一致：2×1 与 1×3");
  });
  it("AVG_GROWTH: T08 from a row; matrix → one per row; periods option; omitted via null or Invocation", () => {
    expect(F.averageGrowth([[18.3, -6.8]])[0]?.[0]).toBeCloseTo(5.003, 3);
    expect(F.averageGrowth([[18.3, -6.8]], invocation)[0]?.[0]).toBeCloseTo(5.003, 3);
    expect(F.averageGrowth([[10.3]], 2)[0]?.[0]).toBeCloseTo(5.024, 3);
    const m = F.averageGrowth([
      [10, 10],
      [20, 20],
    ]);
    expect(m.map((r) => Math.round(r[0] as number))).toEqual([10, 20]);
    expect(code(F.averageGrowth([[5, -100]])[0]?.[0])).toBe("#NUM!");
  });
  it("CHAIN: T02 from a column", () => {
    expect(F.chainedGrowth([[8.12], [6.42], [5.91], [5.13]])[0]?.[0]).toBeCloseTo(28.11, 2);
  });
  it("ANNUALIZE: T07 and T10 spill down a column", () => {
    const out = F.annualizeGrowth([[10.3], [72.1]], [[2]]);
    expect(out[0]?.[0]).toBeCloseTo(5.024, 3);
    expect(out[1]?.[0]).toBeCloseTo(31.19, 2);
  });
});

describe("REAL_GROWTH / PRICE_CHANGE / SHARE / CONTRIB / PULL / PULL_RATE / PP_DIFF", () => {
  it("T43", () => {
    expect(F.realGrowthRate([[8]], [[3]])[0]?.[0]).toBeCloseTo(4.854, 3);
    expect(F.priceChange([[10.1]], [[8.6]])[0]?.[0]).toBeCloseTo(1.381, 3);
  });
  it("T19 share over a column; zero total is #DIV/0!", () => {
    const out = F.shareOf([[25257], [28053], [1]], [[108659], [120327], [0]]);
    expect(out[0]?.[0]).toBeCloseTo(23.24, 2);
    expect(out[1]?.[0]).toBeCloseTo(23.31, 2);
    expect(code(out[2]?.[0])).toBe("#DIV/0!");
  });
  it("T14 contribution and pull", () => {
    expect(F.contributionRate([[3433]], [[2556]], [[6341]], [[4888]])[0]?.[0]).toBeCloseTo(60.36, 2);
    expect(F.pullPoints([[3433]], [[2556]], [[4888]])[0]?.[0]).toBeCloseTo(17.94, 2);
  });
  it("T15 pull from rates over a row of contributions", () => {
    const out = F.pullFromRates([[18.4]], [[25.1, 43.2, 31.7, 28.6]]);
    expect(out[0]?.map((v) => Math.round((v as number) * 10) / 10)).toEqual([4.6, 7.9, 5.8, 5.3]);
  });
  it("T17 percentage points", () => {
    const out = F.percentagePoints([[8.1]], [[5.9, 6.4, -1.1]]);
    expect(out[0]?.map((v) => Math.round((v as number) * 10) / 10)).toEqual([2.2, 1.7, 9.2]);
  });
});

describe("PERIOD_VALUES / PERIOD_GROWTH", () => {
  it("a column stays a column; a row stays a row; a matrix is read per row", () => {
    expect(F.periodValuesOf([[81307], [120327]])).toEqual([[81307], [39020]]);
    expect(F.periodValuesOf([[81307, 120327]])).toEqual([[81307, 39020]]);
    expect(
      F.periodValuesOf([
        [1, 3, 6],
        [2, 4, 8],
      ]),
    ).toEqual([
      [1, 2, 3],
      [2, 2, 4],
    ]);
  });
  it("a blank stays blank, the next value is #N/A, a text cell is #VALUE!", () => {
    const out = F.periodValuesOf([[10, null, 30, 45, "x"]]);
    expect(out[0]?.[0]).toBe(10);
    expect(out[0]?.[1]).toBe("");
    expect(code(out[0]?.[2])).toBe("#N/A");
    expect(out[0]?.[3]).toBe(15);
    expect(code(out[0]?.[4])).toBe("#VALUE!");
  });
  it("T20 and T21", () => {
    expect(F.periodGrowthRate([[120327]], [[4.7]], [[81307]], [[5.5]])[0]?.[0]).toBeCloseTo(3.07, 2);
    expect(F.periodGrowthRate([[120327]], [[4.7]], [[39020]], [[3.1]])[0]?.[0]).toBeCloseTo(5.49, 2);
  });
});

describe("PROGRESS / COMPLETION / NEEDED / NEEDED_LEVELS", () => {
  it("T24 from numbers and labels", () => {
    const out = F.timeProgress([[6, 10, "1—10月份", "前三季度", null]]);
    expect(out[0]?.[0]).toBe(50);
    expect(out[0]?.[1]).toBeCloseTo(83.33, 2);
    expect(out[0]?.[2]).toBeCloseTo(83.33, 2);
    expect(out[0]?.[3]).toBe(75);
    expect(out[0]?.[4]).toBe("");
    expect(code(F.timeProgress([[13]])[0]?.[0])).toBe("#VALUE!");
  });
  it("T25–T29, type words in English and Chinese", () => {
    expect(F.completionRate([[737]], [[1100]])[0]?.[0]).toBeCloseTo(67, 1);
    expect(F.completionRate([[15]], [[10]], [["decrease"]])[0]?.[0]).toBeCloseTo(94.44, 2);
    expect(F.completionRate([[15]], [[10]], [["提高"]])[0]?.[0]).toBeCloseTo(104.55, 2);
    expect(F.completionRate([[63, 2240]], [[56, 2200]], null as never)[0]?.[0]).toBe(112.5);
    expect(code(F.completionRate([[1]], [[1]], [["constructor"]])[0]?.[0])).toBe("#VALUE!");
    const bad = F.completionRate([[1]], [[1]], [["sideways"]]);
    expect(code(bad[0]?.[0])).toBe("#VALUE!");
    expect((bad[0]?.[0] as Err).message).toContain("sideways");
  });
  it("T30 and T31", () => {
    expect(F.neededGrowth([[8]], [[6.5]], [[10 / 12]])[0]?.[0]).toBeCloseTo(15.5, 1);
    expect(F.neededGrowthLevels([[500]], [[8]], [[430]], [[410]])[0]?.[0]).toBeCloseTo(22.2, 1);
    expect(code(F.neededGrowth([[8]], [[6.5]], [[10]])[0]?.[0])).toBe("#NUM!");
  });
  it("COMPLETION decrease with signed rates (T26) and a mixed sign", () => {
    expect(F.completionRate([[-15]], [[-10]], [["下降"]])[0]?.[0]).toBeCloseTo(94.44, 2);
    const bad = F.completionRate([[3]], [[-10]], [["下降"]])[0]?.[0];
    expect(code(bad)).toBe("#NUM!");
    expect((bad as Err).message).toContain("同号");
  });
  it("NEEDED_LEVELS with no prior-year remainder (B_full ≤ B_done) → #NUM! with a message", () => {
    const r = F.neededGrowthLevels([[500]], [[8]], [[430]], [[600]])[0]?.[0];
    expect(code(r)).toBe("#NUM!");
    expect((r as Err).message).toContain("上年全年 500");
    expect(code(F.neededGrowthLevels([[500]], [[8]], [[430]], [[500]])[0]?.[0])).toBe("#NUM!");
  });
});

describe("TARGET / ON_TRACK / GAP", () => {
  it("TARGET spills 1×3 per target, one row per cell", () => {
    expect(F.targetParts([["增长6%左右", "控制在5%以内", "突破13亿元"]])).toEqual([
      [6, "左右", 1],
      [5, "以内", -1],
      [13, "突破", 1],
    ]);
    const out = F.targetParts([["abc"], [null], [7]]);
    expect(out[0]?.map(code)).toEqual(["#VALUE!", "#VALUE!", "#VALUE!"]);
    expect(out[1]).toEqual(["", "", ""]);
    expect(out[2]).toEqual([7, "", 1]);
  });
  it("ON_TRACK against text and numeric targets, with tolerance", () => {
    const out = F.onTrackStatus(
      [[6.1], [5.8], [5.8], [4.9]],
      [["6%左右"], ["6%左右"], ["6%以上"], ["控制在5%以内"]],
      null as never,
      [[0.5]],
    );
    expect(out.map((r) => r[0])).toEqual(["达标", "基本达标", "未达标", "达标"]);
  });
  it("ON_TRACK with progress as a number or a label", () => {
    const out = F.onTrackStatus([[60], [40], [50]], [[null]], [["1-6月"], [50], [50]]);
    expect(out.map((r) => r[0])).toEqual(["快于序时进度", "慢于序时进度", "与序时进度持平"]);
  });
  it("ON_TRACK: direction −1 for a numeric lower-is-better target (失业率 5.5)", () => {
    expect(
      F.onTrackStatus([[5.2], [5.8]], [[5.5]], null as never, null as never, [[-1]]).map((r) => r[0]),
    ).toEqual(["达标", "未达标"]);
    expect(F.onTrackStatus([[5.2]], [[5.5]])[0]?.[0]).toBe("未达标");
    expect(code(F.onTrackStatus([[5.2]], [[5.5]], null as never, null as never, [[2]])[0]?.[0])).toBe(
      "#VALUE!",
    );
  });
  it("ON_TRACK: blank actual → blank; bad target → #VALUE!", () => {
    expect(F.onTrackStatus([[null]], [[6]])[0]?.[0]).toBe("");
    expect(code(F.onTrackStatus([[5]], [["??"]])[0]?.[0])).toBe("#VALUE!");
  });
  it("GAP T18 with numeric and text targets", () => {
    const out = F.gapToTarget([[23.1], [-12.6], [14]], [[8], ["增长8%左右"], ["突破13亿元"]]);
    expect(out[0]?.[0]).toBeCloseTo(15.1, 10);
    expect(out[1]?.[0]).toBeCloseTo(-20.6, 10);
    expect(out[2]?.[0]).toBe(1);
  });
});

describe("RANK", () => {
  const peers = deepFreeze([[15.8], [10.7], [8.0], [7.4], [7.4], [7.4], [7.4], [7.2]]);
  it("T32 competition and T33 dense over the whole range", () => {
    expect(F.rankAmong(peers, peers).map((r) => r[0])).toEqual([1, 2, 3, 4, 4, 4, 4, 8]);
    expect(F.rankAmong([[7.2]], peers, 0, 1)[0]?.[0]).toBe(5);
    expect(F.rankAmong([[7.2]], peers, 1)[0]?.[0]).toBe(1);
  });
  it("digits ties at published precision; blanks and status words in peers are skipped", () => {
    expect(F.rankAmong([[7.36]], [[7.36, 7.44, 8]], null, null, 1)[0]?.[0]).toBe(2);
    expect(F.rankAmong([[5, "扭亏", null]], [[9, "扭亏", null, 5, "—"]])).toEqual([[2, "不参与排位", ""]]);
  });
  it("a text value is 'not ranked' in English Excel, as IND.RANK_TEXT says", () => {
    setLanguage("en");
    expect(F.rankAmong([["扭亏"]], [[9, 5]])).toEqual([["not ranked"]]);
  });
  it("errors: value not in peers #N/A, bad order #VALUE!, no peers #N/A, error peer propagates", () => {
    expect(code(F.rankAmong([[3]], [[1, 2]])[0]?.[0])).toBe("#N/A");
    expect(code(F.rankAmong([[1]], [[1, 2]], 3)[0]?.[0])).toBe("#VALUE!");
    expect((F.rankAmong([[1]], [[1, 2]], 3)[0]?.[0] as Err).message).toContain("order");
    expect(code(F.rankAmong([[1]], [[null]])[0]?.[0])).toBe("#N/A");
    expect(code(F.rankAmong([[1]], [[1, { code: "#DIV/0!", type: "Error" }]])[0]?.[0])).toBe("#DIV/0!");
    expect(code(F.rankAmong([[1]], [[1, 2]], [[0, 1]])[0]?.[0])).toBe("#VALUE!");
  });
  it("omitted options may arrive as the Invocation object (stale metadata cache)", () => {
    expect(F.rankAmong([[7.2]], peers, invocation)[0]?.[0]).toBe(8);
  });
});

describe("NUM / CONVERT", () => {
  it("the issue's examples", () => {
    const out = F.numberOf(
      [["35.6亿元"], ["1.35亿千瓦"], ["6%"], ["三分之一"], ["一千二百"], ["2800余万元"]],
      [["万元"], [null], [null], [null], [null], [null]],
    );
    expect(out.map((r) => r[0])).toEqual([356000, 135000000, 6, 1 / 3, 1200, 28000000]);
  });
  it("a number passes through; a blank is blank; unreadable text is #VALUE! naming it", () => {
    const out = F.numberOf([[12.5, null, "很多"]]);
    expect(out[0]?.[0]).toBe(12.5);
    expect(out[0]?.[1]).toBe("");
    expect((out[0]?.[2] as Err).message).toBe("读不出数量：“很多”");
  });
  it("CONVERT across a range; incompatible units name both", () => {
    expect(F.convertUnit([[35.6, 1]], [["亿元"]], [["万元"]])).toEqual([[356000, 10000]]);
    const e = F.convertUnit([[1]], [["亿元"]], [["万千瓦"]])[0]?.[0] as Err;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("单位不能换算：亿元 与 万千瓦 不是同类单位");
    setLanguage("en");
    expect((F.convertUnit([[1]], [["亿元"]], [["万千瓦"]])[0]?.[0] as Err).message).toBe(
      "Cannot convert: 亿元 and 万千瓦 are different kinds of unit",
    );
  });
});
