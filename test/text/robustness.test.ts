/**
 * Bad text never throws, hangs or invents numbers: binary junk, a 1 MB single line, deeply nested brackets,
 * mojibake, lone surrogates, random strings. Assertions are on behaviour and output sanity, not on timing
 * (speed is in scripts/bench/extract.ts).
 */
import fc from "fast-check";
import { extractDetailed, extractRecords } from "../../src/text/extract";
import { splitLines } from "../../src/text/normalize";
import type { IndicatorRecord } from "../../src/text/types";

function sane(text: string, records: IndicatorRecord[]): void {
  const lines = splitLines(text);
  for (const r of records) {
    expect(Number.isInteger(r.line)).toBe(true);
    expect(lines[r.line - 1]).toContain(r.quote);
    if (typeof r.value === "number") expect(Number.isFinite(r.value)).toBe(true);
    if (Array.isArray(r.value))
      for (const p of r.value) if (p !== null) expect(Number.isFinite(p)).toBe(true);
  }
}

/** Every number a record claims must be written in its quote (as digits, a Chinese numeral, x or a rank word). */
function noInventedNumbers(records: IndicatorRecord[]): void {
  for (const r of records) expect(r.quote).toMatch(/[\d０-９x〇一二两三四五六七八九十百千万亿首番]/);
}

describe("robustness", () => {
  it("returns [] for non-strings and empty text", () => {
    expect(extractRecords("")).toEqual([]);
    expect(extractRecords(undefined as unknown as string)).toEqual([]);
    expect(extractRecords(42 as unknown as string)).toEqual([]);
  });

  it("reads binary junk without throwing and without records from noise", () => {
    let junk = "";
    let seed = 12345;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 0x80);
    }
    const recs = extractRecords(junk);
    sane(junk, recs);
    // Control characters and ASCII noise hold no Chinese units, so nothing is a tracked figure.
    expect(recs.filter((r) => r.unit !== "%" && r.unit !== null)).toEqual([]);
  });

  it("handles a 1 MB single line of report text", () => {
    const sentence = "地区生产总值增长6.1%，一般公共预算收入完成35.6亿元，居全区首位；";
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const recs = extractRecords(line);
    const reps = Math.ceil(1_000_000 / sentence.length);
    expect(recs.length).toBe(reps * 3);
    expect(recs.filter((r) => r.metric === "growth" && r.value === 6.1).length).toBe(reps);
    expect(recs.every((r) => r.line === 1)).toBe(true);
  });

  it("handles a 1 MB line of digits and one without any break", () => {
    const digits = "1234567890".repeat(100_000);
    expect(() => extractRecords(digits)).not.toThrow();
    const noBreak = "增长".repeat(250_000) + "6%";
    const recs = extractRecords(noBreak);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ metric: "growth", value: 6, unit: "%" });
  });

  it("handles a 300 KB clause of list items before 分别, 惠及 and counts (no regex backtracking blow-up)", () => {
    const items = "行政权力、公共服务事项、".repeat(25_000);
    const text =
      `${items}网上可办率和全程网办率分别达到96%和85%。` +
      `发放${"草原补奖、".repeat(25_000)}等政策资金1.1亿元，惠及农牧民1.5万户。` +
      `${"5兆瓦".repeat(2_000)}风机260套，${"4.2个".repeat(200)}站。`;
    const recs = extractRecords(text);
    sane(text, recs);
    expect(recs.filter((r) => r.unit === "%").map((r) => r.value)).toEqual([96, 85]);
    expect(recs.some((r) => r.value === 1.5 && r.unit === "万户")).toBe(true);
  });

  it("stays linear on one clause of 20,000 listed values, ranks, colon-split clauses and a 分别 list", () => {
    // Each shape was quadratic at some point (seconds at this size); linear it takes well under the timeout.
    expect(extractRecords(`粮食产量${"5吨、".repeat(20_000)}6吨。`)).toHaveLength(20_001);
    expect(extractRecords(`${"产值排全市第3位".repeat(20_000)}。`)).toHaveLength(20_000);
    expect(extractRecords(`开头，${"工业增加值增长5%：".repeat(20_000)}`)).toHaveLength(20_000);
    const list = extractRecords(`城乡居民收入分别增长${"5%、".repeat(20_000)}6%。`);
    expect(list).toHaveLength(20_001);
    expect(list.every((r) => r.metric === "growth")).toBe(true);
  });

  it("handles deeply nested brackets", () => {
    const nested =
      "（".repeat(50_000) +
      "地区生产总值增长6%" +
      "）".repeat(50_000) +
      "(".repeat(20_000) +
      ")".repeat(20_000);
    const recs = extractRecords(nested);
    sane(nested, recs);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ value: 6, unit: "%" });
  });

  it("handles mojibake spans, private-use characters and lone surrogates", () => {
    const text = "规上工业企业\uE000\uE001853家，\uD800增长\uDC00x，���亿元，ÃƒÂ©增长??%，地区生产总值增长6%";
    const recs = extractRecords(text);
    sane(text, recs);
    noInventedNumbers(recs);
    expect(recs.map((r) => r.value)).toEqual([853, 6]);
  });

  it("property: any string gives sane records whose quotes sit in their lines", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        "增长",
        "6",
        "%",
        "亿元",
        "x",
        "：",
        "，",
        "。",
        "第",
        "首位",
        "分别",
        "和",
        "均",
        "（",
        "）",
        "\n",
        "万",
        "一千",
        "余",
        "—",
        "/",
        "预计",
        "力争",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const { records, spans } = extractDetailed(text);
        expect(spans).toHaveLength(records.length);
        sane(text, records);
        noInventedNumbers(records);
        const lines = splitLines(text);
        records.forEach((r, i) => {
          const sp = spans[i]!;
          expect(lines[r.line - 1]!.slice(sp.quoteStart, sp.quoteEnd)).toBe(r.quote);
          expect(sp.valueStart).toBeGreaterThanOrEqual(sp.quoteStart);
          expect(sp.valueEnd).toBeLessThanOrEqual(sp.quoteEnd);
        });
      }),
      { numRuns: 500 },
    );
  });
});
