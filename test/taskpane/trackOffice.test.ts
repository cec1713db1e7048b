/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Track flow through the Office adapter (office-addin-mock objects, test/workbook/fakeExcel.ts): the
 * number of context.sync calls does not depend on the table size (10 and 2,000 indicators), and the tracking
 * sheet lands in Excel as a table with live formulas and status rules.
 */
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

import { runTrack } from "../../src/taskpane/track/run";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel, sheetFrom } from "../workbook/fakeExcel";

function dataSheet(n: number) {
  const rows: (string | number)[][] = [["'指标名称", "'单位", "'本期", "'上年同期", "'年度目标"]];
  const targets = ["'增长6%左右", "'增长15%以上", "'450亿元以上", "'"];
  for (let i = 0; i < n; i++)
    rows.push([`'指标${i + 1}`, "'亿元", 100 + i, 95 + i, targets[i % targets.length] as string]);
  return sheetFrom("主要指标", rows);
}

function peerSheet(n: number) {
  const rows: (string | number)[][] = [
    ["'地区", "'规上工业增加值1-9月增速(%)", "'规上工业增加值1-10月增速(%)"],
    ["'全盟", 6.9, 7.2],
  ];
  for (let i = 0; i < n; i++) rows.push([`'地区${i + 1}`, 5 + (i % 7), 6 + (i % 5)]);
  return sheetFrom("旗县市区", rows);
}

async function syncs(n: number) {
  const fx = new FakeExcel([dataSheet(n), peerSheet(20)]);
  const wb = new OfficeWorkbook(fx.run, { supports: () => true });
  fx.syncs = 0;
  const r = await runTrack(wb, { months: 10 });
  return { fx, r, syncs: fx.syncs };
}

describe("Track through the Office adapter", () => {
  test("the same number of context.sync calls for 10 and 2,000 indicators", async () => {
    const small = await syncs(10);
    const large = await syncs(2000);
    expect(small.r.result?.status).toBe("written");
    expect(large.r.result?.status).toBe("written");
    expect(large.r.analysis.rows).toHaveLength(2000);
    // settings (1) + sheet list (1) + one read per sheet (2) + writeSheet ×2 (tracking sheet and summary, 3 each)
    expect(small.syncs).toBe(10);
    expect(large.syncs).toBe(small.syncs);
  });

  test("writes the table with live formulas and the status rules", async () => {
    const { fx, r } = await syncs(10);
    const sheet = fx.sheet("指标跟踪")!;
    const cells = sheet.grid.flat().filter((v) => typeof v === "string") as string[];
    expect(cells).toContain("=IND.GROWTH('主要指标'!C2,'主要指标'!D2)");
    expect(cells).toContain("'未达标");
    // growth ≈ 5% everywhere: short of 6%左右 by more than 0.5, of 15%以上, and 102 of 450 is behind 83.3% of the year
    expect(r.analysis.counts).toMatchObject({ 达标: 0, 未达标: 8, 缺少目标: 2 });
    expect(fx.model.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["指标跟踪", "同级位次", "地区表述"]),
    );
  });
});
