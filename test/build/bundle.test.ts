/**
 * Checks on the production build (`npm test` builds into dist/ first; elsewhere set IND_DIST, e.g.
 * `IND_OUT_DIR=dist-x npx webpack --mode production && IND_DIST=dist-x npx jest --selectProjects build`):
 * functions metadata in both languages, no copyleft formula engine, no other host, and the size budget.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const root = path.join(__dirname, "../..");
const dist = path.resolve(root, process.env.IND_DIST || "dist");

/** Budgets in bytes of gzip (level 9). */
const TASKPANE_BUDGET = 250 * 1024;
const FUNCTIONS_BUDGET = 60 * 1024;

/**
 * Hosts that appear in shipped code as identifiers, never as a request: XML namespaces that .xlsx/.docx
 * files must declare (ExcelJS, JSZip users) and the SVG/XHTML/MathML namespaces DOM code uses.
 */
const IDENTIFIER_HOSTS = new Set([
  "schemas.openxmlformats.org",
  "schemas.microsoft.com",
  "purl.org",
  "www.w3.org",
  "ns.adobe.com",
]);
/**
 * Hosts that appear only inside text, never as a request (checked by reading each occurrence): ExcelJS's
 * upgrade notice and core-js's licence field (github.com), JSZip's "is this a zip file?" error message
 * (stuk.github.io), a CSS comment in Fluent web components (bugs.webkit.org). A new host fails the test
 * until someone reads where it comes from and lists it here or removes it.
 */
const MENTIONED_HOSTS = new Set(["github.com", "stuk.github.io", "bugs.webkit.org"]);
/** Hosts that are always wrong in the add-in's own files (CDNs, Office's CDN, font and script hosts). */
const FORBIDDEN_HOST = /(^|\.)(cdn|unpkg|jsdelivr|cdnjs|googleapis|gstatic|appsforoffice|office365|bootstrapcdn|cloudflare|fontawesome|partner\.office365)\b/i;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const rel = (f: string) => path.relative(dist, f).split(path.sep).join("/");
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The src of every <script> in an HTML file (quoted or not, as the minifier leaves them), without "./". */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => ((m[1] ?? m[2] ?? m[3]) as string).replace(/^\.\//, "").split("?")[0] as string,
  );
}

let files: string[] = [];
let own: string[] = [];

beforeAll(() => {
  if (!fs.existsSync(path.join(dist, "taskpane.html")))
    throw new Error(`no production build in ${dist}: run "npx webpack --mode production" (npm test does it first)`);
  files = walk(dist);
  own = files.filter((f) => !rel(f).startsWith("office/"));
});

describe("functions metadata", () => {
  type Fn = { id: string; name: string; description?: string; parameters?: Record<string, unknown>[]; result?: Record<string, unknown> };
  const load = (name: string) => JSON.parse(fs.readFileSync(path.join(dist, name), "utf8")) as { functions: Fn[] };

  test("functions.json and functions-zh-cn.json have the same ids and shapes, and every id has a Chinese description", () => {
    const en = load("functions.json").functions;
    const zh = load("functions-zh-cn.json").functions;
    expect(en.length).toBeGreaterThan(0);
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    const shape = (f: Fn) => ({
      id: f.id,
      name: f.name,
      params: (f.parameters ?? []).map((p) => [p.type, p.dimensionality ?? "scalar", !!p.optional, !!p.repeating]),
      result: [f.result?.type, f.result?.dimensionality ?? "scalar"],
    });
    expect(zh.map(shape)).toEqual(en.map(shape));
    for (const f of zh) expect({ id: f.id, chinese: /[\u4e00-\u9fff]/.test(f.description ?? "") }).toEqual({ id: f.id, chinese: true });
  });
});

describe("what dist ships", () => {
  test("no copyleft formula engine (HyperFormula is for tests only)", () => {
    const hits = files.filter((f) => /\.(js|html|css|json|txt|map)$/.test(f) && /hyperformula/i.test(fs.readFileSync(f, "utf8")));
    expect(hits.map(rel)).toEqual([]);
  });

  test("taskpane.html loads office.js from our own origin (office/office.js, shipped in dist/office/)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(scriptSources(html)).toContain("office/office.js");
    expect(fs.existsSync(path.join(dist, "office", "office.js"))).toBe(true);
    const absolute = [...html.matchAll(/\b(?:src|href)=["']?([a-z]+:)?\/\/[^"'\s>]*/gi)].map((m) => m[0]);
    expect(absolute).toEqual([]);
  });

  test("the production page's Content-Security-Policy allows our own origin only (no dev-server socket, no frames)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy[^>]*content="([^"]+)"/i.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self';/);
    expect(csp).toMatch(/frame-src 'none'/);
    expect(csp).not.toMatch(/ws:|wss:|<%/);
  });

  test("no URL to a CDN or any other host in our own files (dist/office/ is Microsoft's office.js)", () => {
    const bad: string[] = [];
    for (const f of own.filter((x) => /\.(js|html|css|json)$/.test(x))) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/\b(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?(?=[/"'`\s)?#]|$)/gi)) {
        const host = (m[1] as string).toLowerCase();
        if (host === "localhost") continue;
        if (FORBIDDEN_HOST.test(host) || !(IDENTIFIER_HOSTS.has(host) || MENTIONED_HOSTS.has(host))) bad.push(`${rel(f)}: ${m[0]}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });
});

describe("size budget (gzip)", () => {
  test(`task pane initial JS ≤ ${kb(TASKPANE_BUDGET)}, functions code ≤ ${kb(FUNCTIONS_BUDGET)}; heavy parts are lazy`, () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = scriptSources(html).filter((s) => !s.startsWith("office/"));
    expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js"]));
    for (const s of scripts) expect(fs.existsSync(path.join(dist, s))).toBe(true);
    const size = new Map(scripts.map((s) => [s, gz(path.join(dist, s))]));
    const initial = [...size.values()].reduce((a, b) => a + b, 0);
    // The functions need the runtime, functions.js and any shared synchronous chunk the page loads.
    const fnFiles = scripts.filter((s) => s === "runtime.js" || s === "functions.js" || s.startsWith("chunks/"));
    const fn = fnFiles.reduce((a, s) => a + (size.get(s) ?? 0), 0);
    const lazy = own.filter((f) => f.endsWith(".js") && !scripts.includes(rel(f)));
    console.log(
      [
        "gzip sizes:",
        ...scripts.map((s) => `  ${s.padEnd(48)} ${kb(size.get(s) ?? 0).padStart(10)}`),
        `  task pane initial JS (all of the above)          ${kb(initial).padStart(10)}  budget ${kb(TASKPANE_BUDGET)}`,
        `  functions code (${fnFiles.join(" + ")}) ${kb(fn).padStart(10)}  budget ${kb(FUNCTIONS_BUDGET)}`,
        "lazy chunks:",
        ...lazy.map((f) => `  ${rel(f).padEnd(48)} ${kb(gz(f)).padStart(10)}`),
      ].join("\n"),
    );
    expect(initial).toBeLessThanOrEqual(TASKPANE_BUDGET);
    expect(fn).toBeLessThanOrEqual(FUNCTIONS_BUDGET);
    // ExcelJS (xlsx I/O) must not be in what the page loads first.
    for (const s of scripts) expect({ s, exceljs: fs.readFileSync(path.join(dist, s), "utf8").includes("xl/workbook.xml") }).toEqual({ s, exceljs: false });
    expect(lazy.some((f) => fs.readFileSync(f, "utf8").includes("xl/workbook.xml"))).toBe(true);
  });
});
