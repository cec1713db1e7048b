/** Runs every `@example x // => y` in src/text/phrase (STYLE.md practice 4). */
import * as fs from "fs";
import * as path from "path";
import * as phraseApi from "../../../src/text/phrase";

const dir = path.join(__dirname, "../../../src/text/phrase");
const examples: [string, string, string][] = [];
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
  const src = fs.readFileSync(path.join(dir, f), "utf8");
  for (const m of src.matchAll(/@example\s+(.+?)\s+\/\/ => (.+)$/gm))
    examples.push([f, m[1] as string, m[2] as string]);
}

describe("@example lines in src/text/phrase", () => {
  it("there are examples to run", () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)("%s: %s", (_file, call, expected) => {
    const fn = new Function(...Object.keys(phraseApi), `return (${call});`);
    expect(fn(...Object.values(phraseApi))).toEqual(JSON.parse(expected));
  });
});
