/**
 * The Read view in the preview (headless Chromium, production build in IND_DIST, default dist/): paste a
 * report (traditional script with pinyin noise, so the converter chunk loads from our own origin), see the
 * records with the clause highlighted, insert the table and see its rows in the workbook grid, import the
 * targets into 年度目标; no console or page error and no request to another origin.
 */
import * as fs from "fs";
import * as path from "path";
import {
  activeSheet,
  describeBrowser,
  openPreview,
  readGrid,
  readMessage,
  sheetNames,
  switchView,
  useCleanSession,
} from "./harness";
import type { Page } from "playwright-core";

const REPORT = [
  "一、2023年工作回顧",
  "地區生產總值增長(zhǎng)６％，一般公共預算收入完成35.6億元，居全區首位。",
  "二、2024年主要目標",
  "主要預期目標是：地區生產總值增長6%左右，城鎮新增就業1萬人以上，城鎮登記失業率控制在5%以內。",
].join("\n");

async function waitForMessage(page: Page, contains: string): Promise<{ text: string; intent: string }> {
  await page.waitForFunction(
    (c) => document.querySelector(".ind-message-text")?.textContent?.includes(c) ?? false,
    contains,
    { timeout: 30_000 },
  );
  return (await readMessage(page))!;
}

describeBrowser("Read view in Chromium", () => {
  /** One session for the suite; after every test the page stayed clean (see harness). */
  const session = useCleanSession();

  test("paste a report, see the records, insert the table, see the rows in the grid", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "read");
    await page.locator('[data-read="input"]').fill(REPORT);
    await page.locator('[data-read="extract"]').click();
    await page.waitForFunction(
      () => (document.querySelector('[data-read="status"]')?.textContent ?? "").startsWith("共提取"),
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.locator('[data-read="status"]').innerText()).toBe("共提取 6 条记录，其中目标 3 条");
    const first = page.locator('tbody tr[data-read-row="0"] td');
    expect(await first.nth(1).innerText()).toBe("地区生产总值");
    expect(await first.nth(4).innerText()).toBe("6");
    await page.locator('tbody tr[data-read-row="2"]').click();
    expect(await page.locator('[data-read="clause"]').innerText()).toBe("居全區首位");

    await page.locator('[data-read="insert"]').click();
    await waitForMessage(page, "读取结果");
    expect(await sheetNames(page)).toContain("读取结果");
    expect(await activeSheet(page)).toBe("读取结果");
    const grid = await readGrid(page);
    const flat = grid.map((r) => r.join("|"));
    if (process.env.IND_DEBUG) console.log(flat.join("\n"));
    expect(flat.some((r) => r.startsWith("指标|类别|时期|口径|数值|单位"))).toBe(true);
    expect(flat.some((r) => r.includes("一般公共预算收入|实绩|2023|总量|35.6|亿元"))).toBe(true);
    expect(flat.some((r) => r.includes("一般公共預算收入完成35.6億元"))).toBe(true);
  });

  test("import the targets into 年度目标", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "read");
    await page.locator('[data-read="input"]').fill(REPORT);
    await page.locator('[data-read="extract"]').click();
    await page.waitForFunction(
      () => (document.querySelector('[data-read="status"]')?.textContent ?? "").startsWith("共提取"),
      null,
      {
        timeout: 30_000,
      },
    );
    await page.locator('[data-read="targets"]').click();
    const confirm = page.locator('[data-action="ok"]');
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await waitForMessage(page, "年度目标");
    expect(await sheetNames(page)).toContain("年度目标");
    await page.locator('[data-read="go-track"]').waitFor({ state: "visible" });
    const flat = (await readGrid(page)).map((r) => r.join("|"));
    expect(flat.some((r) => r.startsWith("指标|目标值|限定词|方向|单位"))).toBe(true);
    expect(flat.some((r) => r.startsWith("地区生产总值|6|左右|增长|%"))).toBe(true);
    expect(flat.some((r) => r.startsWith("城镇登记失业率|5|以内|控制在|%"))).toBe(true);
  });

  test("a 300 KB paste stays responsive and reads every line", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "read");
    const text = fs
      .readFileSync(path.join(__dirname, "../fixtures/extract/bulletin.txt"), "utf8")
      .repeat(1200)
      .slice(0, 300_000);
    await page.locator('[data-read="input"]').evaluate((el, t) => {
      (el as HTMLTextAreaElement).value = t;
    }, text);
    // While it reads, the page answers (a timer set now fires long before the extraction is done).
    const lag = await page.evaluate(async () => {
      const btn = document.querySelector('[data-read="extract"]') as HTMLElement;
      btn.click();
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 10));
      return performance.now() - t0;
    });
    expect(lag).toBeLessThan(2_000);
    await page.waitForFunction(
      () => (document.querySelector('[data-read="status"]')?.textContent ?? "").startsWith("共提取"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.locator('[data-read="table"] tbody tr').count()).toBe(500);
  });
});
