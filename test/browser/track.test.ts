/**
 * The Track view in the preview (headless Chromium, production build in IND_DIST, default dist/): the sample
 * workbook's 主要指标 table detected, period 1-10月 (序时进度 83.3%), 计算并写入 → the 指标跟踪 sheet with the expected
 * statuses, live formulas and peer ranks; the chart is in the workbook model (the saved .xlsx carries its data);
 * a second 刷新 works in place; no console or page error and no request to another origin.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import {
  describeBrowser,
  openPreview,
  readGrid,
  selectSheet,
  sheetNames,
  switchView,
  useCleanSession,
} from "./harness";

describeBrowser("Track view in Chromium", () => {
  /** One session for the suite; after every test the page stayed clean (see harness). */
  const session = useCleanSession();

  test("sample table, 1-10月 → 指标跟踪 with statuses, ranks and a chart", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "track");
    const panel = page.locator("#ind-panel-track");
    await page.waitForFunction(
      () => (document.querySelector('[data-ind="source"]') as HTMLSelectElement | null)?.value === "主要指标",
      undefined,
      { timeout: 30_000 },
    );
    expect(await panel.locator("select[data-col]").count()).toBeGreaterThan(20);
    await page.selectOption('[data-ind="period"]', "10:1-10月");
    expect(await panel.locator('[data-ind="schedule"]').innerText()).toBe("序时进度 83.3%");

    await panel.locator('[data-ind="compute"]').click();
    await page.waitForFunction(
      () => document.querySelector(".ind-message-text")?.textContent?.includes("已写入") ?? false,
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(await panel.locator('[data-ind="counts"]').innerText()).toBe(
      "达标 5 · 基本达标 2 · 未达标 1 · 其他 3",
    );
    expect(await panel.locator('[data-ind="problems"]').innerText()).toContain(
      "社会消费品零售总额：缺少目标",
    );

    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["指标跟踪", "跟踪汇总"]));
    await selectSheet(page, "指标跟踪");
    const grid = await readGrid(page);
    const header = grid.find((r) => r.includes("状态") && r.includes("指标"))!;
    const status = header.indexOf("状态");
    const row = (name: string) => grid.find((r) => r[header.indexOf("指标")] === name)!;
    expect(row("固定资产投资")[status]).toBe("未达标");
    expect(row("地区生产总值")[status]).toBe("基本达标");
    expect(row("规上工业增加值")[status]).toBe("达标");
    expect(row("盟级重点项目完成投资")[status]).toBe("达标");
    expect(row("城镇登记失业率")[status]).toBe("达标");
    // live formula behind the growth cell
    const growthAddr = await page.evaluate(() => {
      const cells = [...document.querySelectorAll("td[data-formula]")] as HTMLElement[];
      return (
        cells.find((c) => (c.dataset.formula ?? "").startsWith("=IND.GROWTH('主要指标'!N7"))?.dataset
          .formula ?? null
      );
    });
    expect(growthAddr).toBe("=IND.GROWTH('主要指标'!N7,'主要指标'!W7)");
    // peer ranks: 锡林浩特市 8.52 ties with 西乌珠穆沁旗 8.46 at 8.5 (5th), up one from 1-9月
    const peerHeader = grid.find((r) => r[0] === "地区" && r.includes("规上工业增加值位次"))!;
    const xlht = grid.find((r, i) => r[0] === "锡林浩特市" && i > grid.indexOf(peerHeader))!;
    expect(xlht[peerHeader.indexOf("规上工业增加值位次")]).toBe("5");
    expect(xlht[peerHeader.indexOf("规上工业增加值位次变化")]).toBe("1");
    expect(grid.some((r) => r.some((c) => c.includes("并列全盟第5位，较上月前移1位")))).toBe(true);

    // the chart is part of the workbook model: the saved .xlsx carries it (as data beside the table)
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-action="save-workbook"]').click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const ws = book.getWorksheet("指标跟踪")!;
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.text))));
    expect(texts.some((t) => t.includes("增速与目标（1-10月）"))).toBe(true);

    // 刷新: recomputes in place
    await switchView(page, "track");
    await panel.locator('[data-ind="refresh"]').click();
    await page.waitForFunction(
      () => document.querySelector(".ind-message-text")?.textContent?.includes("已刷新") ?? false,
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect((await sheetNames(page)).filter((n) => n === "指标跟踪")).toHaveLength(1);
  });
});
