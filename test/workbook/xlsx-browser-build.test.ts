/**
 * The browser bundle gets ExcelJS's browser build (package.json "browser": dist/exceljs.min.js), not the
 * Node build the other tests use. Run the same import/export through that build.
 */
jest.mock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));

import * as fs from "fs";
import * as path from "path";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx, tryReadXlsx, writeXlsx } from "../../src/workbook/xlsx";
import { OWNED_SHEETS_KEY } from "../../src/workbook/types";

test("ExcelJS browser build: the sample reads, a tracking sheet round-trips, bad files fail clearly", async () => {
  const sample = await readXlsx(
    new Uint8Array(fs.readFileSync(path.join(__dirname, "../../assets/sample.xlsx"))),
  );
  expect(sample.sheetNames().length).toBeGreaterThan(0);
  expect(JSON.stringify(sample.sheetNames().map((n) => sample.getSheet(n).values))).toContain("示例数据");

  const wb = new MemoryWorkbook([{ name: "数据", values: [["指标", 1]] }]);
  await wb.writeSheet({
    sheet: "指标跟踪",
    tables: [
      {
        name: "跟踪表",
        header: ["指标", "增速", "状态"],
        rows: [
          ["地区生产总值", { formula: "=1+5.1", value: 6.1 }, "达标"],
          ["规上工业增加值", -2, "未达标"],
        ],
        numberFormats: [null, "0.0", null],
        statusFormats: [{ column: 2, fills: { 达标: "#C6EFCE" } }],
      },
    ],
  });
  const back = await readXlsx(await writeXlsx(wb));
  expect(back.getSheet("指标跟踪").values).toEqual(wb.getSheet("指标跟踪").values);
  expect(back.getSheet("指标跟踪").formulas[1]?.[1]).toBe("=1+5.1");
  expect(await back.listTables()).toEqual(await wb.listTables());
  expect(back.getSheet("指标跟踪").conditionalFormats).toEqual(wb.getSheet("指标跟踪").conditionalFormats);
  expect(await back.getSetting(OWNED_SHEETS_KEY)).toEqual(["指标跟踪"]);

  const bad = await tryReadXlsx(new TextEncoder().encode("a,b\n1,2\n"));
  expect(bad.ok).toBe(false);
});
