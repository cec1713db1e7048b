/**
 * The function reference in README.md (between the functions markers) and docs/functions.md must be what
 * `npm run docs:functions` generates from the current metadata: a renamed parameter, a new function, a
 * changed description or a different example result makes this fail until the reference is regenerated.
 * The generator runs in its own process (`--check`), as prettier's formatter needs native ESM imports.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { paths, spliceReadme } from "../../scripts/function-reference";

jest.setTimeout(120000);

const root = path.join(__dirname, "../..");

describe("function reference", () => {
  it("README's functions section and docs/functions.md are up to date (else run npm run docs:functions)", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/function-reference.ts", "--check"],
      { cwd: root, encoding: "utf8" },
    );
    expect(`${r.stdout}${r.stderr}`).toContain("function reference is up to date");
    expect(r.status).toBe(0);
  });

  it("lists every IND function with a computed example for ours, and links the full reference", () => {
    const readme = fs.readFileSync(paths.readme, "utf8");
    const section = readme.slice(readme.indexOf("<!-- functions:start -->"), readme.indexOf("<!-- functions:end -->"));
    for (const id of ["GROWTH", "CAGR_CUM", "RANK", "NUM", "CONVERT", "TARGET", "ON_TRACK", "PERIOD_VALUES"]) {
      expect(section).toContain(`IND.${id}(`);
    }
    expect(section).toContain("`=IND.GROWTH(120,100)` → `20`");
    expect(section).toContain('`=IND.NUM("35.6亿元","万元")` → `356000`');
    expect(section).toContain("docs/functions.md");
    expect(fs.readFileSync(paths.doc, "utf8")).not.toContain("缺少中文说明");
  });

  it("changes nothing outside the markers", () => {
    const sample = "intro\n<!-- functions:start -->\nold\n<!-- functions:end -->\noutro\n";
    expect(spliceReadme(sample, "\nnew\n")).toBe(
      "intro\n<!-- functions:start -->\nnew\n<!-- functions:end -->\noutro\n",
    );
    expect(() => spliceReadme("no markers", "x")).toThrow();
  });
});
