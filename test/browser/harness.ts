/**
 * Browser-test harness: serves a built dist directory from a tiny static server on 127.0.0.1 (random port),
 * drives the Debian `/usr/bin/chromium` through playwright-core, and records everything a test needs to
 * assert that the page is clean: every request (any origin but the local server is a failure), console
 * errors, page errors.
 *
 * - Build first (`npm run build`, or `IND_OUT_DIR=dist-x npx webpack --mode production`); `IND_DIST` selects
 *   the directory (default `dist`). A missing build fails loudly rather than skipping.
 * - If `/usr/bin/chromium` is missing the suites declared with `describeBrowser` are skipped with a console
 *   message (CI installs it; `.ci/run` does `apt-get install -y chromium`).
 * - Chromium resolves no host but 127.0.0.1 (`--host-resolver-rules`), so an attempt to reach another origin
 *   makes no outbound connection, yet still shows up as a request and fails the test.
 *
 * Page conventions the helpers rely on (kept by src/taskpane): `<html data-ind-ready="true">` once the pane
 * and the preview workbook are shown; tabs `fluent-tab[data-view=<id>]` with panels `#ind-panel-<id>`; preview
 * sheet tabs `[data-sheet-tab="<name>"]`; grid cells `td[data-addr="B3"]` (value text, formula in
 * `data-formula`).
 */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.IND_CHROMIUM || "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Generous per-test timeout for browser suites (startup of Chromium on a busy 2-core machine). */
export const BROWSER_TIMEOUT_MS = 90_000;

/**
 * `describe` for browser suites: skipped, with a console message saying why, when Chromium is missing.
 * Sets the jest timeout for the suite.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (!hasChromium) {
    console.warn(
      `[browser tests] ${CHROMIUM_PATH} not found: skipping "${name}". Install Chromium (apt-get install -y chromium) to run them.`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, () => {
    jest.setTimeout(BROWSER_TIMEOUT_MS);
    body();
  });
}

// ---------------------------------------------------------------------------------------------------------
// Static server

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  root: string;
  /** Paths requested, in order (decoded, with query). */
  served: string[];
  close(): Promise<void>;
}

/** The dist directory the tests use: `IND_DIST` or `dist`, resolved against the repository root. */
export function distDir(): string {
  return path.resolve(__dirname, "..", "..", process.env.IND_DIST || "dist");
}

/** Serve `root` on 127.0.0.1 at a random port. Only GET/HEAD; no directory listing; no path outside root. */
export async function serveDir(root: string = distDir()): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  if (!fs.existsSync(path.join(absRoot, "taskpane.html"))) {
    throw new Error(
      `No build in ${absRoot} (taskpane.html missing). Build first: npm run build (or set IND_DIST to a built directory).`,
    );
  }
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    served.push(decodeURIComponent(url.pathname) + url.search);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(absRoot, "." + (rel.endsWith("/") ? rel + "index.html" : rel));
    if (file !== absRoot && !file.startsWith(absRoot + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": mimeType(file),
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      fs.createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root: absRoot,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Browser session

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Set when the request failed (e.g. net::ERR_NAME_NOT_RESOLVED for a blocked origin). */
  failure?: string;
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  /** Every request the page (and its frames and workers) made, in order. */
  requests: RecordedRequest[];
  /** console.error messages (text, with location). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /**
   * Requests to any origin other than the local server (ignoring data:, blob:, about:), including attempts the
   * page's Content-Security-Policy blocked (resourceType "csp:<directive>").
   */
  foreignRequests(): RecordedRequest[];
  /** Navigate to a path on the local server (e.g. "taskpane.html?lang=en"). */
  goto(pathAndQuery: string): Promise<void>;
  close(): Promise<void>;
}

const LOCAL_SCHEMES = ["data:", "blob:", "about:", "chrome-error:"];

export function isForeign(url: string, origin: string): boolean {
  if (LOCAL_SCHEMES.some((s) => url.startsWith(s))) return false;
  try {
    return new URL(url).origin !== origin;
  } catch {
    return true;
  }
}

/** Start the server and Chromium, open an empty page that records requests, console and page errors. */
export async function openSession(options: { dist?: string; locale?: string } = {}): Promise<Session> {
  const server = await serveDir(options.dist ?? distDir());
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      locale: options.locale ?? "zh-CN",
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const requests: RecordedRequest[] = [];
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const byRequest = new Map<object, RecordedRequest>();
    context.on("request", (req) => {
      const rec = { url: req.url(), method: req.method(), resourceType: req.resourceType() };
      byRequest.set(req, rec);
      requests.push(rec);
    });
    context.on("requestfailed", (req) => {
      const rec = byRequest.get(req);
      if (rec) rec.failure = req.failure()?.errorText ?? "failed";
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") {
        const loc = msg.location();
        consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
      }
    });
    page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
    page.on("websocket", (ws) => requests.push({ url: ws.url(), method: "GET", resourceType: "websocket" }));
    // Requests the page's CSP blocks (fetch, frames) never reach the network layer, so Playwright does not
    // report them; the page's securitypolicyviolation events do. Record them as failed requests.
    await context.exposeBinding("__indCspViolation", (_source, url: string, directive: string) => {
      requests.push({ url, method: "GET", resourceType: `csp:${directive}`, failure: "csp" });
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as { __indCspViolation?: (u: string, d: string) => void })
          .__indCspViolation;
        report?.(e.blockedURI, e.effectiveDirective);
      });
    });
    const b = browser;
    return {
      browser: b,
      context,
      page,
      server,
      requests,
      consoleErrors,
      pageErrors,
      foreignRequests: () => requests.filter((r) => isForeign(r.url, server.origin)),
      async goto(pathAndQuery: string) {
        await page.goto(`${server.origin}/${pathAndQuery.replace(/^\//, "")}`, { waitUntil: "load" });
      },
      async close() {
        await b.close().catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}

/**
 * The standard browser suite: one Chromium session for the suite (opened in beforeAll, then `setup` runs,
 * closed in afterAll), and after every test the page must have stayed clean: no page error, no console error,
 * no request to another origin. Returns a stable object that holds the session's fields once beforeAll ran.
 */
export function useCleanSession(setup?: (session: Session) => Promise<void>): Session {
  const session = {} as Session;
  beforeAll(async () => {
    Object.assign(session, await openSession());
    if (setup) await setup(session);
  });
  afterAll(async () => {
    await session.close?.();
  });
  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests()).toEqual([]);
  });
  return session;
}

// ---------------------------------------------------------------------------------------------------------
// Page helpers (preview)

/** Wait until the pane says it is ready (`<html data-ind-ready="true">`, set after the preview workbook shows). */
export async function waitForReady(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.indReady === "true", undefined, {
    timeout: timeoutMs,
  });
}

/** Open the preview (`taskpane.html` plus an optional query such as "?lang=en") and wait until it is ready. */
export async function openPreview(session: Session, query = ""): Promise<void> {
  await session.goto(`taskpane.html${query}`);
  await waitForReady(session.page);
}

/** Click the tab of a view and wait until its panel is shown. Returns the panel's text. */
export async function switchView(page: Page, view: "track" | "read" | "write" | "check"): Promise<string> {
  await page.click(`fluent-tab[data-view="${view}"]`);
  const panel = page.locator(`#ind-panel-${view}`);
  await panel.waitFor({ state: "visible" });
  return (await panel.innerText()).trim();
}

/** The tab labels in order. */
export async function tabLabels(page: Page): Promise<string[]> {
  return (await page.locator("fluent-tab[data-view]").allInnerTexts()).map((s) => s.trim());
}

/** Names of the preview's sheet tabs, in order. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page
    .locator("[data-sheet-tab]")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-sheet-tab") ?? ""));
}

/** The sheet the preview grid shows now. */
export async function activeSheet(page: Page): Promise<string | null> {
  return page.locator(".ind-grid").getAttribute("data-sheet");
}

/** Show another sheet in the preview grid and wait until the grid shows it. */
export async function selectSheet(page: Page, name: string): Promise<void> {
  await page.locator(`[data-sheet-tab]`).filter({ hasText: name }).first().click();
  await page.waitForFunction(
    (n) => document.querySelector(".ind-grid")?.getAttribute("data-sheet") === n,
    name,
  );
}

/** The displayed text of a cell of the current grid ("B3"); null when the cell is outside the shown range. */
export async function readCell(page: Page, address: string): Promise<string | null> {
  const cell = page.locator(`.ind-grid td[data-addr="${address.toUpperCase()}"]`);
  if ((await cell.count()) === 0) return null;
  return (await cell.first().innerText()).trim();
}

/** The formula of a cell of the current grid, or null. */
export async function readFormula(page: Page, address: string): Promise<string | null> {
  const cell = page.locator(`.ind-grid td[data-addr="${address.toUpperCase()}"]`);
  if ((await cell.count()) === 0) return null;
  return cell.first().getAttribute("data-formula");
}

/** All displayed cell texts of the current grid as rows (row-major, as rendered). */
export async function readGrid(page: Page): Promise<string[][]> {
  return page
    .locator(".ind-grid tbody tr")
    .evaluateAll((rows) =>
      rows.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim())),
    );
}

/** The message bar's text and intent now, or null when it is empty. */
export async function readMessage(page: Page): Promise<{ text: string; intent: string } | null> {
  const bar = page.locator(".ind-message").first();
  if ((await bar.count()) === 0) return null;
  return {
    text: ((await bar.locator(".ind-message-text").innerText()) || "").trim(),
    intent: (await bar.getAttribute("data-intent")) ?? "",
  };
}

/** Choose a file in the preview's "open workbook" input (as if the user picked it). */
export async function openWorkbookFile(
  page: Page,
  file: { name: string; mimeType?: string; buffer: Buffer },
): Promise<void> {
  await page.setInputFiles("input[type=file][data-role=open-workbook]", {
    name: file.name,
    mimeType: file.mimeType ?? mimeType(file.name),
    buffer: file.buffer,
  });
}
