import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx, tryReadXlsx, writeXlsx, MAX_XLSX_BYTES, SETTINGS_SHEET } from "../../src/workbook/xlsx";
import { OWNED_SHEETS_KEY } from "../../src/workbook/types";

async function tracked(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook([
    {
      name: "数据",
      values: [
        ["标题", null, null],
        ["指标", "2023", "2024"],
        ["地区生产总值", 100, 106.1],
      ],
      merges: [{ top: 0, left: 0, rows: 1, cols: 3 }],
    },
  ]);
  await wb.writeSheet({
    sheet: "指标跟踪",
    title: ["1-10月指标跟踪", "示例数据"],
    tables: [
      {
        name: "跟踪表",
        header: ["指标", "增速", "目标", "状态"],
        rows: [
          ["地区生产总值", { formula: "=ROUND((数据!C3/数据!B3-1)*100,1)", value: 6.1 }, 6, "达标"],
          ["规上工业增加值", -2.5, 7, "未达标"],
          ["固定资产投资", "#N/A", 5, "基本达标"],
        ],
        numberFormats: [null, "0.0", "0.0", null],
        statusFormats: [{ column: 3, fills: { 达标: "#C6EFCE", 未达标: "#FFC7CE", 基本达标: "#FFEB9C" } }],
        chart: { type: "columnClustered", title: "增速与目标", categoryColumn: 0, seriesColumns: [1, 2] },
      },
    ],
    pivots: [
      {
        name: "汇总",
        sourceTable: "跟踪表",
        rows: ["状态"],
        values: [{ field: "指标", summarize: "count" }],
      },
    ],
  });
  return wb;
}

describe("writeXlsx → readXlsx round trip", () => {
  test("values, formulas with cached results, tables, merges, formats, status fills, settings", async () => {
    const wb = await tracked();
    const bytes = await writeXlsx(wb);
    expect(bytes[0]).toBe(0x50);
    const back = await readXlsx(bytes);
    expect(back.sheetNames()).toEqual(["数据", "指标跟踪"]);
    const a = wb.getSheet("指标跟踪");
    const b = back.getSheet("指标跟踪");
    // Everything but the chart note (a cell only the file has) survives.
    const note = a.charts[0]!.anchor;
    const strip = (s: typeof b) =>
      s.values.map((row, r) => row.map((v, c) => (r === note.top && c === note.left ? null : v)));
    expect(
      strip(b)
        .slice(0, a.rows)
        .map((r) => r.slice(0, a.cols)),
    ).toEqual(a.values);
    expect(b.formulas[4]?.[1]).toBe("=ROUND((数据!C3/数据!B3-1)*100,1)");
    expect(b.values[6]?.[1]).toBe("#N/A");
    expect(b.numberFormats[5]?.[1]).toBe("0.0");
    expect(b.tables).toEqual(a.tables);
    expect(b.conditionalFormats).toEqual(a.conditionalFormats);
    expect(b.fills[4]?.[3]).toBe("#C6EFCE");
    expect(b.fills[5]?.[3]).toBe("#FFC7CE"); // exact match: 未达标 is not coloured as 达标
    expect(b.fills[6]?.[3]).toBe("#FFEB9C");
    // The file holds a note where the chart stands; reopened, the chart is back as data and the note is gone.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const noteText = String(book.getWorksheet("指标跟踪")?.getCell(note.top + 1, note.left + 1).value);
    expect(noteText).toContain("增速与目标");
    expect(noteText).toContain("A4:D7");
    expect(b.values[note.top]?.[note.left] ?? null).toBeNull();
    expect(b.charts).toEqual(a.charts);
    expect(b.pivots).toEqual(a.pivots);
    expect(await back.refreshPivots()).toBe(1);
    expect(back.getSheet("数据").merges).toEqual([{ top: 0, left: 0, rows: 1, cols: 3 }]);
    // Ownership survives, so refreshing the tracking sheet after reopening is not a conflict.
    expect(await back.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
    const again = await back.writeSheet({
      sheet: "指标跟踪",
      tables: [{ name: "跟踪表", header: ["x"], rows: [[1]] }],
    });
    expect(again.status).toBe("written");
    expect((await back.writeSheet({ sheet: "数据", tables: [] })).status).toBe("conflict");
  });

  test("columns of tables are as wide as their text (Chinese characters count double)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await writeXlsx(await tracked())) as unknown as ArrayBuffer);
    const ws = book.getWorksheet("指标跟踪")!;
    expect(ws.getColumn(1).width).toBe(7 * 2 + 2); // 规上工业增加值
    expect(ws.getColumn(2).width).toBe(5 * 2 + 1 + 2); // 计数项:指标, the summary header below
    expect(ws.getColumn(3).width).toBe(8); // 目标 and short numbers: the minimum
  });

  test("the settings sheet is very hidden in the file and not listed when read", async () => {
    const bytes = await writeXlsx(await tracked());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect((await readXlsx(bytes)).sheetNames()).not.toContain(SETTINGS_SHEET);
  });

  test("reads what users' files contain: rich text, dates, errors, formulas, hyperlinks, merged cells, tables", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "地区" }, { font: { bold: true }, text: "生产总值" }] };
    ws.getCell("B1").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("B1").numFmt = "yyyy-mm-dd";
    ws.getCell("C1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = { text: "链接", hyperlink: "https://example.invalid/" };
    ws.getCell("F1").value = { formula: "SUM(1,2)" } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = "合并";
    ws.mergeCells("A3:B4");
    ws.addTable({ name: "Tab_1", ref: "D3", columns: [{ name: "a" }, { name: "b" }], rows: [[1, 2]] });
    book.definedNames.add("S!$A$1", "first");
    const back = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    const s = await back.readSheet("S");
    expect(s.values[0]).toEqual(["地区生产总值", 45322, "#N/A", "#DIV/0!", "链接", null]);
    expect(s.formulas?.[0]?.[3]).toBe("=1/0");
    expect(s.formulas?.[0]?.[5]).toBe("=SUM(1,2)");
    expect(back.getSheet("S").numberFormats[0]?.[1]).toBe("yyyy-mm-dd");
    expect(s.values[2]?.slice(0, 2)).toEqual(["合并", null]);
    expect(s.values[3]?.slice(0, 2)).toEqual([null, null]);
    expect(s.merges).toEqual([{ top: 2, left: 0, rows: 2, cols: 2 }]);
    expect(await back.listTables()).toEqual([
      { name: "Tab_1", sheet: "S", rect: { top: 2, left: 3, rows: 2, cols: 2 } },
    ]);
    expect((await back.readTable("Tab_1")).values).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
    expect(back.definedNames).toEqual([{ name: "first", ref: "S!$A$1" }]);
  });

  test("reads the add-in settings Excel saved in the file (webextension properties), ours only", async () => {
    const plain = new MemoryWorkbook([{ name: "指标跟踪", values: [["x"]] }]);
    const zip = await JSZip.loadAsync(await writeXlsx(plain));
    zip.file(
      "xl/webextensions/webextension1.xml",
      '<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{X}">' +
        '<we:reference id="wa000000" version="1.0.0.0" store="x" storeType="OMEX"/><we:properties>' +
        '<we:property name="ind.ownedSheets" value="[&quot;指标跟踪&quot;]"/>' +
        '<we:property name="other.key" value="1"/><we:property name="ind.broken" value="{not json"/>' +
        "</we:properties></we:webextension>",
    );
    const back = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(await back.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);
    expect(await back.getSetting("other.key")).toBeUndefined();
    expect(await back.getSetting("ind.broken")).toBeUndefined();
    // A name without the sheet's identity (older settings) is not enough to clear the sheet: ask once.
    expect((await back.writeSheet({ sheet: "指标跟踪", tables: [] })).status).toBe("conflict");
    expect((await back.writeSheet({ sheet: "指标跟踪", tables: [], replaceForeign: true })).status).toBe(
      "written",
    );
    expect((await back.writeSheet({ sheet: "指标跟踪", tables: [] })).status).toBe("written");
  });

  test("a sheet the add-in wrote stays its own through a file round trip (name and identity recorded)", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheet({ sheet: "指标跟踪", tables: [] });
    const back = await readXlsx(await writeXlsx(wb));
    expect((await back.writeSheet({ sheet: "指标跟踪", tables: [] })).status).toBe("written");
  });

  test("reads the bundled sample workbook", async () => {
    const file = path.join(__dirname, "../../assets/sample.xlsx");
    const wb = await readXlsx(fs.readFileSync(file));
    const names = wb.sheetNames();
    expect(names.length).toBeGreaterThan(0);
    const first = await wb.readSheet(names[0] as string);
    expect(first.values.length).toBeGreaterThan(0);
    const text = JSON.stringify(names.map((n) => wb.getSheet(n).values));
    expect(text).toContain("示例数据");
    // Its two-row headers are merged cells, read as merges with the text in the top-left cell only.
    const merged = names.flatMap((n) => wb.getSheet(n).merges.map((m) => ({ n, m })));
    expect(merged.length).toBeGreaterThan(0);
    for (const { n, m } of merged) {
      const v = wb.getSheet(n).values;
      for (let r = m.top; r < m.top + m.rows; r++)
        for (let c = m.left; c < m.left + m.cols; c++)
          if (r !== m.top || c !== m.left) expect(v[r]?.[c] ?? null).toBeNull();
    }
    // And it survives export and import unchanged.
    const again = await readXlsx(await writeXlsx(wb));
    for (const n of names) expect(again.getSheet(n).values).toEqual(wb.getSheet(n).values);
  });
});

describe("readXlsx: clear errors for files that are not a readable .xlsx", () => {
  const fail = async (bytes: Uint8Array) => {
    const r = await tryReadXlsx(bytes);
    if (r.ok) throw new Error("expected a failure");
    return r.error;
  };

  test("empty, too large, legacy .xls, CSV/text renamed, random binary", async () => {
    expect((await fail(new Uint8Array(0))).key).toBe("wbEmptyFile");
    const big = new Uint8Array(MAX_XLSX_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    const e = await fail(big);
    expect(e.key).toBe("wbTooLarge");
    expect(e.text("zh")).toContain("30 MB");
    expect((await fail(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).key).toBe(
      "wbLegacyXls",
    );
    const csv = new TextEncoder().encode("指标,2023,2024\n地区生产总值,100,106.1\n");
    expect((await fail(csv)).key).toBe("wbTextNotXlsx");
    expect((await fail(csv)).text("zh")).toContain("CSV");
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."指标\t2024\r\n"].flatMap((ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8]),
    ]);
    expect((await fail(utf16)).key).toBe("wbTextNotXlsx");
    expect((await fail(new Uint8Array([1, 2, 0, 0, 255, 254, 0, 7]))).key).toBe("wbNotXlsx");
  });

  test("a truncated .xlsx and a zip that is not a workbook", async () => {
    const good = await writeXlsx(await tracked());
    const cut = good.slice(0, Math.floor(good.length / 2));
    const e = await fail(cut);
    expect(["wbCorrupt", "wbNotXlsx"]).toContain(e.key);
    expect(e.text("zh").length).toBeGreaterThan(4);
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    const other = await zip.generateAsync({ type: "uint8array" });
    expect(["wbNotXlsx", "wbCorrupt"]).toContain((await fail(other)).key);
    await expect(readXlsx(other)).rejects.toHaveProperty("key");
  });
});
