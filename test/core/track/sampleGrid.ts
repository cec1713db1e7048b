/** Test helper: a sheet of assets/sample.xlsx as a grid of values plus its merged areas (ExcelJS directly). */
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellRectLike } from "../../../src/core/track/grid";
import type { GridValue } from "../../../src/core/track/types";

export async function sampleSheet(name: string): Promise<{ grid: GridValue[][]; merges: CellRectLike[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "../../../assets/sample.xlsx"));
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const grid: GridValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: GridValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      row.push(
        v === null || v === undefined ? null : typeof v === "object" ? String(cell.text) : (v as GridValue),
      );
    }
    grid.push(row);
  }
  const merges: CellRectLike[] = [];
  const model = (
    ws as unknown as {
      _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
    }
  )._merges;
  for (const m of Object.values(model)) {
    merges.push({
      top: m.model.top - 1,
      left: m.model.left - 1,
      rows: m.model.bottom - m.model.top + 1,
      cols: m.model.right - m.model.left + 1,
    });
  }
  return { grid, merges };
}
