/**
 * What ships is what is tested: the built scripts that taskpane.html loads for the functions (runtime.js,
 * then functions.js, and any chunk they pull in), run in a bare Node `vm` context whose only host globals are
 * stub `CustomFunctions` (capturing associate) and `Office`. Every id in functions.json must be associated and
 * answer sample arguments. Also: functions.json and functions-zh-cn.json describe the same functions (ids,
 * parameter names, types, dimensionality, optional flags) and every id has Chinese help.
 * Runs on the build in `dist/` (npm test builds it first), or in the folder named by IND_DIST.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const dist = path.resolve(__dirname, "../..", process.env.IND_DIST ?? "dist");
const read = (f: string) => fs.readFileSync(path.join(dist, f), "utf8");

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Meta {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

class StubError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
  }
}

function loadBuilt(lang = "zh-CN") {
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate(id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) {
        if (typeof id === "string" && fn) associated.set(id, fn);
        else if (typeof id === "object") for (const [k, v] of Object.entries(id)) associated.set(k, v);
      },
      Error: StubError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
    Office: { context: { displayLanguage: lang }, onReady: () => Promise.resolve({ host: null, platform: null }) },
    console,
    setTimeout,
    clearTimeout,
    // Only for webpack's runtime, which derives its public path from the running script's URL; our code
    // never touches the DOM (a property access on anything else would fail the load).
    document: {
      currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" },
      getElementsByTagName: () => [],
    },
  };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  const context = vm.createContext(sandbox);
  const html = read("taskpane.html");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1] as string);
  const order = scripts.filter((s) => !/office\.js$/.test(s) && !/taskpane\.js$/.test(s));
  for (const s of order) {
    try {
      vm.runInContext(read(s), context, { filename: s });
    } catch (e) {
      throw new Error(`${s} failed to load in the vm: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { associated, order };
}

const hasBuild = fs.existsSync(path.join(dist, "functions.json"));
const d = hasBuild ? describe : describe.skip;
if (!hasBuild) {
  test(`a build exists in ${dist}`, () => {
    throw new Error(`no functions.json in ${dist}: run the production build (or set IND_DIST)`);
  });
}

/** Sample arguments per IND id (our functions); other ids get generic samples from parameter names. */
const samples: Record<string, { args: unknown[]; expect?: unknown }> = {
  GROWTH: { args: [[[120]], [[100]]], expect: 20 },
  CAGR: { args: [[[100]], [[160]], [[5]]] },
  CAGR_CUM: { args: [[[100]], [[110, 121, 133.1]]] },
  AVG_GROWTH: { args: [[[18.3, -6.8]], null] },
  CHAIN: { args: [[[8.12, 6.42, 5.91, 5.13]]] },
  ANNUALIZE: { args: [[[10.3]], [[2]]] },
  REAL_GROWTH: { args: [[[8]], [[3]]] },
  PRICE_CHANGE: { args: [[[10.1]], [[8.6]]] },
  SHARE: { args: [[[25257]], [[108659]]] },
  CONTRIB: { args: [[[3433]], [[2556]], [[6341]], [[4888]]] },
  PULL: { args: [[[3433]], [[2556]], [[4888]]] },
  PULL_RATE: { args: [[[18.4]], [[43.2]]] },
  PP_DIFF: { args: [[[8.1]], [[5.9]]] },
  CALIBER_GAP: { args: [[[27298.3]], [[29047.6]], [[16.5]]] },
  PERIOD_VALUES: { args: [[[81307, 120327]]] },
  PERIOD_GROWTH: { args: [[[120327]], [[4.7]], [[81307]], [[5.5]]] },
  PROGRESS: { args: [[["1-6月"]]], expect: 50 },
  COMPLETION: { args: [[[737]], [[1100]], null] },
  NEEDED: { args: [[[8]], [[6.5]], [[0.8333]]] },
  NEEDED_LEVELS: { args: [[[500]], [[8]], [[430]], [[410]]] },
  TARGET: { args: [[["增长6%左右"]]], expect: 6 },
  ON_TRACK: { args: [[[6.1]], [["6%左右"]], null, null], expect: "达标" },
  GAP: { args: [[[23.1]], [[8]]] },
  RANK: { args: [[[7.4]], [[15.8, 10.7, 8, 7.4, 7.4, 7.4, 7.4, 7.2]], null, null, null], expect: 4 },
  NUM: { args: [[["35.6亿元"]], [["万元"]]], expect: 356000 },
  CONVERT: { args: [[[35.6]], [["亿元"]], [["万元"]]], expect: 356000 },
};

function genericArg(p: Param): unknown {
  if (p.optional) return null;
  const textual = /text|name|scope|unit|period|label|kind|style|indicator|target|from|to|lang|columns/i.test(p.name);
  const v = textual ? (/period/i.test(p.name) ? "1-10月" : /indicator/i.test(p.name) ? "地区生产总值" : "全盟") : 6.1;
  if (/peers/i.test(p.name)) return [[6.1, 5, 7]];
  return p.dimensionality === "matrix" ? [[v]] : v;
}

function firstCell(x: unknown): unknown {
  let v = x;
  while (Array.isArray(v)) v = v[0];
  return v;
}

d("built functions bundle", () => {
  const en = hasBuild ? (JSON.parse(read("functions.json")) as { functions: Meta[]; allowErrorForDataTypeAny?: boolean }) : { functions: [] };
  const zh = hasBuild ? (JSON.parse(read("functions-zh-cn.json")) as { functions: Meta[] }) : { functions: [] };

  it("loads in a bare vm with only CustomFunctions and Office, in taskpane.html's script order", () => {
    const { associated, order } = loadBuilt();
    expect(order[0]).toMatch(/runtime\.js$/);
    expect(order).toContain("functions.js");
    expect(associated.size).toBeGreaterThan(0);
  });

  it("associates every id listed in functions.json, and nothing else", () => {
    const { associated } = loadBuilt();
    const ids = en.functions.map((f) => f.id).sort();
    expect([...associated.keys()].sort()).toEqual(ids);
  });

  it("sets allowErrorForDataTypeAny so error cells reach the functions", () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
  });

  it.each(en.functions.map((f) => [f.id, f] as const))("%s answers sample arguments without throwing", (id, meta) => {
    const { associated } = loadBuilt();
    const fn = associated.get(id) as (...a: unknown[]) => unknown;
    const sample = samples[id];
    const args = sample ? sample.args : meta.parameters.map(genericArg);
    let out: unknown;
    expect(() => {
      out = fn(...args);
    }).not.toThrow();
    expect(out).not.toBeUndefined();
    const first = firstCell(out);
    if (sample) {
      // Our functions: a valid sample gives a value, not an error.
      expect(first).not.toBeInstanceOf(StubError);
      if (sample.expect !== undefined) {
        if (typeof sample.expect === "number") expect(first as number).toBeCloseTo(sample.expect, 6);
        else expect(first).toBe(sample.expect);
      }
      // And bad text gives an error cell with a Chinese message, not an exception.
      const bad = fn(...args.map((a) => (a === null ? null : [["??"]])));
      const cell = firstCell(bad);
      if (cell instanceof StubError) expect(cell.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("reports errors in English when Office's display language is English", () => {
    const { associated } = loadBuilt("en-US");
    const out = (associated.get("SHARE") as (...a: unknown[]) => unknown[][])([["abc"]], [[1]]);
    const cell = firstCell(out) as StubError;
    expect(cell).toBeInstanceOf(StubError);
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toBe("Expected a number but got “abc”");
  });

  it("functions.json and functions-zh-cn.json describe the same functions", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (const f of en.functions) {
      const z = zh.functions.find((x) => x.id === f.id) as Meta;
      expect(z.name).toBe(f.name);
      expect(z.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", !!p.optional])).toEqual(
        f.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", !!p.optional]),
      );
      expect(z.result).toEqual(f.result);
    }
  });

  it("every function and parameter has Chinese help in the zh-CN file and English help in the other", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh.functions) {
      expect([f.id, cjk.test(f.description)]).toEqual([f.id, true]);
      for (const p of f.parameters) expect([f.id, p.name, cjk.test(p.description ?? "")]).toEqual([f.id, p.name, true]);
    }
    for (const f of en.functions) {
      expect([f.id, f.description.length > 10]).toEqual([f.id, true]);
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    }
  });

  it("ships no copyleft formula engine", () => {
    const js = fs
      .readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".js") && !f.startsWith("office"));
    for (const f of js) expect([f, /hyperformula/i.test(read(f))]).toEqual([f, false]);
  });
});
