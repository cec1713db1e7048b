/** IND.EXTRACT as Excel calls it: a cell or a range of text in, a spilled table out, errors as Excel errors. */
import { extract } from "../../src/functions/extract";
import { setLanguage } from "../../src/functions/runtime";

type Err = Error & { code: string };

beforeEach(() => setLanguage("zh"));
afterAll(() => setLanguage(null));

async function error(p: Promise<unknown>): Promise<Err> {
  try {
    await p;
  } catch (e) {
    return e as Err;
  }
  throw new Error("expected an error");
}

describe("IND.EXTRACT", () => {
  it("spills a header row and one row per record", async () => {
    const out = await extract("地区生产总值增长6%左右，规上工业增加值增长6.5%。", undefined);
    expect(out[0]).toEqual(["指标", "类别", "时期", "口径", "数值", "单位", "限定", "范围", "行号", "原文"]);
    expect(out.slice(1).map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ["地区生产总值", 6, "%", "左右"],
      ["规上工业增加值", 6.5, "%", ""],
    ]);
  });

  it("reads a range as lines, skipping blanks, and honours a column list", async () => {
    const out = await extract(
      [["一般公共预算收入完成1.2亿元"], [null], ["城镇新增就业848人"]],
      "指标,数值,单位,行号",
    );
    expect(out).toEqual([
      ["指标", "数值", "单位", "行号"],
      ["一般公共预算收入", 1.2, "亿元", 1],
      ["城镇新增就业", 848, "人", 2],
    ]);
  });

  it("converts traditional text (the converter loads on demand)", async () => {
    const out = await extract("地區生產總值增長(zhǎng)６％", "indicator,value");
    expect(out).toEqual([
      ["指标", "数值"],
      ["地区生产总值", 6],
    ]);
  });

  it("gives headers in English when Excel is in English", async () => {
    setLanguage("en");
    const out = await extract("增长6%", "indicator,kind,metric");
    expect(out[0]).toEqual(["Indicator", "Kind", "Metric"]);
    expect(out[1]).toEqual(["", "actual", "growth"]);
  });

  it("returns just the header for text without figures, and for a blank cell", async () => {
    expect(await extract("同志们：", "indicator")).toEqual([["指标"]]);
    expect(await extract(null, "indicator")).toEqual([["指标"]]);
  });

  it("answers #VALUE! with a message for an unknown column or an error cell", async () => {
    const e = await error(extract("增长6%", "指标,颜色"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("颜色");
    const e2 = await error(extract("#N/A", undefined));
    expect(e2.code).toBe("#VALUE!");
  });

  it("treats an Invocation object in the optional slot as omitted", async () => {
    const out = await extract("增长6%", { functionName: "IND.EXTRACT", address: "A1" });
    expect(out[0]).toHaveLength(10);
  });
});
