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
  /** Declared `async`: Excel awaits it, and a rejection with a CustomFunctions.Error shows that error. */
  async: boolean;
}

const dir = path.join(__dirname, "../../src/functions");

function parse(file: string, mod: Record<string, unknown>): FnInfo[] {
  const source = fs.readFileSync(path.join(dir, file), "utf8");
  const out: FnInfo[] = [];
  for (const m of source.matchAll(
    /@customfunction\s+([A-Z0-9_.]+)[\s\S]*?\*\/\s*export (async )?function (\w+)\(([\s\S]*?)\)\s*:/g,
  )) {
    const id = m[1] as string;
    const exportName = m[3] as string;
    const params = (m[4] as string)
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => {
        const name = (/^(\w+)/.exec(p) as RegExpExecArray)[1] as string;
        return { name, optional: /^\w+\?/.test(p) };
      });
    const fn = mod[exportName] as (...a: unknown[]) => unknown[][];
    if (typeof fn !== "function") throw new Error(`${id}: ${exportName} is not exported`);
    out.push({ id, exportName, params, fn, async: m[2] !== undefined });
  }
  return out;
}

/** Our functions (src/functions/functions.ts). */
export const registry: FnInfo[] = parse("functions.ts", F as unknown as Record<string, unknown>);

/** Every IND function in every src/functions/*.ts that declares one (ours and the other files'). */
export const allFunctions: FnInfo[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && fs.readFileSync(path.join(dir, f), "utf8").includes("@customfunction"))
  .sort()
  .flatMap((f) =>
    f === "functions.ts" ? registry : parse(f, require(path.join(dir, f)) as Record<string, unknown>),
  );

export function byId(id: string): FnInfo {
  const f = registry.find((r) => r.id === id);
  if (!f) throw new Error(`no function ${id}`);
  return f;
}
