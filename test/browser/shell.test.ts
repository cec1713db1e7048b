/**
 * The task pane shell and preview in headless Chromium, on a production build (IND_DIST, default dist/):
 * the sample workbook beside the pane in Chinese, all four views, sheet switching, ?lang=en, ?theme=dark,
 * save as .xlsx, a damaged file → message and the sample still usable; no console error, no page error and no
 * request to any origin but the local server.
 */
import {
  activeSheet,
  describeBrowser,
  openPreview,
  openWorkbookFile,
  readGrid,
  readMessage,
  selectSheet,
  sheetNames,
  switchView,
  tabLabels,
  useCleanSession,
} from "./harness";

const VIEWS = ["track", "read", "write", "check"] as const;

describeBrowser("task pane preview in Chromium", () => {
  /** One session for the suite; after every test the page stayed clean (see harness). */
  const session = useCleanSession();

  test("Chinese pane beside the sample workbook grid; all views and sheets switch", async () => {
    await openPreview(session);
    const { page } = session;
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator(".ind-title").innerText()).toBe("指标通");
    expect(await tabLabels(page)).toEqual(["跟踪", "读取", "撰写", "审核"]);

    // The sample: several sheets, the first shown, real figures and the 示例数据 mark.
    const sheets = await sheetNames(page);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(await activeSheet(page)).toBe(sheets[0]);
    const grid = (await readGrid(page)).flat().join("\n");
    expect(grid).toContain("地区生产总值");
    expect(grid).toContain("示例数据");
    expect(await page.locator(".ind-badge").innerText()).toBe("预览模式");

    for (const view of VIEWS) {
      const text = await switchView(page, view);
      expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
      for (const other of VIEWS) {
        if (other !== view) expect(await page.locator(`#ind-panel-${other}`).isVisible()).toBe(false);
      }
      expect(await page.locator(`fluent-tab[data-view="${view}"]`).getAttribute("aria-selected")).toBe(
        "true",
      );
    }

    for (const name of [...sheets].reverse()) {
      await selectSheet(page, name);
      expect(await activeSheet(page)).toBe(name);
      expect(await page.locator(`[data-sheet-tab="${name}"]`).getAttribute("aria-selected")).toBe("true");
    }

    // Selecting a cell shows its address (and formula or value) in the formula bar.
    await page.locator('.ind-grid td[data-addr="A1"]').click();
    expect(await page.locator('[data-role="selection-address"]').innerText()).toBe("A1");

    // The Excel-only adapter is never loaded in the preview, and the xlsx chunk is (for the sample).
    const paths = session.requests.map((r) => new URL(r.url).pathname);
    expect(paths.some((p) => /\/chunks\/office\./.test(p))).toBe(false);
    expect(paths).toContain("/assets/sample.xlsx");
  });

  test("office.js's delayed telemetry frame (3 s after load) is never created or attempted", async () => {
    await openPreview(session);
    await session.page.waitForTimeout(4000);
    expect(await session.page.locator("iframe").count()).toBe(0);
    // afterEach: no CSP violation, no console error, no foreign request.
  });

  test("keyboard: the tabs are focusable elements and the arrow keys move between views", async () => {
    await openPreview(session);
    const { page } = session;
    await page.locator('fluent-tab[data-view="track"]').focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("#ind-panel-read").waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-view"))).toBe("read");
  });

  test("?lang=en gives the English pane", async () => {
    await openPreview(session, "?lang=en");
    const { page } = session;
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await tabLabels(page)).toEqual(["Track", "Read", "Write", "Check"]);
    expect(await switchView(page, "track")).toContain("Select an indicator table");
    expect(await page.locator('[data-action="open-workbook"]').innerText()).toBe("Open workbook…");
  });

  test("?theme=dark applies the Fluent dark tokens", async () => {
    await openPreview(session, "?theme=dark");
    const { page } = session;
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 80);
  });

  test("a damaged file gives a clear message and the sample stays usable; so does a text file", async () => {
    await openPreview(session);
    const { page } = session;
    const sheets = await sheetNames(page);
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(400, 7)]);
    await openWorkbookFile(page, { name: "损坏.xlsx", buffer: damaged });
    await page.waitForFunction(
      () => document.querySelector(".ind-message")?.getAttribute("data-intent") === "error",
    );
    const msg = await readMessage(page);
    expect(msg?.text).toContain("无法打开“损坏.xlsx”");
    expect(msg?.text).toContain("当前工作簿未改变");
    expect(await sheetNames(page)).toEqual(sheets);

    await openWorkbookFile(page, { name: "数据.xlsx", buffer: Buffer.from("地区,增速\n甲旗,6.1\n", "utf8") });
    await page.waitForFunction(() =>
      document.querySelector(".ind-message-text")?.textContent?.includes("数据.xlsx"),
    );
    expect((await readMessage(page))?.text).toContain("文本");

    await selectSheet(page, sheets[1]!);
    expect(await activeSheet(page)).toBe(sheets[1]);
    expect(await switchView(page, "check")).toMatch(/审核/);
  });

  test("另存为 .xlsx downloads a workbook, and opening it again shows the same sheets", async () => {
    await openPreview(session);
    const { page } = session;
    const sheets = await sheetNames(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-action="save-workbook"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("指标通示例.xlsx");
    const file = await download.path();
    const bytes = (await import("fs")).readFileSync(file);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await openWorkbookFile(page, { name: "再次打开.xlsx", buffer: bytes });
    await page.waitForFunction(
      () => document.querySelector(".ind-message")?.getAttribute("data-intent") === "success",
    );
    expect(await sheetNames(page)).toEqual(sheets);
    expect(await page.locator(".ind-wb-name").innerText()).toBe("再次打开.xlsx");
  });

  test("help.html (manifest SupportUrl / LearnMoreUrl) shows Chinese and English help and runs no script", async () => {
    await session.goto("help.html");
    const { page } = session;
    expect(await page.title()).toContain("指标通");
    const text = await page.locator("body").innerText();
    expect(text).toContain("中文帮助");
    expect(text).toContain("Help in English");
    expect(await page.locator("script").count()).toBe(0);
    expect(
      await page
        .locator('img[src="assets/icon-32.png"]')
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBe(32);
  });
});
