/**
 * Runs every `@example x // => y` in src/core/wording (STYLE.md practice 4): the docs cannot drift from the code.
 */
import * as fs from "fs";
import * as path from "path";
import * as wording from "../../../src/core/wording";

const dir = path.join(__dirname, "../../../src/core/wording");
const examples: [string, string, string][] = [];
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
  const src = fs.readFileSync(path.join(dir, f), "utf8");
  for (const m of src.matchAll(/@example\s+(.+?)\s+\/\/ => (.+)$/gm)) {
    examples.push([f, m[1] as string, m[2] as string]);
  }
}

describe("@example lines in src/core/wording", () => {
  it("there are examples to run", () => expect(examples.length).toBeGreaterThan(20));
  it.each(examples)("%s: %s", (_file, call, expected) => {
    const fn = new Function(...Object.keys(wording), `return (${call});`);
    const actual = fn(...Object.values(wording));
    expect(actual).toEqual(JSON.parse(expected));
  });
});
