/**
 * Workbook layer: writing a 2,000-row tracking sheet into the in-memory workbook (layout, status formats,
 * chart data, computed summary), and .xlsx export/import of the result with ExcelJS. Baseline: copying the
 * same rows (structuredClone), measured in the same process.
 */
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";
import type { SheetSpec } from "../../src/workbook/types";
import { row, time } from "./_timing";

const STATUSES = ["达标", "基本达标", "未达标"];

function spec(n: number): SheetSpec {
  return {
    sheet: "指标跟踪",
    title: ["1-10月指标跟踪", "示例数据"],
    tables: [
      {
        name: "跟踪表",
        header: ["指标", "类别", "单位", "本期", "上年同期", "增速", "目标", "状态"],
        rows: Array.from({ length: n }, (_, i) => [
          `指标${i + 1}`,
          ["经济", "工业", "投资", "消费"][i % 4] as string,
          "亿元",
          100 + i,
          95 + i,
          { formula: `=IND.GROWTH(D${i + 5},E${i + 5})`, value: ((100 + i) / (95 + i) - 1) * 100 },
          6,
          STATUSES[i % 3] as string,
        ]),
        numberFormats: [null, null, null, "0.00", "0.00", "0.0", "0.0", null],
        statusFormats: [{ column: 7, fills: { 达标: "#C6EFCE", 基本达标: "#FFEB9C", 未达标: "#FFC7CE" } }],
        chart: { type: "columnClustered", title: "增速与目标", categoryColumn: 0, seriesColumns: [5, 6] },
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
  };
}

async function timeAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

export default async function run(): Promise<void> {
  const n = 2000;
  const s = spec(n);
  const baseline = time(() => structuredClone(s.tables[0]?.rows));
  row(`baseline: structuredClone of ${n} rows × 8`, baseline);

  let wb = new MemoryWorkbook();
  const write = time(() => {
    wb = new MemoryWorkbook();
    void wb.writeSheet(s);
  });
  row(`MemoryWorkbook.writeSheet ${n} rows (+ summary, status, chart)`, write, baseline);
  const snap = time(() => wb.getSheet("指标跟踪"));
  row("MemoryWorkbook.getSheet (preview grid snapshot)", snap, baseline);

  let bytes: Uint8Array = new Uint8Array();
  const exp = await timeAsync(async () => {
    bytes = await writeXlsx(wb);
  });
  row(`writeXlsx (${(bytes.length / 1024).toFixed(0)} KB)`, exp, baseline);
  const imp = await timeAsync(() => readXlsx(bytes));
  row("readXlsx of that file", imp, baseline);
}
