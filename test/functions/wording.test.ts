import fc from "fast-check";
import {
  wordingCompare,
  wordingFormat,
  wordingPhrase,
  wordingRankChange,
  wordingRankText,
} from "../../src/functions/wording";
import { rankAmong } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/runtime";

type Err = { code: string; message: string };
const isErr = (x: unknown): x is Err => x instanceof Error && typeof (x as unknown as Err).code === "string";
const codeOf = (x: unknown) => (isErr(x) ? x.code : x);
/** A whole-call failure: the wrapper returns a 1×1 grid holding the Excel error (runtime guard). */
function whole(out: unknown[][]): Err {
  expect(out.length).toBe(1);
  expect(out[0]!.length).toBe(1);
  const e = out[0]![0];
  if (!isErr(e)) throw new Error(`expected an error, got ${JSON.stringify(out)}`);
  return e;
}

beforeAll(() => setLanguage("zh"));
afterAll(() => setLanguage(null));

describe("IND.FORMAT(rate, [kind], [digits], [lang])", () => {
  it("T39–T41 over a range, blanks give a visible blank", () => {
    expect(wordingFormat([[6.1], [-5.4], [0.04], [-0.04], [179], [110], [null], [""]])).toEqual([
      ["增长6.1%"],
      ["下降5.4%"],
      ["持平"],
      ["持平"],
      ["增长1.79倍"],
      ["增长1.10倍"],
      [""],
      [""],
    ]);
  });
  it("kind price and 2 decimals; a scalar kind broadcasts", () => {
    expect(wordingFormat([[2.05, -0.3]], [["价格"]])).toEqual([["上涨2.1%", "下降0.3%"]]);
    expect(wordingFormat([[0.69]], [["growth"]], [[2]])).toEqual([["增长0.69%"]]);
  });
  it("numeric text in percent is read as the number the user sees", () => {
    expect(wordingFormat([["6.1%"]])).toEqual([["增长6.1%"]]);
  });
  it("status words from IND.GROWTH become phrases", () => {
    expect(wordingFormat([["扭亏", "增亏", "—"]])).toEqual([["扭亏为盈", "增亏", "不计算增速"]]);
  });
  it("English gloss with lang en", () => {
    expect(wordingFormat([[6.1]], null as any, null as any, [["en"]])).toEqual([["up 6.1%"]]);
  });
  it("bad cells are per-cell Excel errors with a Chinese message", () => {
    const out = wordingFormat([["abc", 5, Infinity]]);
    expect(codeOf(out[0]![0])).toBe("#VALUE!");
    expect((out[0]![0] as Err).message).toContain("需要数值");
    expect(out[0]![1]).toBe("增长5.0%");
    expect(codeOf(out[0]![2])).toBe("#NUM!");
    const fall = wordingFormat([[-150]])[0]![0];
    expect(codeOf(fall)).toBe("#NUM!");
    expect((fall as Err).message).toContain("100%");
    expect(codeOf(wordingFormat([[5]], [["cpi"]])[0]![0])).toBe("#VALUE!");
    expect(codeOf(wordingFormat([[5]], null as any, [[9]])[0]![0])).toBe("#VALUE!");
  });
  it("an error cell passed in comes out as an error in its cell", () => {
    const out = wordingFormat([[{ type: "Error", code: "#DIV/0!" }, 3]]);
    expect(isErr(out[0]![0])).toBe(true);
    expect(out[0]![1]).toBe("增长3.0%");
  });
  it("mismatched shapes are #VALUE! naming both sizes", () => {
    const e = whole(wordingFormat([[1, 2, 3]], [["增长", "价格"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/1×3|1×2/);
  });
  it("an Invocation object in an optional slot (stale metadata cache) counts as omitted", () => {
    expect(wordingFormat([[6.1]], { functionName: "FORMAT", address: "A1" } as any)).toEqual([["增长6.1%"]]);
  });
  it("English error messages when Excel is English", () => {
    setLanguage("en");
    const out = wordingFormat([["abc"]]);
    expect((out[0]![0] as Err).message).toMatch(/Expected a number/);
    setLanguage("zh");
  });
});

describe("IND.COMPARE(rate, reference, [name], [digits], [lang])", () => {
  it("T17/T45: 8.5 vs 6.4 → 高于全盟平均2.1个百分点", () => {
    expect(wordingCompare([[8.5]], [[6.4]], [["全盟平均"]])).toEqual([["高于全盟平均2.1个百分点"]]);
  });
  it("broadcasts one reference against a column of rates", () => {
    expect(wordingCompare([[8.1], [5.9], [6.43]], [[6.4]], [["全省"]])).toEqual([
      ["高于全省1.7个百分点"],
      ["低于全省0.5个百分点"],
      ["与全省持平"],
    ]);
  });
  it("default name, blanks", () => {
    expect(wordingCompare([[5, null]], [[3, 3]])).toEqual([["高于平均水平2.0个百分点", ""]]);
  });
});

describe("IND.RANK_TEXT(value, peers, scope, [order], [digits], [lang])", () => {
  const peers = [[15.8], [10.7], [8.0], [7.4], [7.4], [7.4], [7.4], [7.2], [null]];
  it("T32: ties as 并列, first place as 首位, blanks in peers skipped", () => {
    expect(wordingRankText([[7.4], [7.2], [15.8]], peers, [["全国"]])).toEqual([
      ["并列全国第4位"],
      ["居全国第8位"],
      ["居全国首位"],
    ]);
  });
  it("ranks a whole column against itself in one call", () => {
    const col = [[3.1], [8.5], [6.4], [8.5]];
    expect(wordingRankText(col, col, [["全盟"]])).toEqual([
      ["居全盟第4位"],
      ["并列全盟首位"],
      ["居全盟第3位"],
      ["并列全盟首位"],
    ]);
  });
  it("order 1 ranks the smallest first", () => {
    expect(wordingRankText([[2.1]], [[2.1], [3.5]], [["全盟"]], [[1]])).toEqual([["居全盟首位"]]);
  });
  it("a value not among the peers is #N/A in its cell; no peers and a bad order fail the call", () => {
    expect(codeOf(wordingRankText([[6], [5]], [[5], [7]], [["全盟"]])[0]![0])).toBe("#N/A");
    expect(wordingRankText([[6], [5]], [[5], [7]], [["全盟"]])[1]![0]).toBe("居全盟第2位");
    expect(whole(wordingRankText([[6]], [[null], [""]], [["全盟"]])).code).toBe("#N/A");
    expect(whole(wordingRankText([[6]], [["高"], ["扭亏"]], [["全盟"]])).code).toBe("#N/A");
    // A status word from IND.GROWTH is not ranked and is not a peer (as IND.RANK).
    expect(wordingRankText([["扭亏"], [6]], [[6], ["扭亏"], [3]], [["全盟"]])).toEqual([
      ["不参与排位"],
      ["居全盟首位"],
    ]);
    expect(
      wordingRankText([["增亏"]], [[6], [3]], [["全盟"]], null as never, null as never, [["en"]]),
    ).toEqual([["not ranked"]]);
    expect(whole(wordingRankText([[6]], [[6]], [["全盟"]], [[2]])).code).toBe("#VALUE!");
  });
  it("any text that is not a number is not ranked, as in IND.RANK: a text value gives 不参与排位, a text peer is skipped", () => {
    // Text peers (a note, a status word, a dash, TRUE) are not peers; they do not fail the call.
    expect(wordingRankText([[6], [3]], [[6], ["高"], ["—"], ["扭亏"], [true], [3]], [["全盟"]])).toEqual([
      ["居全盟首位"],
      ["居全盟第2位"],
    ]);
    // A text value, whatever it says, is not ranked (zh by default, en with lang "en").
    expect(wordingRankText([["高"], ["n/a"], ["—"], [true], [6]], [[6], ["高"], [3]], [["全盟"]])).toEqual([
      ["不参与排位"],
      ["不参与排位"],
      ["不参与排位"],
      ["不参与排位"],
      ["居全盟首位"],
    ]);
    expect(wordingRankText([["高"]], [[6], [3]], [["全盟"]], null as never, null as never, [["en"]])).toEqual(
      [["not ranked"]],
    );
    // Numeric text is a number, as everywhere ("6.1%" → 6.1).
    expect(wordingRankText([["6.1%"]], [[6.1], ["3"]], [["全盟"]])).toEqual([["居全盟首位"]]);
  });
  it("an error cell keeps its own error, in the value (that cell) or among the peers (the call); a blank stays blank", () => {
    const out = wordingRankText(
      [[{ type: "Error", code: "#DIV/0!" }], [{ type: "Error", code: "#N/A" }], [null], [""], [3]],
      [[6], [3]],
      [["全盟"]],
    );
    expect(out.map((r) => codeOf(r[0]))).toEqual(["#DIV/0!", "#N/A", "", "", "居全盟第2位"]);
    expect(whole(wordingRankText([[6]], [[6], [{ type: "Error", code: "#DIV/0!" }]], [["全盟"]])).code).toBe(
      "#DIV/0!",
    );
    expect(whole(wordingRankText([[6]], [[6], ["#NUM!"]], [["全盟"]])).code).toBe("#NUM!");
  });
  it("agrees with IND.RANK cell by cell on any mix of numbers, text, blanks and errors", () => {
    const cellArb = fc.oneof(
      fc.integer({ min: -50, max: 50 }).map((n) => n / 4),
      fc.constantFrom("扭亏", "高", "—", "6.1%", "", "n/a", " ", true, false, null),
      fc.constant({ type: "Error", code: "#DIV/0!" }),
    );
    const col = fc.array(cellArb, { minLength: 1, maxLength: 8 }).map((xs) => xs.map((x) => [x]));
    const place = (text: string) => {
      if (/^(居|并列)全盟首位$/.test(text)) return 1;
      const m = /^(?:居|并列)全盟第(\d+)位$/.exec(text);
      return m ? Number(m[1]) : text;
    };
    fc.assert(
      fc.property(col, col, (values, peers) => {
        const rank = rankAmong(values, peers, 0, 0, 1);
        const text = wordingRankText(values, peers, [["全盟"]]);
        if (rank.length === 1 && rank[0]!.length === 1 && values.length > 1) {
          // A whole-call failure (a peer error, no numeric peer): the same Excel error.
          expect(codeOf(text[0]![0])).toBe(codeOf(rank[0]![0]));
          return;
        }
        expect(text.map((r) => r.map((c) => (typeof c === "string" ? place(c) : codeOf(c))))).toEqual(
          rank.map((r) => r.map((c) => codeOf(c))),
        );
      }),
      { numRuns: 500 },
    );
  });
  it("does not mutate the peers", () => {
    const p = [[3], [1], [2]];
    const copy = JSON.parse(JSON.stringify(p));
    wordingRankText([[2]], p, [["全盟"]]);
    expect(p).toEqual(copy);
  });
});

describe("IND.RANK_CHANGE(previous, current, [style], [label], [lang])", () => {
  it("T34: 7 → 5 is 前移2位 / 提升2位", () => {
    expect(wordingRankChange([[7]], [[5]])).toEqual([["前移2位"]]);
    expect(wordingRankChange([[7]], [[5]], [[1]])).toEqual([["提升2位"]]);
  });
  it("over a range, with a label", () => {
    expect(wordingRankChange([[3, 4, 4]], [[4, 4, 1]], null as any, [["1-9月"]])).toEqual([
      ["较1-9月后退1位", "位次与1-9月持平", "较1-9月前移3位"],
    ]);
  });
  it("bad ranks are #VALUE! per cell", () => {
    const out = wordingRankChange([[0, 2.5]], [[1, 1]]);
    expect(out[0]!.map(codeOf)).toEqual(["#VALUE!", "#VALUE!"]);
  });
});

describe("IND.PHRASE(indicator, period, value, unit, growth, …)", () => {
  it("T45 exactly", () => {
    expect(
      wordingPhrase(
        [["全旗规上工业增加值"]],
        [["1-10月"]],
        [[null]],
        [[null]],
        [[8.5]],
        [[6.4]],
        [["全盟平均"]],
        [[3]],
        [["全盟"]],
      ),
    ).toEqual([["1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位"]]);
  });
  it("one sentence per row of a table, with levels, ranks and rank changes", () => {
    const out = wordingPhrase(
      [["地区生产总值"], ["固定资产投资"], [""]],
      [["1-10月"]],
      [[120.351], [null], [null]],
      [["亿元"], [null], [null]],
      [[6.14], [-3.2], [null]],
      null as any,
      null as any,
      [[2], [1], [null]],
      [["全盟"]],
      [[4], [1], [null]],
    );
    expect(out).toEqual([
      ["1-10月，地区生产总值完成120.35亿元，同比增长6.1%，居全盟第2位，前移2位"],
      ["1-10月，固定资产投资同比下降3.2%，居全盟首位，位次不变"],
      [""],
    ]);
  });
  it("issue 6 example: with the earlier period's growth and label, and the rank change named", () => {
    expect(
      wordingPhrase(
        [["全旗规上工业增加值"]],
        [["1-10月"]],
        [[null]],
        [[null]],
        [[8.5]],
        [[6.4]],
        null as any,
        [[3]],
        [["全盟"]],
        [[5]],
        [[8.8]],
        [["1-9月"]],
      ),
    ).toEqual([
      [
        "1-10月，全旗规上工业增加值同比增长8.5%，增速比1-9月回落0.3个百分点，高于全盟平均2.1个百分点，居全盟第3位，较1-9月前移2位",
      ],
    ]);
  });
  it("lang en as the last argument", () => {
    const out = wordingPhrase(
      [["GDP"]],
      [[""]],
      [[null]],
      [[null]],
      [[6.1]],
      ...(Array(7).fill(null) as any[]),
      [["en"]],
    );
    expect(out).toEqual([["GDP: up 6.1% year on year"]]);
  });
  it("a row with neither level nor growth is #VALUE! in its cell", () => {
    const out = wordingPhrase([["地区生产总值"]], [["1-10月"]], [[null]], [[null]], [[null]]);
    expect(codeOf(out[0]![0])).toBe("#VALUE!");
    expect((out[0]![0] as Err).message).toContain("需要总量或增速");
  });
  it("status word growth", () => {
    expect(wordingPhrase([["工业企业利润"]], [[""]], [[null]], [[null]], [["扭亏"]])).toEqual([
      ["工业企业利润同比扭亏为盈"],
    ]);
  });
});

describe("no exception escapes a wording wrapper, and no -0/NaN reaches a cell (fuzz)", () => {
  const junk = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 12 }),
    fc.constantFrom(
      null,
      "",
      " ",
      "abc",
      "扭亏",
      "6.1%",
      "价格",
      "en",
      true,
      NaN,
      Infinity,
      -0,
      1e308,
      -1e-308,
    ),
    fc.constant({ type: "Error", code: "#N/A" }),
  );
  const grid = fc.oneof(
    junk.map((x) => [[x]]),
    fc.array(fc.array(junk, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    fc.constant([] as unknown[][]),
  );
  const fns: [string, (...a: any[]) => any[][], number][] = [
    ["FORMAT", wordingFormat, 4],
    ["COMPARE", wordingCompare, 5],
    ["RANK_TEXT", wordingRankText, 6],
    ["RANK_CHANGE", wordingRankChange, 5],
    ["PHRASE", wordingPhrase, 13],
  ];
  it.each(fns)("%s", (_id, fn, arity) => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: arity, maxLength: arity }), (args) => {
        const out = fn(...args); // must not throw
        expect(Array.isArray(out) && out.length > 0).toBe(true);
        for (const row of out)
          for (const c of row) {
            if (typeof c === "number") expect(Number.isFinite(c) && !Object.is(c, -0)).toBe(true);
            else if (typeof c === "string") expect(c).not.toMatch(/-0\.0|NaN|Infinity|undefined|\{\w+\}/);
            else expect(isErr(c)).toBe(true);
          }
      }),
      { numRuns: Number(process.env.IND_FUZZ_RUNS ?? 1000) },
    );
  });
});
