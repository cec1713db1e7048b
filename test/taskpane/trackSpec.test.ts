/** The tracking sheet spec: live formulas point at the source cells (offsets, transposed peer tables). */
import { analyzeWorkbook, type GridSheet } from "../../src/core/track";
import {
  buildSummarySheet,
  buildTrackSheet,
  COL,
  STATUS_FILLS,
  summarySheetName,
} from "../../src/taskpane/track/spec";

const main: GridSheet = {
  name: "数据 表",
  top: 4,
  left: 2,
  grid: [
    ["指标名称", "单位", "上年全年", "年度目标", "1-10月", "上年同期", "增速(%)"],
    ["地区生产总值", "亿元", 1205.3, "增长6%左右", 889.6, 834, 5.8],
    ["固定资产投资", "亿元", 412.6, "增长15%以上", 426.3, 376.9, null],
    ["盟级重点项目完成投资", "亿元", 390, "450亿元以上", 392.6, 334.1, null],
    ["城镇登记失业率", "%", 3.9, "控制在5%以内", 3.8, 3.9, null],
  ],
};
const peers: GridSheet = {
  name: "各旗县",
  grid: [
    ["2024年1-10月主要指标增速(%)"],
    ["指标", "全盟", "甲旗", "乙县", "丙市"],
    ["规上工业增加值", 7.2, 8.5, 6.1, 9.0],
  ],
};

describe("buildTrackSheet", () => {
  const a = analyzeWorkbook([main, peers], { months: 10 });
  const spec = buildTrackSheet(a);
  const t = spec.tables[0]!;
  const row = (name: string) => t.rows.find((r) => r[0] === name)!;

  it("links every figure to its source cell, offset by where the table sits", () => {
    expect(row("固定资产投资")[COL.本年累计]).toEqual({ formula: "='数据 表'!G7", value: 426.3 });
    expect(row("固定资产投资")[COL["增速(%)"]]).toMatchObject({
      formula: "=IND.GROWTH('数据 表'!G7,'数据 表'!H7)",
    });
    expect(row("地区生产总值")[COL["增速(%)"]]).toEqual({ formula: "='数据 表'!I6", value: 5.8 });
    expect(row("地区生产总值")[COL.差距]).toMatchObject({ formula: "='数据 表'!I6-6" });
    const done = row("盟级重点项目完成投资")[COL["完成进度(%)"]] as { formula: string; value: number };
    expect(done.formula).toBe("='数据 表'!G8/450*100");
    expect(done.value).toBeCloseTo(87.244, 3);
    const need = row("固定资产投资")[COL["后期需增长(%)"]] as { formula: string; value: number };
    expect(need.formula).toBe("=('数据 表'!E7*(1+15/100)-'数据 表'!G7)/('数据 表'!E7-'数据 表'!H7)*100-100");
    expect(need.value).toBeCloseTo(34.986, 3);
  });

  it("the formulas compute the values they carry", () => {
    // Evaluate the simple arithmetic formulas against the grid to be sure value and formula agree.
    const cell = (addr: string) => {
      const m = /^'数据 表'!([A-Z])(\d+)$/.exec(addr)!;
      return main.grid[Number(m[2]) - 1 - 4]![m[1]!.charCodeAt(0) - 65 - 2] as number;
    };
    for (const r of t.rows) {
      for (const c of r) {
        if (!c || typeof c !== "object" || !("formula" in c) || c.formula.includes("IND.")) continue;
        const js = c.formula.slice(1).replace(/'数据 表'!([A-Z]\d+)/g, (x) => String(cell(x)));
        expect(Function(`return (${js})`)()).toBeCloseTo(c.value as number, 9);
      }
    }
  });

  it("status fills, chart of growth vs target, peer table from a transposed sheet with correct addresses", () => {
    expect(t.statusFormats).toEqual([{ column: COL.状态, fills: STATUS_FILLS }]);
    expect(t.chart).toMatchObject({
      type: "columnClustered",
      categoryColumn: 0,
      seriesColumns: [COL["增速(%)"], COL["目标增速(%)"]],
    });
    const peer = spec.tables.find((x) => x.name === "同级位次")!;
    expect(peer.rows[0]![0]).toBe("全盟");
    expect(peer.rows[0]![1]).toEqual({ formula: "='各旗县'!B3", value: 7.2 });
    expect(peer.rows[1]!.slice(0, 3)).toEqual(["甲旗", { formula: "='各旗县'!C3", value: 8.5 }, 2]);
    const sentences = spec.tables.find((x) => x.name === "地区表述")!;
    expect(sentences.rows[0]![2]).toBe(
      "1-10月，甲旗规上工业增加值同比增长8.5%，高于全盟平均1.3个百分点，居全盟第2位",
    );
  });

  it("the summary sheet: counts, the rows furthest behind and the status pivot on the written table", () => {
    const s = buildSummarySheet(a, "指标跟踪", "指标跟踪");
    expect(s.sheet).toBe("跟踪汇总");
    expect(summarySheetName("跟踪10月")).toBe("跟踪10月汇总");
    expect(s.tables[0]!.rows.map((r) => r[0])).toEqual(["固定资产投资", "地区生产总值"]);
    expect(s.pivots).toEqual([
      {
        name: "达标情况",
        sourceTable: "指标跟踪",
        rows: ["类别"],
        columns: ["状态"],
        values: [{ field: "指标", summarize: "count" }],
      },
    ]);
  });
});
