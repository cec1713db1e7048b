/**
 * The Write view in the preview (headless Chromium, production build in IND_DIST, default dist/): the paragraph
 * drafted from the sample workbook, a peer region with 并列, the indicator checklist, copy to the clipboard,
 * insert into a cell (asking before replacing a non-empty one), write to the add-in's sheet 分析文字; no console
 * or page error and no request to another origin.
 */
import {
  activeSheet,
  describeBrowser,
  openPreview,
  readCell,
  readGrid,
  readMessage,
  sheetNames,
  switchView,
  useCleanSession,
} from "./harness";
import type { Page } from "playwright-core";

async function paragraphText(page: Page): Promise<string> {
  return page.locator('[data-write="output"]').inputValue();
}

async function waitForParagraph(page: Page, contains: string): Promise<string> {
  await page.waitForFunction(
    (c) =>
      ((document.querySelector('[data-write="output"]') as HTMLTextAreaElement | null)?.value ?? "").includes(
        c,
      ),
    contains,
    { timeout: 30_000 },
  );
  return paragraphText(page);
}

async function waitForMessage(page: Page, contains: string): Promise<{ text: string; intent: string }> {
  await page.waitForFunction(
    (c) => document.querySelector(".ind-message-text")?.textContent?.includes(c) ?? false,
    contains,
    { timeout: 30_000 },
  );
  return (await readMessage(page))!;
}

describeBrowser("Write view in Chromium", () => {
  const session = useCleanSession(async (s) => {
    await s.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: s.server.origin,
    });
  });

  test("drafts the paragraph from the sample workbook, for the league and for a region", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "write");
    const text = await waitForParagraph(page, "地区生产总值");
    // usual order: GDP first (quarterly: its latest figure is 1-9月), then industry at 1-10月
    expect(text.startsWith("1-9月，全盟地区生产总值")).toBe(true);
    expect(text).toContain("1-10月，全盟规上工业增加值同比增长7.2%，增速比1-9月加快0.3个百分点");
    expect(text).not.toMatch(/-0\.0|增长-|\{\w+\}|undefined|NaN/);
    expect(await page.locator('[data-write="notes"]').innerText()).toContain("示例数据");

    // a region among the peers: rank with 并列 at one decimal, the 全盟 reference
    await page.selectOption('[data-write="subject"]', "锡林浩特市");
    const region = await waitForParagraph(page, "锡林浩特市");
    expect(region).toContain("并列全盟第5位");
    expect(region).toContain("高于全盟平均");

    // only one indicator
    await page.locator('[data-write="none"]').click();
    await page.locator('[data-indicator="固定资产投资"]').check();
    const one = await waitForParagraph(page, "固定资产投资");
    expect(one.split("。").filter((s) => s.length > 0)).toHaveLength(1);

    // NBS period style
    await page.selectOption('[data-write="period-style"]', "nbs");
    expect(await waitForParagraph(page, "1—10月份，锡林浩特市固定资产投资")).toMatch(/^1—10月份/);
    await page.selectOption('[data-write="period-style"]', "local");

    // an earlier period
    await page.selectOption('[data-write="period"]', "9");
    expect(await waitForParagraph(page, "1-9月，锡林浩特市固定资产投资")).toMatch(
      /^1-9月，锡林浩特市固定资产投资同比/,
    );
  });

  test("copy puts the paragraph on the clipboard", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "write");
    const text = await waitForParagraph(page, "地区生产总值");
    await page.locator('[data-write="copy"]').click();
    await waitForMessage(page, "已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test("insert into a cell asks before replacing a non-empty cell, and fills an empty one", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "write");
    const text = await waitForParagraph(page, "地区生产总值");

    // A1 holds the sheet title: asked, cancelled, unchanged
    const a1 = await readCell(page, "A1");
    await page.locator('.ind-grid td[data-addr="A1"]').click();
    await page.locator('[data-write="insert"]').click();
    const cancel = page.locator('[data-action="cancel"]');
    await cancel.waitFor({ state: "visible" });
    await cancel.click();
    expect((await waitForMessage(page, "未写入")).intent).toBe("warning");
    expect(await readCell(page, "A1")).toBe(a1);

    // an empty cell of the shown range is filled without asking
    const empty = await page
      .locator(".ind-grid td[data-addr]")
      .evaluateAll(
        (tds) => tds.find((td) => (td.textContent ?? "").trim() === "")?.getAttribute("data-addr") ?? null,
      );
    expect(empty).not.toBeNull();
    await page.locator(`.ind-grid td[data-addr="${empty}"]`).click();
    await page.locator('[data-write="insert"]').click();
    await waitForMessage(page, `!${empty}`);
    expect(await readCell(page, empty!)).toBe(text);
  });

  test("write to a new sheet creates 分析文字 with the paragraph and one sentence per row", async () => {
    await openPreview(session);
    const { page } = session;
    await switchView(page, "write");
    const text = await waitForParagraph(page, "地区生产总值");
    await page.locator('[data-write="sheet"]').click();
    await waitForMessage(page, "分析文字");
    expect(await sheetNames(page)).toContain("分析文字");
    expect(await activeSheet(page)).toBe("分析文字");
    const cells = (await readGrid(page)).flat();
    expect(cells).toContain(text);
    const first = text.split("。")[0] + "。";
    expect(cells).toContain(first);
    // writing again refreshes the add-in's own sheet without asking
    await page.locator('[data-write="sheet"]').click();
    expect((await waitForMessage(page, "分析文字")).intent).toBe("success");
  });

  test("?lang=en shows the English controls; the report text stays Chinese", async () => {
    await openPreview(session, "?lang=en");
    const { page } = session;
    const panel = await switchView(page, "write");
    expect(panel).toContain("Write about");
    expect(await waitForParagraph(page, "地区生产总值")).toContain("同比增长");
  });
});
