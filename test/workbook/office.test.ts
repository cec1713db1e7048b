// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import drags in an
// ESM-only dependency (strip-bom) that jest cannot load; the enum is given here as office-addin-manifest defines it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import fc from "fast-check";
import { OfficeWorkbook, rectsOutside } from "../../src/workbook/office";
import { MemoryWorkbook } from "../../src/workbook/memory";
import {
  OWNED_SHEET_IDS_KEY,
  OWNED_SHEETS_KEY,
  type SheetSpec,
  type TableSpec,
} from "../../src/workbook/types";
import { FakeExcel, sheetFrom } from "./fakeExcel";

const STATUSES = ["达标", "基本达标", "未达标"];

function trackingTable(n: number): TableSpec {
  return {
    name: "跟踪表",
    header: ["指标", "类别", "增速", "目标", "状态"],
    rows: Array.from({ length: n }, (_, i) => [
      `指标${i + 1}`,
      i % 2 ? "工业" : "经济",
      { formula: `=IND.GROWTH(${i + 1},${i})`, value: i },
      6,
      STATUSES[i % 3] as string,
    ]),
    numberFormats: [null, null, "0.0", "0.0", null],
    statusFormats: [{ column: 4, fills: { 达标: "#C6EFCE", 基本达标: "#FFEB9C", 未达标: "#FFC7CE" } }],
    chart: { type: "columnClustered", title: "增速与目标", categoryColumn: 0, seriesColumns: [2, 3] },
  };
}

const spec = (n: number, over: Partial<SheetSpec> = {}): SheetSpec => ({
  sheet: "指标跟踪",
  title: ["1-10月指标跟踪", "示例数据"],
  tables: [trackingTable(n)],
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

function dataSheet(rows: number) {
  return sheetFrom("数据", [
    ["", "", ""],
    ["", "'指标", "'增速"],
    ...Array.from({ length: rows }, (_, i) => ["", `'指标${i}`, i === 0 ? "=1+1" : i]),
  ]);
}

const all = () => ({ supports: () => true });
const old = () => ({ supports: (v: string) => v === "1.3" });

describe("OfficeWorkbook: reading", () => {
  test("listSheets, readSheet (values, formulas, merges), unknown sheet → wbSheetNotFound", async () => {
    const fx = new FakeExcel([dataSheet(3), sheetFrom("空", [])]);
    fx.sheet("数据")!.merges.push({ top: 1, left: 1, rows: 1, cols: 2 });
    const wb = new OfficeWorkbook(fx.run, all());
    expect(await wb.listSheets()).toEqual(["数据", "空"]);
    const b = await wb.readSheet("数据");
    expect([b.top, b.left]).toEqual([1, 1]);
    expect(b.values.slice(0, 3)).toEqual([
      ["指标", "增速"],
      ["指标0", 0],
      ["指标1", 1],
    ]);
    expect(b.formulas?.[1]?.[1]).toBe("=1+1");
    expect(b.formulas?.[2]?.[1]).toBeNull();
    expect(b.merges).toEqual([{ top: 1, left: 1, rows: 1, cols: 2 }]);
    expect(await wb.readSheet("空")).toMatchObject({ top: 0, left: 0, values: [] });
    await expect(wb.readSheet("无")).rejects.toMatchObject({ key: "wbSheetNotFound" });
  });

  test("readSelection clips to the used range; no selection → null", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const wb = new OfficeWorkbook(fx.run, all());
    expect(await wb.readSelection()).toBeNull();
    fx.model.selection = { sheet: "数据", rect: { top: 0, left: 1, rows: 5000, cols: 1 } };
    const s = await wb.readSelection();
    // Anchored at the selection's own top-left (B1), blank down to the used range, clipped below it.
    expect(s).toMatchObject({ sheet: "数据", top: 0, left: 1 });
    expect(s?.values).toEqual([[null], ["指标"], ["指标0"], ["指标1"], ["指标2"]]);
    expect(s?.formulas).toHaveLength(5);
    // A selection starting left of and above the used range: the anchor is still the selected cell.
    fx.model.selection = { sheet: "数据", rect: { top: 0, left: 0, rows: 3, cols: 2 } };
    const t = await wb.readSelection();
    expect(t).toMatchObject({ top: 0, left: 0 });
    expect(t?.values).toEqual([
      [null, null],
      [null, "指标"],
      [null, "指标0"],
    ]);
  });

  test("readSelection: not a range → null; any other failure is a WorkbookError, not a silent null", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const wb = new OfficeWorkbook(fx.run, all());
    fx.model.selection = { sheet: "数据", rect: { top: 1, left: 1, rows: 1, cols: 1 } };
    fx.selectionError = Object.assign(new Error("The current selection is invalid"), {
      code: "InvalidSelection",
    });
    expect(await wb.readSelection()).toBeNull();
    fx.selectionError = Object.assign(new Error("GeneralException: boom"), { code: "GeneralException" });
    await expect(wb.readSelection()).rejects.toMatchObject({
      name: "WorkbookError",
      key: "wbOfficeFailed",
      params: { detail: "GeneralException: boom" },
    });
  });

  test("refreshPivots on ExcelApi 1.3 refreshes and counts without getCount (ExcelApi 1.4)", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    await new OfficeWorkbook(fx.run, all()).writeSheet(spec(5));
    const upTo13 = new OfficeWorkbook(fx.run, { supports: (v: string) => ["1.1", "1.2", "1.3"].includes(v) });
    fx.apiCalls = [];
    expect(await upTo13.refreshPivots()).toBe(1);
    expect(fx.model.refreshed).toBe(1);
    expect(fx.apiCalls).toEqual([]);
  });

  test("a sheet or table too large for one response is read in blocks, nothing lost", async () => {
    const fx = new FakeExcel([dataSheet(2500)]);
    fx.model.tables.push({ name: "Big", sheet: "数据", rect: { top: 1, left: 1, rows: 2501, cols: 2 } });
    fx.maxCellsPerResponse = 2000;
    const wb = new OfficeWorkbook(fx.run, { supports: () => true, readBlockCells: 1000 });
    fx.syncs = 0;
    const b = await wb.readSheet("数据");
    expect(fx.syncs).toBe(2 + 6); // refused, used-range size, 6 blocks of ≤ 500 rows × 2 columns
    expect(b.values).toHaveLength(2501);
    expect(b.values[2500]).toEqual(["指标2499", 2499]);
    expect(b.formulas?.[1]?.[1]).toBe("=1+1");
    const t = await wb.readTable("Big");
    expect(t.values).toEqual(b.values);
    fx.maxCellsPerResponse = Infinity;
    fx.syncs = 0;
    await wb.readSheet("数据");
    expect(fx.syncs).toBe(1);
  });

  test("listTables and readTable; unknown table → wbTableNotFound", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    fx.model.tables.push({ name: "T_data", sheet: "数据", rect: { top: 1, left: 1, rows: 4, cols: 2 } });
    const wb = new OfficeWorkbook(fx.run, all());
    expect(await wb.listTables()).toEqual([
      { name: "T_data", sheet: "数据", rect: { top: 1, left: 1, rows: 4, cols: 2 } },
    ]);
    expect((await wb.readTable("t_DATA")).values[3]).toEqual(["指标2", 2]);
    await expect(wb.readTable("无")).rejects.toMatchObject({ key: "wbTableNotFound" });
  });
});

describe("OfficeWorkbook: writeSheet", () => {
  test("writes title, table (text kept as text), formats, exact-match status rules, chart, native pivot; records ownership", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const wb = new OfficeWorkbook(fx.run, all());
    const r = await wb.writeSheet(
      spec(4, {
        tables: [{ ...trackingTable(4), rows: [...trackingTable(4).rows, ["1-2月", "经济", 1, 2, "达标"]] }],
      }),
    );
    expect(r).toMatchObject({
      status: "written",
      sheet: "指标跟踪",
      tables: [{ name: "跟踪表", rect: { top: 3, left: 0, rows: 6, cols: 5 } }],
    });
    expect(fx.at("指标跟踪", 0, 0)).toBe("'1-10月指标跟踪");
    expect(fx.at("指标跟踪", 3, 4)).toBe("'状态");
    expect(fx.at("指标跟踪", 4, 2)).toBe("=IND.GROWTH(1,0)");
    expect(fx.at("指标跟踪", 8, 0)).toBe("'1-2月"); // would become a date without the apostrophe
    expect(fx.model.tables).toEqual([
      { name: "跟踪表", sheet: "指标跟踪", rect: { top: 3, left: 0, rows: 6, cols: 5 } },
    ]);
    const cfs = fx.sheet("指标跟踪")!.cfs;
    expect(cfs.map((c) => [c.formula1, c.fill])).toEqual([
      ['="达标"', "#C6EFCE"],
      ['="基本达标"', "#FFEB9C"],
      ['="未达标"', "#FFC7CE"],
    ]);
    expect(cfs[0]!.address).toBe("指标跟踪!E5:E9");
    expect(fx.sheet("指标跟踪")!.charts).toEqual([
      { name: "跟踪表_chart", type: "ColumnClustered", title: "增速与目标", series: 2 },
    ]);
    expect(fx.model.pivots).toEqual([
      expect.objectContaining({
        name: "状态汇总",
        source: "跟踪表",
        rows: ["类别"],
        columns: ["状态"],
        data: [{ field: "指标", by: "Count" }],
      }),
    ]);
    expect(fx.model.settings.get(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
  });

  test("without PivotTables (ExcelApi < 1.8) the summary is the computed table", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, old());
    const r = await wb.writeSheet(spec(3));
    if (r.status !== "written") throw new Error("conflict");
    expect(fx.model.pivots).toEqual([]);
    const p = r.pivots![0]!;
    expect(p.native).toBe(false);
    expect(fx.at("指标跟踪", p.rect.top, 0)).toBe("'类别");
    expect(fx.at("指标跟踪", p.rect.top + p.rect.rows - 1, 0)).toBe("'总计");
  });

  test("a foreign sheet is a conflict: one sync, nothing written; replaceForeign writes and takes ownership", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const before = JSON.stringify(fx.model.sheets);
    const wb = new OfficeWorkbook(fx.run, all());
    fx.syncs = 0;
    expect(await wb.writeSheet(spec(3, { sheet: "数据" }))).toEqual({
      status: "conflict",
      sheet: "数据",
      reason: "notOwned",
    });
    expect(fx.syncs).toBe(1);
    expect(JSON.stringify(fx.model.sheets)).toBe(before);
    expect(fx.model.settings.has(OWNED_SHEETS_KEY)).toBe(false);
    const r = await wb.writeSheet(spec(3, { sheet: "数据", replaceForeign: true }));
    expect(r.status).toBe("written");
    expect(fx.at("数据", 0, 0)).toBe("'1-10月指标跟踪");
    expect(fx.model.settings.get(OWNED_SHEETS_KEY)).toEqual(["数据"]);
  });

  test("ownership is name and Worksheet.id: a user's new sheet under our old name (or bare names from older settings) is foreign", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    expect((await wb.writeSheet(spec(3))).status).toBe("written");
    const id = fx.model.sheets[0]?.id as string;
    expect(fx.model.settings.get(OWNED_SHEET_IDS_KEY)).toEqual({ 指标跟踪: id });
    // The user deletes our sheet and makes their own with the same name (Excel gives it a new id).
    fx.model.sheets = [sheetFrom("指标跟踪", [["我的数据", 1]])];
    fx.model.tables = [];
    fx.model.pivots = [];
    const before = JSON.stringify(fx.model.sheets);
    fx.syncs = 0;
    expect(await wb.writeSheet(spec(3))).toEqual({
      status: "conflict",
      sheet: "指标跟踪",
      reason: "notOwned",
    });
    expect(fx.syncs).toBe(1);
    expect(JSON.stringify(fx.model.sheets)).toBe(before);
    // Bare names (settings written before identities were kept): asked once, then owned again.
    fx.model.settings.delete(OWNED_SHEET_IDS_KEY);
    expect((await wb.writeSheet(spec(3))).status).toBe("conflict");
    expect((await wb.writeSheet(spec(3, { replaceForeign: true }))).status).toBe("written");
    expect(fx.model.settings.get(OWNED_SHEET_IDS_KEY)).toEqual({ 指标跟踪: fx.model.sheets[0]?.id });
    expect((await wb.writeSheet(spec(3))).status).toBe("written");
  });

  test("refreshing an owned sheet clears it and keeps the table (resized), so pivots built on it keep their source", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(spec(10));
    expect(fx.model.tables[0]!.rect.rows).toBe(11);
    fx.model.pivots.push({
      name: "Elsewhere",
      sheet: "指标跟踪",
      source: "跟踪表",
      at: "X1",
      rows: [],
      columns: [],
      data: [],
    });
    const r = await wb.writeSheet(spec(2, { pivots: [] }));
    expect(r.status).toBe("written");
    expect(fx.model.tables).toEqual([
      { name: "跟踪表", sheet: "指标跟踪", rect: { top: 3, left: 0, rows: 3, cols: 5 } },
    ]);
    expect(fx.at("指标跟踪", 7, 0) ?? "").toBe(""); // old rows cleared
    expect(fx.model.pivots).toEqual([]); // the old sheet's pivots are removed with it
    expect(fx.sheet("指标跟踪")!.charts).toHaveLength(1);
    expect(fx.sheet("指标跟踪")!.cfs).toHaveLength(3);
    expect(fx.model.sheets.map((s) => s.name)).toEqual(["指标跟踪"]);
  });

  test("bad input fails before anything is written", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await expect(wb.writeSheet(spec(3, { sheet: "a[1]" }))).rejects.toMatchObject({ key: "wbBadSheetName" });
    await expect(
      wb.writeSheet(
        spec(3, {
          pivots: [
            {
              name: "P",
              sourceTable: "跟踪表",
              rows: ["无"],
              values: [{ field: "指标", summarize: "count" }],
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ key: "wbPivotField" });
    await expect(
      wb.writeSheet(
        spec(3, {
          pivots: [
            {
              name: "P",
              sourceTable: "无表",
              rows: ["类别"],
              values: [{ field: "指标", summarize: "count" }],
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ key: "wbPivotSource" });
    expect(fx.model.sheets).toEqual([]);
    expect(fx.model.tables).toEqual([]);
  });

  test("a summary of an existing table elsewhere reads that table", async () => {
    const fx = new FakeExcel([dataSheet(4)]);
    fx.model.tables.push({ name: "Src", sheet: "数据", rect: { top: 1, left: 1, rows: 5, cols: 2 } });
    const wb = new OfficeWorkbook(fx.run, old());
    const r = await wb.writeSheet({
      sheet: "汇总",
      tables: [],
      pivots: [
        { name: "P", sourceTable: "Src", rows: ["指标"], values: [{ field: "增速", summarize: "sum" }] },
      ],
    });
    if (r.status !== "written") throw new Error("conflict");
    expect(fx.at("汇总", 0, 1)).toBe("'求和项:增速");
    expect(fx.at("汇总", 5, 0)).toBe("'总计");
    expect(fx.at("汇总", 5, 1)).toBe(6); // 0 (formula) + 1 + 2 + 3
  });
});

describe("OfficeWorkbook: refreshing moves our tables instead of deleting them", () => {
  const table = (name: string, n: number, tag = name): TableSpec => ({
    name,
    header: ["指标", "增速"],
    rows: Array.from({ length: n }, (_, i) => [`${tag}${i + 1}`, i + 0.5]),
  });
  const sheet = (tables: TableSpec[], title: string[] = ["标题", "说明"]): SheetSpec => ({
    sheet: "指标跟踪",
    title,
    tables,
  });
  /** What the in-memory adapter writes for the same spec (the cells a refresh must end with). */
  async function expectCellsAsMemory(fx: FakeExcel, s: SheetSpec) {
    const memory = new MemoryWorkbook();
    await memory.writeSheet(s);
    const snap = memory.getSheet("指标跟踪");
    const typed = fx.sheet("指标跟踪")!.grid;
    const width = Math.max(...typed.map((r) => r.length), ...snap.values.map((r) => r.length));
    for (let r = 0; r < Math.max(typed.length, snap.values.length); r++)
      for (let c = 0; c < width; c++) {
        const v = snap.values[r]?.[c] ?? null;
        const expected = v === null ? "" : typeof v === "string" ? `'${v}` : v;
        expect({ r, c, input: typed[r]?.[c] ?? "" }).toEqual({ r, c, input: expected });
      }
  }

  test("a table planned at another place is moved and resized: same table object and name, never deleted, 3 syncs", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([table("指标跟踪表", 6)]));
    const before = fx.model.tables[0]!;
    expect(before.rect).toEqual({ top: 3, left: 0, rows: 7, cols: 2 });
    fx.syncs = 0;
    fx.apiCalls = [];
    // One title line fewer: the table now starts a row higher (and is longer).
    const next = sheet([table("指标跟踪表", 9, "新")], ["标题"]);
    const r = await wb.writeSheet(next);
    expect(r).toMatchObject({ status: "written", tables: [{ name: "指标跟踪表" }] });
    expect(fx.syncs).toBe(3);
    expect(fx.deletedTables).toEqual([]); // =SUM(指标跟踪表[增速]) elsewhere keeps working
    expect(fx.model.tables).toHaveLength(1);
    expect(fx.model.tables[0]).toBe(before);
    expect(before).toEqual({
      name: "指标跟踪表",
      sheet: "指标跟踪",
      rect: { top: 2, left: 0, rows: 10, cols: 2 },
    });
    expect(fx.apiCalls).toContain("Range.moveTo@1.11");
    await expectCellsAsMemory(fx, next); // written after the move, nothing left in the parking columns
  });

  test("two tables that swap places and overlap old and new positions both keep their identity", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([table("甲表", 10), table("乙表", 5)]));
    const [a, b] = fx.model.tables;
    expect(a!.rect.top).toBe(3);
    expect(b!.rect.top).toBe(15);
    // 乙 now first (rows 3–11, over 甲's old place), 甲 second (rows 13–16, over 乙's old place).
    const swapped = sheet([table("乙表", 8, "乙"), table("甲表", 3, "甲")]);
    fx.syncs = 0;
    expect((await wb.writeSheet(swapped)).status).toBe("written");
    expect(fx.syncs).toBe(3);
    expect(fx.deletedTables).toEqual([]);
    expect(fx.model.tables).toHaveLength(2);
    expect(fx.model.tables.find((t) => t.name === "乙表")).toBe(b);
    expect(fx.model.tables.find((t) => t.name === "甲表")).toBe(a);
    expect(b!.rect).toEqual({ top: 3, left: 0, rows: 9, cols: 2 });
    expect(a!.rect).toEqual({ top: 13, left: 0, rows: 4, cols: 2 });
    await expectCellsAsMemory(fx, swapped);
  });

  test("a table kept in place that grows over the old place of the next one, which moves down", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([table("甲表", 2), table("乙表", 4)]));
    const [a, b] = fx.model.tables;
    const next = sheet([table("甲表", 12), table("乙表", 1)]);
    expect((await wb.writeSheet(next)).status).toBe("written");
    expect(fx.deletedTables).toEqual([]);
    expect(fx.model.tables[0]).toBe(a);
    expect(fx.model.tables[1]).toBe(b);
    expect(a!.rect).toEqual({ top: 3, left: 0, rows: 13, cols: 2 });
    expect(b!.rect).toEqual({ top: 17, left: 0, rows: 2, cols: 2 });
    await expectCellsAsMemory(fx, next);
    // A table no longer planned is deleted; one newly planned is added.
    await wb.writeSheet(sheet([table("丙表", 2), table("乙表", 2)]));
    expect(fx.deletedTables).toEqual(["甲表"]);
    expect(fx.model.tables.map((t) => t.name).sort()).toEqual(["丙表", "乙表"].sort());
    expect(fx.model.tables.find((t) => t.name === "乙表")).toBe(b);
  });

  test.each([
    ["ExcelApi 1.11 missing (no Range.moveTo)", (v: string) => v !== "1.11"],
    ["ExcelApi 1.13 missing (no Table.resize)", (v: string) => v !== "1.13"],
    ["ExcelApi 1.3 only", (v: string) => v === "1.3"],
  ])("%s: the moved table is deleted and added again under its name, as before", async (_name, supports) => {
    const fx = new FakeExcel([]);
    await new OfficeWorkbook(fx.run, all()).writeSheet(sheet([table("指标跟踪表", 6)]));
    const before = fx.model.tables[0]!;
    const wb = new OfficeWorkbook(fx.run, { supports });
    fx.apiCalls = [];
    fx.syncs = 0;
    const next = sheet([table("指标跟踪表", 3)], []);
    expect((await wb.writeSheet(next)).status).toBe("written");
    expect(fx.syncs).toBe(3);
    expect(fx.apiCalls.filter((c) => c.startsWith("Range.moveTo"))).toEqual([]);
    expect(fx.deletedTables).toEqual(["指标跟踪表"]);
    expect(fx.model.tables).toHaveLength(1);
    expect(fx.model.tables[0]).not.toBe(before);
    expect(fx.model.tables[0]).toEqual({
      name: "指标跟踪表",
      sheet: "指标跟踪",
      rect: { top: 0, left: 0, rows: 4, cols: 2 },
    });
    await expectCellsAsMemory(fx, next);
  });

  test("a table that gets narrower, kept in place or moved: no old header text is left beside it", async () => {
    const wideTable = (name: string, n: number, cols: number): TableSpec => ({
      name,
      header: Array.from({ length: cols }, (_, i) => `${name}列${i + 1}`),
      rows: Array.from({ length: n }, (_, r) => Array.from({ length: cols }, (_, c) => r * 10 + c)),
    });
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([wideTable("甲表", 3, 6), wideTable("乙表", 4, 7)]));
    const [a, b] = fx.model.tables;
    // 甲 stays at row 3 with 2 columns; 乙 moves up (甲 is shorter) with 3 columns.
    const next = sheet([wideTable("甲表", 1, 2), wideTable("乙表", 2, 3)]);
    expect((await wb.writeSheet(next)).status).toBe("written");
    expect(fx.deletedTables).toEqual([]);
    expect(fx.model.tables[0]).toBe(a);
    expect(fx.model.tables[1]).toBe(b);
    expect(a!.rect).toEqual({ top: 3, left: 0, rows: 2, cols: 2 });
    expect(b!.rect).toEqual({ top: 6, left: 0, rows: 3, cols: 3 });
    await expectCellsAsMemory(fx, next);
  });

  test("the sheet is cleared around our tables' header rows, never over a whole table (which would delete it)", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([table("甲表", 4)]));
    const a = fx.model.tables[0];
    // Something of ours beside and below the table (an old summary) is cleared too.
    fx.sheet("指标跟踪")!.grid[3]![5] = "'旧";
    fx.sheet("指标跟踪")!.grid[20] = ["'旧汇总", 1];
    const next = sheet([table("甲表", 2)]);
    await wb.writeSheet(next);
    expect(fx.model.tables).toEqual([a]);
    expect(fx.deletedTables).toEqual([]);
    await expectCellsAsMemory(fx, next);
  });

  test("a table too wide to park before Excel's last column is deleted and added again, not refused", async () => {
    const wide = (n: number): TableSpec => ({
      name: "宽表",
      header: Array.from({ length: 8300 }, (_, i) => `列${i + 1}`),
      rows: Array.from({ length: n }, () => [1]),
    });
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(sheet([wide(1)]));
    const r = await wb.writeSheet(sheet([wide(2)], []));
    expect(r.status).toBe("written");
    expect(fx.deletedTables).toEqual(["宽表"]);
    expect(fx.model.tables).toEqual([
      { name: "宽表", sheet: "指标跟踪", rect: { top: 0, left: 0, rows: 3, cols: 8300 } },
    ]);
  });

  test("moving refresh: the same number of syncs on 10 and 2,000 rows", async () => {
    const syncsFor = async (n: number) => {
      const fx = new FakeExcel([]);
      const wb = new OfficeWorkbook(fx.run, all());
      await wb.writeSheet(sheet([table("甲表", n), table("乙表", 3)]));
      fx.syncs = 0;
      await wb.writeSheet(sheet([table("乙表", 3), table("甲表", n + 1)], ["标题"]));
      expect(fx.deletedTables).toEqual([]);
      return fx.syncs;
    };
    expect(await syncsFor(10)).toBe(3);
    expect(await syncsFor(2000)).toBe(3);
  });
});

describe("rectsOutside(area, header rows): what a refresh clears", () => {
  test("the pieces cover the area less the holes exactly, without overlapping", () => {
    const cell = fc.record({
      top: fc.nat(12),
      left: fc.nat(12),
      rows: fc.integer({ min: 1, max: 12 }),
      cols: fc.integer({ min: 1, max: 12 }),
    });
    const holes = fc
      .array(fc.record({ top: fc.nat(14), left: fc.nat(14), cols: fc.integer({ min: 1, max: 6 }) }), {
        maxLength: 5,
      })
      // header rows of different tables never overlap
      .map((hs) =>
        hs
          .map((h) => ({ ...h, rows: 1 }))
          .filter(
            (h, i, all) =>
              all.findIndex(
                (o) => o.top === h.top && o.left < h.left + h.cols && h.left < o.left + o.cols,
              ) === i,
          ),
      );
    fc.assert(
      fc.property(cell, holes, (area, hs) => {
        const pieces = rectsOutside(area, hs);
        const key = (r: number, c: number) => `${r},${c}`;
        const seen = new Set<string>();
        for (const p of pieces) {
          expect(p.rows).toBeGreaterThan(0);
          expect(p.cols).toBeGreaterThan(0);
          for (let r = p.top; r < p.top + p.rows; r++)
            for (let c = p.left; c < p.left + p.cols; c++) {
              expect(seen.has(key(r, c))).toBe(false);
              seen.add(key(r, c));
            }
        }
        const inHole = (r: number, c: number) =>
          hs.some((h) => h.top === r && c >= h.left && c < h.left + h.cols);
        for (let r = 0; r < 30; r++)
          for (let c = 0; c < 30; c++) {
            const inArea =
              r >= area.top && r < area.top + area.rows && c >= area.left && c < area.left + area.cols;
            expect(seen.has(key(r, c))).toBe(inArea && !inHole(r, c));
          }
      }),
      { numRuns: 300 },
    );
  });
});

describe("OfficeWorkbook: writeCells, select, settings, refresh", () => {
  test("writeCells refuses non-empty targets unless confirmed", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const wb = new OfficeWorkbook(fx.run, all());
    fx.syncs = 0;
    expect(await wb.writeCells("数据", 2, 2, [[5, 6]])).toBe(false);
    expect(fx.syncs).toBe(1);
    expect(fx.at("数据", 2, 3)).toBeUndefined();
    expect(await wb.writeCells("数据", 2, 3, [["新", null]])).toBe(true);
    expect(fx.at("数据", 2, 3)).toBe("'新");
    expect(await wb.writeCells("数据", 2, 2, [[5]], true)).toBe(true);
    expect(fx.at("数据", 2, 2)).toBe(5);
    await expect(wb.writeCells("无", 0, 0, [[1]])).rejects.toMatchObject({ key: "wbSheetNotFound" });
  });

  test("select, settings round trip, refreshPivots", async () => {
    const fx = new FakeExcel([dataSheet(3)]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.select("数据", "B2:C3");
    expect(fx.model.selection).toEqual({ sheet: "数据", rect: { top: 1, left: 1, rows: 2, cols: 2 } });
    await expect(wb.select("数据", "??")).rejects.toMatchObject({ key: "wbBadAddress" });
    expect(await wb.getSetting("k")).toBeUndefined();
    await wb.setSetting("k", { map: { 指标: 1 } });
    expect(await wb.getSetting("k")).toEqual({ map: { 指标: 1 } });
    await wb.setSetting("k", undefined);
    expect(await wb.getSetting("k")).toBeUndefined();
    await wb.writeSheet(spec(5));
    expect(await wb.refreshPivots()).toBe(1);
    expect(fx.model.refreshed).toBe(1);
  });

  test("an Excel failure becomes a WorkbookError with the detail", async () => {
    const wb = new OfficeWorkbook(async () => {
      throw new Error("GeneralException: boom");
    });
    await expect(wb.listSheets()).rejects.toMatchObject({
      key: "wbOfficeFailed",
      params: { detail: "GeneralException: boom" },
    });
  });
});

describe("OfficeWorkbook: the number of context.sync calls does not depend on size", () => {
  async function count(
    fn: (wb: OfficeWorkbook, fx: FakeExcel) => Promise<unknown>,
    setup: (fx: FakeExcel) => void = () => {},
  ) {
    const fx = new FakeExcel([]);
    setup(fx);
    const wb = new OfficeWorkbook(fx.run, all());
    fx.syncs = 0;
    await fn(wb, fx);
    return fx.syncs;
  }

  test.each([
    ["writeSheet (new sheet)", (n: number) => count((wb) => wb.writeSheet(spec(n))), 3],
    [
      "readSheet",
      (n: number) =>
        count(
          (wb) => wb.readSheet("数据"),
          (fx) => fx.model.sheets.push(dataSheet(n)),
        ),
      1,
    ],
    [
      "readTable",
      (n: number) =>
        count(
          (wb) => wb.readTable("T"),
          (fx) => {
            fx.model.sheets.push(dataSheet(n));
            fx.model.tables.push({
              name: "T",
              sheet: "数据",
              rect: { top: 1, left: 1, rows: n + 1, cols: 2 },
            });
          },
        ),
      1,
    ],
    [
      "listTables",
      (n: number) =>
        count(
          (wb) => wb.listTables(),
          (fx) => {
            fx.model.sheets.push(dataSheet(n));
            for (let i = 0; i < Math.min(n, 50); i++)
              fx.model.tables.push({
                name: `T${i}x`,
                sheet: "数据",
                rect: { top: 1 + i, left: 1, rows: 1, cols: 1 },
              });
          },
        ),
      2,
    ],
    [
      "writeCells",
      (n: number) =>
        count(
          (wb) =>
            wb.writeCells(
              "数据",
              0,
              5,
              Array.from({ length: n }, (_, i) => [i]),
            ),
          (fx) => fx.model.sheets.push(dataSheet(3)),
        ),
      2,
    ],
  ])("%s: same count on 10 and 2,000 rows", async (_name, measure, expected) => {
    const small = await measure(10);
    const large = await measure(2000);
    expect(small).toBe(expected);
    expect(large).toBe(small);
  });

  test("past the request budget (Excel on the web: 5 MB) the rows go in blocks, one sync per block, nothing lost", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, { supports: () => true, maxRequestBytes: 40_000 });
    fx.syncs = 0;
    await wb.writeSheet(spec(2000));
    expect(fx.syncs).toBeGreaterThan(3);
    expect(fx.cellsWritten).toBe(2 + 2001 * 5);
    expect(fx.at("指标跟踪", 3, 0)).toBe("'指标");
    for (const i of [0, 999, 1999]) expect(fx.at("指标跟踪", 4 + i, 0)).toBe(`'指标${i + 1}`);
    expect(fx.model.tables[0]!.rect).toEqual({ top: 3, left: 0, rows: 2001, cols: 5 });
  });

  test("refreshing a 2,000-row owned sheet: 3 syncs, and the 2,000 rows arrive in one write", async () => {
    const fx = new FakeExcel([]);
    const wb = new OfficeWorkbook(fx.run, all());
    await wb.writeSheet(spec(10));
    fx.syncs = 0;
    fx.cellsWritten = 0;
    await wb.writeSheet(spec(2000));
    expect(fx.syncs).toBe(3);
    expect(fx.model.tables[0]!.rect.rows).toBe(2001);
    expect(fx.cellsWritten).toBe(2 + 2001 * 5);
  });
});

describe("the Office and in-memory adapters agree", () => {
  test("same SheetSpec → same table and summary rectangles and the same cells (computed summaries)", async () => {
    const s = spec(12, {
      pivots: [
        {
          name: "按类别",
          sourceTable: "跟踪表",
          rows: ["类别"],
          values: [{ field: "增速", summarize: "sum" }],
        },
      ],
    });
    const fx = new FakeExcel([]);
    const office = await new OfficeWorkbook(fx.run, old()).writeSheet(s);
    const memory = new MemoryWorkbook();
    const mem = await memory.writeSheet(s);
    expect(office).toEqual(mem);
    const snap = memory.getSheet("指标跟踪");
    const typed = fx.sheet("指标跟踪")!.grid;
    snap.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const input = typed[r]?.[c];
        const f = snap.formulas[r]?.[c];
        const expected = f ?? (v === null ? "" : typeof v === "string" ? `'${v}` : v);
        expect({ r, c, input: input ?? "" }).toEqual({ r, c, input: expected });
      }),
    );
  });
});
