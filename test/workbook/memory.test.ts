import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError } from "../../src/workbook/errors";
import { OWNED_SHEET_IDS_KEY, OWNED_SHEETS_KEY, type SheetSpec } from "../../src/workbook/types";

const data = () =>
  new MemoryWorkbook([
    {
      name: "数据",
      values: [
        [null, null, null],
        [null, "指标", "增速"],
        [null, "地区生产总值", 6.1],
        [null, "规上工业增加值", -2],
      ],
      formulas: [[], [], [null, null, "=C3*1"]],
      merges: [{ top: 1, left: 1, rows: 1, cols: 1 }],
    },
    { name: "空", values: [] },
  ]);

const spec = (over: Partial<SheetSpec> = {}): SheetSpec => ({
  sheet: "指标跟踪",
  title: ["2024年1-10月指标跟踪", "示例数据"],
  tables: [
    {
      name: "跟踪表",
      header: ["指标", "类别", "增速", "目标", "状态"],
      rows: [
        ["地区生产总值", "经济", { formula: "=IND.GROWTH(B2,C2)", value: 6.1 }, 6, "达标"],
        ["规上工业增加值", "工业", -2, 7, "未达标"],
        ["固定资产投资", "经济", 3, 5, "基本达标"],
      ],
      numberFormats: [null, null, "0.0", "0.0", null],
      statusFormats: [{ column: 4, fills: { 达标: "#C6EFCE", 未达标: "#FFC7CE" } }],
      chart: { type: "columnClustered", title: "增速与目标", categoryColumn: 0, seriesColumns: [2, 3] },
    },
  ],
  pivots: [
    {
      name: "状态汇总",
      sourceTable: "跟踪表",
      rows: ["类别"],
      columns: ["状态"],
      values: [{ field: "指标", summarize: "count" }],
    },
  ],
  ...over,
});

describe("MemoryWorkbook: reading", () => {
  test("lists sheets, reads the used range with formulas and merges", async () => {
    const wb = data();
    expect(await wb.listSheets()).toEqual(["数据", "空"]);
    const b = await wb.readSheet("数据");
    expect([b.top, b.left]).toEqual([1, 1]);
    expect(b.values).toEqual([
      ["指标", "增速"],
      ["地区生产总值", 6.1],
      ["规上工业增加值", -2],
    ]);
    expect(b.formulas?.[1]?.[1]).toBe("=C3*1");
    expect(b.merges).toEqual([{ top: 1, left: 1, rows: 1, cols: 1 }]);
  });

  test("an empty sheet is an empty block at 0,0; an unknown sheet is a clear error", async () => {
    const wb = data();
    expect(await wb.readSheet("空")).toMatchObject({ top: 0, left: 0, values: [] });
    await expect(wb.readSheet("无")).rejects.toBeInstanceOf(WorkbookError);
    await expect(wb.readSheet("无")).rejects.toMatchObject({ key: "wbSheetNotFound" });
  });

  test("sheet names are case-insensitive, as in Excel", async () => {
    const wb = new MemoryWorkbook([{ name: "Data", values: [[1]] }]);
    expect((await wb.readSheet("DATA")).values).toEqual([[1]]);
    let err: unknown;
    try {
      wb.addSheet("data");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ key: "wbSheetExists", params: { sheet: "data" } });
  });

  test("selection: none, then the chosen rect (values of empty cells are null)", async () => {
    const wb = data();
    expect(await wb.readSelection()).toBeNull();
    wb.setSelection("数据", { top: 1, left: 1, rows: 2, cols: 3 });
    const s = await wb.readSelection();
    expect(s?.values).toEqual([
      ["指标", "增速", null],
      ["地区生产总值", 6.1, null],
    ]);
    await wb.select("数据", "B3");
    expect((await wb.readSelection())?.values).toEqual([["地区生产总值"]]);
    await expect(wb.select("数据", "not an address")).rejects.toMatchObject({ key: "wbBadAddress" });
  });

  test("values are normalised: '' is blank, NaN/Infinity become #NUM!", async () => {
    const wb = new MemoryWorkbook([{ name: "S", values: [["", NaN, Infinity, true]] }]);
    expect((await wb.readSheet("S")).values).toEqual([["#NUM!", "#NUM!", true]]);
    expect((await wb.readSheet("S")).left).toBe(1);
  });
});

describe("MemoryWorkbook: writeSheet and ownership", () => {
  test("writes title, table, formats, status fills, chart data and a computed summary", async () => {
    const wb = data();
    const r = await wb.writeSheet(spec({ activate: true }));
    expect(r).toMatchObject({ status: "written", sheet: "指标跟踪" });
    if (r.status !== "written") throw new Error("not written");
    expect(r.tables).toEqual([{ name: "跟踪表", rect: { top: 3, left: 0, rows: 4, cols: 5 } }]);
    expect(await wb.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
    expect(wb.activeSheet()).toBe("指标跟踪");

    const s = wb.getSheet("指标跟踪");
    expect(s.owned).toBe(true);
    expect(s.values[0]?.[0]).toBe("2024年1-10月指标跟踪");
    expect(s.values[1]?.[0]).toBe("示例数据");
    expect(s.values[3]).toEqual([
      "指标",
      "类别",
      "增速",
      "目标",
      "状态",
      ...new Array(s.cols - 5).fill(null),
    ]);
    expect(s.values[4]?.[2]).toBe(6.1);
    expect(s.formulas[4]?.[2]).toBe("=IND.GROWTH(B2,C2)");
    expect(s.numberFormats[5]?.[2]).toBe("0.0");
    expect(s.fills[4]?.[4]).toBe("#C6EFCE");
    expect(s.fills[5]?.[4]).toBe("#FFC7CE");
    expect(s.fills[6]?.[4]).toBeNull(); // 基本达标 has no fill
    expect(s.conditionalFormats).toHaveLength(2);
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: "columnClustered",
        title: "增速与目标",
        categories: ["地区生产总值", "规上工业增加值", "固定资产投资"],
        series: [
          { name: "增速", values: [6.1, -2, 3] },
          { name: "目标", values: [6, 7, 5] },
        ],
      }),
    ]);
    expect((await wb.readTable("跟踪表")).values[2]).toEqual(["规上工业增加值", "工业", -2, 7, "未达标"]);

    // Summary: 类别 × 状态, counted, sorted (经济 < 工业 by pinyin; 基本达标 < 达标?? by collation)
    expect(s.pivots).toHaveLength(1);
    const p = s.pivots[0]!;
    const top = p.rect.top;
    expect(top).toBeGreaterThanOrEqual(3 + 16 + 1); // below the table and its chart
    const grid = s.values.slice(top, top + p.rect.rows).map((row) => row.slice(0, p.rect.cols));
    const header = grid[0] as string[];
    expect(header[0]).toBe("类别");
    expect(header[header.length - 1]).toBe("总计");
    const col = (name: string) => header.indexOf(name);
    const rowOf = (name: string) => grid.find((row) => row[0] === name)!;
    expect(rowOf("经济")[col("达标")]).toBe(1);
    expect(rowOf("经济")[col("基本达标")]).toBe(1);
    expect(rowOf("经济")[col("未达标")]).toBeNull();
    expect(rowOf("工业")[col("未达标")]).toBe(1);
    expect(rowOf("总计")[col("总计")]).toBe(3);
  });

  test("refreshing an owned sheet replaces its content in place (same position, no leftovers)", async () => {
    const wb = data();
    await wb.writeSheet(spec());
    wb.addSheet("后来");
    const r = await wb.writeSheet(
      spec({ title: [], pivots: [], tables: [{ name: "跟踪表", header: ["A"], rows: [[1]] }] }),
    );
    expect(r.status).toBe("written");
    expect(await wb.listSheets()).toEqual(["数据", "空", "指标跟踪", "后来"]);
    const s = wb.getSheet("指标跟踪");
    expect(s.values).toEqual([["A"], [1]]);
    expect(s.charts).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect((await wb.listTables()).map((t) => t.name)).toEqual(["跟踪表"]);
    expect(await wb.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
  });

  test("a foreign sheet of that name is a conflict and stays untouched, unless replaceForeign", async () => {
    const wb = data();
    const before = wb.getSheet("数据");
    const r = await wb.writeSheet(spec({ sheet: "数据" }));
    expect(r).toEqual({ status: "conflict", sheet: "数据", reason: "notOwned" });
    expect(wb.getSheet("数据")).toEqual(before);
    expect(await wb.getSetting(OWNED_SHEETS_KEY)).toBeUndefined();
    const r2 = await wb.writeSheet(spec({ sheet: "数据", replaceForeign: true }));
    expect(r2.status).toBe("written");
    expect(wb.getSheet("数据").values[0]?.[0]).toBe("2024年1-10月指标跟踪");
    expect(wb.getSheet("数据").merges).toEqual([]);
    expect(await wb.getSetting(OWNED_SHEETS_KEY)).toEqual(["数据"]);
  });

  test("ownership is name and identity: a user's new sheet under our old name (or names from older settings) is foreign", async () => {
    const ours = new MemoryWorkbook();
    expect((await ours.writeSheet(spec({ sheet: "指标跟踪" }))).status).toBe("written");
    // The user deleted our sheet and made their own with the same name: same settings, a new sheet object.
    const theirs = new MemoryWorkbook([{ name: "指标跟踪", values: [["我的数据", 1]] }]);
    await theirs.setSetting(OWNED_SHEETS_KEY, await ours.getSetting(OWNED_SHEETS_KEY));
    await theirs.setSetting(OWNED_SHEET_IDS_KEY, await ours.getSetting(OWNED_SHEET_IDS_KEY));
    const before = theirs.getSheet("指标跟踪");
    expect(await theirs.writeSheet(spec({ sheet: "指标跟踪" }))).toEqual({
      status: "conflict",
      sheet: "指标跟踪",
      reason: "notOwned",
    });
    expect(theirs.getSheet("指标跟踪")).toEqual(before);
    // Settings with bare names only (older versions): asked once, then owned.
    const old = new MemoryWorkbook([{ name: "指标跟踪", values: [["x"]] }]);
    await old.setSetting(OWNED_SHEETS_KEY, ["指标跟踪"]);
    expect((await old.writeSheet(spec({ sheet: "指标跟踪" }))).status).toBe("conflict");
    expect((await old.writeSheet(spec({ sheet: "指标跟踪", replaceForeign: true }))).status).toBe("written");
    expect((await old.writeSheet(spec({ sheet: "指标跟踪" }))).status).toBe("written");
    expect(await old.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
  });

  test("bad input fails clearly before anything changes", async () => {
    const wb = data();
    await expect(wb.writeSheet(spec({ sheet: "a/b" }))).rejects.toMatchObject({ key: "wbBadSheetName" });
    await expect(wb.writeSheet(spec({ sheet: "x".repeat(32) }))).rejects.toMatchObject({
      key: "wbBadSheetName",
    });
    const badField = spec({
      pivots: [
        {
          name: "P",
          sourceTable: "跟踪表",
          rows: ["无此列"],
          values: [{ field: "指标", summarize: "count" }],
        },
      ],
    });
    await expect(wb.writeSheet(badField)).rejects.toMatchObject({ key: "wbPivotField" });
    const badSource = spec({
      pivots: [
        { name: "P", sourceTable: "无表", rows: ["类别"], values: [{ field: "指标", summarize: "count" }] },
      ],
    });
    await expect(wb.writeSheet(badSource)).rejects.toMatchObject({ key: "wbPivotSource" });
    await expect(
      wb.writeSheet(spec({ tables: [{ name: "  ", header: ["a"], rows: [] }] })),
    ).rejects.toMatchObject({
      key: "wbBadTableName",
    });
    expect(await wb.listSheets()).toEqual(["数据", "空"]);
    expect(await wb.getSetting(OWNED_SHEETS_KEY)).toBeUndefined();
  });

  test("table names follow Excel rules and stay unique in the workbook", async () => {
    const wb = data();
    wb.addTable("数据", "跟踪表", { top: 1, left: 1, rows: 3, cols: 2 });
    const r = await wb.writeSheet(
      spec({
        pivots: [],
        tables: [
          { name: "跟踪表", header: ["a"], rows: [[1]] },
          { name: "1月 数据", header: ["a"], rows: [[1]] },
          { name: "A1", header: ["a"], rows: [[1]] },
          { name: "x".repeat(300), header: ["a"], rows: [[1]] },
          { name: "dup", header: ["a", "", "a"], rows: [[1, 2, 3, 4]] },
        ],
      }),
    );
    if (r.status !== "written") throw new Error("conflict");
    const names = r.tables.map((t) => t.name);
    expect(names[0]).toBe("跟踪表_2");
    expect(names[1]).toBe("_1月_数据");
    expect(names[2]).toBe("_A1");
    expect(names[3]).toHaveLength(255);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const dup = await wb.readTable("dup");
    expect(dup.values[0]).toEqual(["a", "列2", "a2", "列4"]);
    expect(dup.values[1]).toEqual([1, 2, 3, 4]);
  });

  test("an empty table keeps one blank body row, as Excel does", async () => {
    const wb = new MemoryWorkbook();
    const r = await wb.writeSheet({ sheet: "S", tables: [{ name: "T", header: ["a", "b"], rows: [] }] });
    expect(r).toMatchObject({ tables: [{ rect: { top: 0, left: 0, rows: 2, cols: 2 } }] });
  });
});

describe("MemoryWorkbook: writeCells never overwrites without confirmation", () => {
  test("refuses a non-empty target (values or formulas) and writes nothing", async () => {
    const wb = data();
    expect(await wb.writeCells("数据", 2, 2, [[1, 2]])).toBe(false);
    expect(wb.getSheet("数据").values[2]?.[3] ?? null).toBeNull();
    expect(await wb.writeCells("数据", 2, 3, [[7], [8]])).toBe(true);
    expect((await wb.readSheet("数据")).values[1]).toEqual(["地区生产总值", 6.1, 7]);
    expect(await wb.writeCells("数据", 2, 2, [[9]], true)).toBe(true);
    expect(wb.getSheet("数据").values[2]?.[2]).toBe(9);
    expect(wb.getSheet("数据").formulas[2]?.[2]).toBeNull();
    await expect(wb.writeCells("无", 0, 0, [[1]])).rejects.toMatchObject({ key: "wbSheetNotFound" });
  });
});

describe("MemoryWorkbook: settings, changes, pivots refresh", () => {
  test("settings are copies; undefined deletes", async () => {
    const wb = new MemoryWorkbook();
    const v = { a: [1, 2] };
    await wb.setSetting("k", v);
    v.a.push(3);
    expect(await wb.getSetting("k")).toEqual({ a: [1, 2] });
    await wb.setSetting("k", undefined);
    expect(await wb.getSetting("k")).toBeUndefined();
  });

  test("onChange fires on writes and stops after unsubscribe; a throwing listener is contained", async () => {
    const wb = data();
    const seen: string[] = [];
    wb.onChange(() => {
      throw new Error("boom");
    });
    const off = wb.onChange((e) => seen.push(e.kind));
    await wb.writeSheet(spec());
    await wb.writeCells("数据", 9, 9, [[1]]);
    off();
    await wb.setSetting("x", 1);
    expect(seen).toEqual(["sheet", "cells"]);
  });

  test("refreshPivots recomputes summaries from the current source data", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "源",
        values: [
          ["类别", "金额"],
          ["甲", 1],
          ["乙", 2],
          ["甲", 3],
        ],
      },
    ]);
    wb.addTable("源", "Src", { top: 0, left: 0, rows: 4, cols: 2 });
    await wb.writeSheet({
      sheet: "汇总",
      tables: [],
      pivots: [
        { name: "P", sourceTable: "Src", rows: ["类别"], values: [{ field: "金额", summarize: "sum" }] },
      ],
    });
    const read = () => {
      const s = wb.getSheet("汇总");
      const p = s.pivots[0]!;
      return s.values.slice(p.rect.top, p.rect.top + p.rect.rows).map((r) => r.slice(0, p.rect.cols));
    };
    expect(read()).toEqual([
      ["类别", "求和项:金额"],
      ["甲", 4],
      ["乙", 2],
      ["总计", 6],
    ]);
    // Rows added below the table are not part of it: the summary stays the same.
    await wb.writeCells("源", 4, 0, [["丙", 10]]);
    expect(await wb.refreshPivots()).toBe(1);
    expect(read()[3]).toEqual(["总计", 6]);
    await wb.writeCells("源", 1, 1, [[100]], true);
    expect(await wb.refreshPivots()).toBe(1);
    expect(read()[1]).toEqual(["甲", 103]);
  });
});
