/**
 * Structure of manifest.xml (no build needed): the rules Office enforces or documents that no offline
 * validator checks for us (OFFICE.md §3.4). `xmllint --noout` runs too when it is installed.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = path.join(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function toNodes(items: unknown[]): Node[] {
  const out: Node[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml") continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((item[":@"] as Record<string, unknown>) ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    const kids = item[name] as unknown[];
    const text = kids
      .filter((k) => (k as Record<string, unknown>)["#text"] !== undefined)
      .map((k) => String((k as Record<string, unknown>)["#text"]))
      .join("");
    out.push({ name, attrs, children: toNodes(kids), text });
  }
  return out;
}

const doc = toNodes(new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseAttributeValue: false, parseTagValue: false }).parse(xml) as unknown[]);
const app = doc.find((n) => n.name === "OfficeApp") as Node;
const all: Node[] = [];
(function walk(ns: Node[]) {
  for (const n of ns) {
    all.push(n);
    walk(n.children);
  }
})(doc);
const child = (n: Node | undefined, name: string) => n?.children.find((c) => c.name === name);
const path1 = (n: Node | undefined, ...names: string[]) => names.reduce<Node | undefined>((acc, nm) => child(acc, nm), n);

const resources = path1(app, "VersionOverrides", "Resources") as Node;
const group = (name: string) => child(resources, name)?.children ?? [];
const resourceIds = new Map<string, Node>();
for (const g of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) for (const r of group(g)) resourceIds.set(r.attrs.id as string, r);
const host = path1(app, "VersionOverrides", "Hosts", "Host") as Node;

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app).toBeDefined();
  });

  test("passes xmllint --noout when xmllint is installed", () => {
    let lint = "";
    try {
      lint = execFileSync("sh", ["-c", "command -v xmllint"], { encoding: "utf8" }).trim();
    } catch {
      lint = "";
    }
    if (!lint) return;
    expect(() => execFileSync(lint, ["--noout", path.join(root, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
  });

  test("has a GUID Id", () => {
    expect(child(app, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("Runtimes comes first in Host, with one long-lived runtime", () => {
    expect(host.children[0]?.name).toBe("Runtimes");
    const runtimes = host.children[0]?.children ?? [];
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.attrs.lifetime).toBe("long");
  });

  test("requires SharedRuntime 1.1", () => {
    const sets = path1(app, "Requirements", "Sets")?.children ?? [];
    expect(sets.find((s) => s.attrs.Name === "SharedRuntime")?.attrs.MinVersion).toBe("1.1");
  });

  test("Runtime, functions Page, FunctionFile and the button share one resid (one page, one JS context)", () => {
    const runtime = host.children[0]?.children[0]?.attrs.resid;
    const cf = all.find((n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions");
    const page = path1(cf, "Page", "SourceLocation")?.attrs.resid;
    const functionFile = path1(host, "DesktopFormFactor", "FunctionFile")?.attrs.resid;
    const actions = all.filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    expect(runtime).toBeTruthy();
    expect(page).toBe(runtime);
    expect(functionFile).toBe(runtime);
    for (const a of actions) expect(child(a, "SourceLocation")?.attrs.resid).toBe(runtime);
    expect(path1(cf, "Namespace")?.attrs.resid).toBeTruthy();
    expect(resourceIds.get(path1(cf, "Namespace")?.attrs.resid as string)?.attrs.DefaultValue).toBe("IND");
  });

  test("every resid resolves and every resource id is ≤ 32 characters", () => {
    const used = all.filter((n) => n.attrs.resid !== undefined).map((n) => n.attrs.resid as string);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) {
      expect({ id, resolves: resourceIds.has(id) }).toEqual({ id, resolves: true });
      expect(id.length).toBeLessThanOrEqual(32);
    }
    for (const id of resourceIds.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("ShortStrings ≤ 125 and LongStrings ≤ 250 characters, overrides included", () => {
    const check = (g: string, max: number) => {
      for (const s of group(g)) {
        const texts = [s.attrs.DefaultValue ?? "", ...s.children.filter((c) => c.name === "bt:Override").map((c) => c.attrs.Value ?? "")];
        for (const t of texts) {
          expect(t.length).toBeGreaterThan(0);
          expect({ id: s.attrs.id, length: t.length <= max }).toEqual({ id: s.attrs.id, length: true });
        }
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
  });

  test("every URL is https and on one origin", () => {
    const urls = all
      .flatMap((n) => Object.entries(n.attrs).filter(([k]) => !k.startsWith("xmlns")).map(([, v]) => v).concat(n.text))
      .filter((v) => /^[a-z]+:\/\//i.test(v.trim()));
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u.trim()).origin));
    for (const u of urls) expect(new URL(u.trim()).protocol).toBe("https:");
    expect([...origins]).toHaveLength(1);
  });

  test("every URL points at a file the build emits, the zh-cn functions metadata included", async () => {
    // The emitted file names, from the webpack configuration itself (no build needed).
    const makeConfig = require(path.join(root, "webpack.config.js")) as (env: unknown, options: unknown) => Promise<any>;
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const emitted = new Set<string>(Object.keys(config.entry).map((e) => `${e}.js`));
    for (const p of config.plugins as any[]) {
      const ctor = p?.constructor?.name;
      if (ctor === "HtmlWebpackPlugin") emitted.add(p.userOptions?.filename ?? p.options?.filename);
      if (ctor === "CustomFunctionsMetadataPlugin") emitted.add(p.options?.output ?? "functions.json");
      if (ctor === "FunctionsI18nPlugin") emitted.add(p.output);
    }
    for (const f of fs.readdirSync(path.join(root, "assets"))) emitted.add(`assets/${f}`);
    for (const f of fs.readdirSync(root).filter((f) => /^manifest.*\.xml$/.test(f))) emitted.add(f);

    const urls = all.flatMap((n) => Object.values(n.attrs)).filter((v) => /^https:\/\//.test(v));
    for (const u of urls) {
      const file = new URL(u).pathname.replace(/^\//, "");
      expect({ url: u, emitted: emitted.has(file) }).toEqual({ url: u, emitted: true });
    }
    const metadata = resourceIds.get("Functions.Metadata.Url") as Node;
    const zh = metadata.children.find((c) => c.name === "bt:Override" && c.attrs.Locale?.toLowerCase() === "zh-cn");
    expect(zh).toBeDefined();
    expect(new URL(zh?.attrs.Value as string).pathname).toBe("/functions-zh-cn.json");
    expect(emitted.has("functions-zh-cn.json")).toBe(true);
  });

  test("icons 16/32/64/80 exist in assets/ with those pixel sizes, and the manifest's icons match", () => {
    const pngSize = (file: string) => {
      const b = fs.readFileSync(file);
      expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    for (const n of [16, 32, 64, 80]) expect(pngSize(path.join(root, "assets", `icon-${n}.png`))).toEqual([n, n]);
    const imageRefs = all.filter((n) => n.name === "bt:Image" && n.attrs.size && n.attrs.resid);
    expect(imageRefs.length).toBeGreaterThan(0);
    for (const ref of imageRefs) {
      const url = resourceIds.get(ref.attrs.resid as string)?.attrs.DefaultValue as string;
      const size = Number(ref.attrs.size);
      expect(pngSize(path.join(root, new URL(url).pathname))).toEqual([size, size]);
    }
    const icon = child(app, "IconUrl")?.attrs.DefaultValue as string;
    const hi = child(app, "HighResolutionIconUrl")?.attrs.DefaultValue as string;
    expect(pngSize(path.join(root, new URL(icon).pathname))).toEqual([32, 32]);
    expect(pngSize(path.join(root, new URL(hi).pathname))).toEqual([64, 64]);
  });
});
