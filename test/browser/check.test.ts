/**
 * The Check view in the preview (headless Chromium, production build in IND_DIST, default dist/): a draft checked
 * against the sample workbook (a disagreement shown in red with both values; clicking it selects the cell in the
 * grid), the text's own arithmetic, and the template mode with the filled numbers highlighted; no console or
 * page error and no request to another origin.
 */
import { activeSheet, describeBrowser, openPreview, switchView, useCleanSession } from "./harness";
import type { Page } from "playwright-core";

async function waitForSummary(page: Page, contains: string): Promise<string> {
  await page.waitForFunction(
    (c) => document.querySelector('[data-check="summary"]')?.textContent?.includes(c) ?? false,
    contains,
    { timeout: 30_000 },
  );
  return (await page.locator('[data-check="summary"]').innerText()).trim();
}

describeBrowser("Check view in Chromium", () => {
  /** One session for the suite; after every test the page stayed clean (see harness). */
  const session = useCleanSession();

  test("checks a draft against the sample workbook; clicking a claim selects its cell", async () => {
    await openPreview(session);
    const { page } = session;
    const intro = await switchView(page, "check");
    expect(intro).toContain("审核文稿");
    await page.fill(
      '[data-check="text"]',
      "1-10月，全盟规上工业增加值同比增长7.2%，锡林浩特市规上工业增加值增长8.6%，固定资产投资完成426.3亿元。" +
        "全县规上工业企业由25家增加到42家，增长58%。",
    );
    await page.fill('[data-check="period"]', "2024");
    await page.click('[data-check="run"]');
    const summary = await waitForSummary(page, "不一致");
    expect(summary).toContain("不一致 2");
    const items = page.locator(".ind-check-item");
    const statuses = await items.evaluateAll((ns) => ns.map((n) => n.getAttribute("data-status")));
    expect(statuses).toContain("agree");
    const bad = page.locator('.ind-check-item[data-status="disagree"][data-cell]');
    await expect(bad.innerText()).resolves.toContain("8.5%");
    // A disagreement is shown in red.
    const colour = await bad.evaluate((n) => getComputedStyle(n).borderLeftColor);
    expect(colour).toBe("rgb(197, 15, 31)");
    await bad.click();
    await page.waitForFunction(
      () => document.querySelector(".ind-grid")?.getAttribute("data-sheet") === "旗县市区",
    );
    expect(await activeSheet(page)).toBe("旗县市区");
    await page.waitForFunction(
      () => document.querySelector('[data-role="selection-address"]')?.textContent?.includes("E6") ?? false,
    );
    // The text's own arithmetic: 42 ÷ 25 − 1 = 68%, not 58%.
    const arith = page.locator('.ind-check-item[data-kind="growth_vs_levels"]');
    await expect(arith.innerText()).resolves.toContain("68%");
  });

  test("fills a template from the workbook and highlights the filled numbers", async () => {
    const { page } = session;
    await switchView(page, "check");
    await page.click('[data-check="mode-fill"]');
    await page.fill(
      '[data-check="text"]',
      "1-10月，固定资产投资完成x亿元。社会消费品零售总额同比增长x%。地区生产总值增长x%左右。",
    );
    await page.fill('[data-check="period"]', "2024");
    await page.click('[data-check="run"]');
    await waitForSummary(page, "已填");
    const marks = await page.locator('[data-check="filled"] mark').allInnerTexts();
    expect(marks).toContain("426.3");
    const text = await page.locator('[data-check="filled"]').innerText();
    expect(text).toContain("固定资产投资完成426.3亿元");
    expect(text).not.toMatch(/undefined|NaN/);
  });
});
