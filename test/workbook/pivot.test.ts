import fc from "fast-check";
import { computeSummary, PIVOT_BLANK, PIVOT_TOTAL } from "../../src/workbook/pivot";
import { isValidSheetName, sanitizeTableName, uniqueHeaders } from "../../src/workbook/names";
import type { CellValue } from "../../src/workbook/types";

describe("computeSummary", () => {
  const header = ["类别", "状态", "金额"];
  const rows: CellValue[][] = [
    ["经济", "达标", 10],
    ["工业", "未达标", 5],
    ["经济", "未达标", "n/a"],
    [null, "达标", 1],
  ];

  test("sum by rows × columns, blanks as (空白) last, text ignored by sum, 总计 row and column", () => {
    const s = computeSummary(header, rows, {
      name: "P",
      sourceTable: "T",
      rows: ["类别"],
      columns: ["状态"],
      values: [{ field: "金额", summarize: "sum" }],
    });
    expect(s.header).toEqual(["类别", "达标", "未达标", "总计"]);
    expect(s.rows).toEqual([
      ["工业", null, 5, 5],
      ["经济", 10, 0, 10], // a group holding only text sums to 0, as in Excel
      [PIVOT_BLANK, 1, null, 1],
      [PIVOT_TOTAL, 11, 5, 16],
    ]);
  });

  test("no row fields: one 总计 row; several values get their own labels", () => {
    const s = computeSummary(header, rows, {
      name: "P",
      sourceTable: "T",
      rows: [],
      values: [
        { field: "金额", summarize: "count" },
        { field: "金额", summarize: "sum" },
      ],
    });
    expect(s.header).toEqual(["列1", "计数项:金额", "求和项:金额"]);
    expect(s.rows).toEqual([[PIVOT_TOTAL, 4, 16]]);
  });

  test("property: the grand total equals the number of non-empty cells / the sum of numbers, and parts add up", () => {
    const cell = fc.oneof(fc.constantFrom("甲", "乙", "丙", null, ""), fc.integer({ min: -50, max: 50 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 40 }), (data) => {
        const s = computeSummary(["a", "b", "v"], data, {
          name: "P",
          sourceTable: "T",
          rows: ["a"],
          columns: ["b"],
          values: [{ field: "v", summarize: "count" }],
        });
        const total = s.rows[s.rows.length - 1] as CellValue[];
        const grand = total[total.length - 1];
        expect(grand).toBe(data.filter((r) => r[2] !== null && r[2] !== "").length);
        const body = s.rows.slice(0, -1);
        const sumRowTotals = body.reduce((acc, r) => acc + Number(r[r.length - 1] ?? 0), 0);
        expect(sumRowTotals).toBe(grand);
        const sums = computeSummary(["a", "b", "v"], data, {
          name: "P",
          sourceTable: "T",
          rows: ["a"],
          values: [{ field: "v", summarize: "sum" }],
        });
        const expected = data.reduce((acc, r) => acc + (typeof r[2] === "number" ? r[2] : 0), 0);
        const got = sums.rows[sums.rows.length - 1]?.[1];
        expect(got ?? 0).toBe(expected);
      }),
    );
  });
});

describe("Excel naming rules", () => {
  test("property: sanitised table names are legal and unique whatever the input", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 20 }), (wanted) => {
        const taken = new Set<string>();
        for (const w of wanted) {
          let name: string;
          try {
            name = sanitizeTableName(w, taken);
          } catch (e) {
            expect((e as { key?: string }).key).toBe("wbBadTableName");
            continue;
          }
          expect(name.length).toBeLessThanOrEqual(255);
          expect(name).toMatch(/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u);
          expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
          expect(taken.has(name.toLowerCase())).toBe(false);
          taken.add(name.toLowerCase());
        }
      }),
    );
  });

  test("sheet names and headers", () => {
    expect(isValidSheetName("指标跟踪")).toBe(true);
    for (const bad of ["", " ", "a:b", "a/b", "[x]", "'x", "x'", "x".repeat(32), "History"])
      expect(isValidSheetName(bad)).toBe(false);
    expect(uniqueHeaders(["指标", null, "指标", "", "INDEX", "index"])).toEqual([
      "指标",
      "列2",
      "指标2",
      "列4",
      "INDEX",
      "index2",
    ]);
  });
});

describe("sanitizeTableName", () => {
  test.each(["A1", "XFD1048576", "XFE0", "r1c1", "R", "c"])(
    "prefixes %p, which looks like a cell reference",
    (w) => {
      expect(sanitizeTableName(w, new Set())).toBe(`_${w}`);
    },
  );
  test("keeps an ordinary name and makes a taken one unique", () => {
    expect(sanitizeTableName("指标跟踪", new Set())).toBe("指标跟踪");
    expect(sanitizeTableName("指标跟踪", new Set(["指标跟踪"]))).toBe("指标跟踪_2");
  });
});
