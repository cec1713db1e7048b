/**
 * The IND functions of src/functions/functions.ts as the metadata generator sees them: each `@customfunction
 * ID` JSDoc block and the top-level `export function` after it, with its parameters (optional when declared
 * with `?`). Tests use it to call every function by id, as Excel would, without a webpack build.
 */
import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";

export interface FnInfo {
  id: string;
  exportName: string;
  params: { name: string; optional: boolean }[];
  fn: (...args: unknown[]) => unknown[][];
}

const source = fs.readFileSync(path.join(__dirname, "../../src/functions/functions.ts"), "utf8");

export const registry: FnInfo[] = [];
for (const m of source.matchAll(
  /@customfunction\s+([A-Z0-9_.]+)[\s\S]*?\*\/\s*export function (\w+)\(([\s\S]*?)\)\s*:/g,
)) {
  const id = m[1] as string;
  const exportName = m[2] as string;
  const params = (m[3] as string)
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const name = (/^(\w+)/.exec(p) as RegExpExecArray)[1] as string;
      return { name, optional: /^\w+\?/.test(p) };
    });
  const fn = (F as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[exportName];
  if (typeof fn !== "function") throw new Error(`${id}: ${exportName} is not exported`);
  registry.push({ id, exportName, params, fn });
}

export function byId(id: string): FnInfo {
  const f = registry.find((r) => r.id === id);
  if (!f) throw new Error(`no function ${id}`);
  return f;
}
