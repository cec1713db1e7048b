import * as fs from "fs";
import * as path from "path";
import { phrase } from "../../../src/text/phrase";
import { renderSnapshot, SITUATIONS } from "../../../src/text/phrase/snapshot";

describe("docs/report.snapshot.md", () => {
  it("is up to date (regenerate with npx tsx scripts/render-snapshot.ts)", () => {
    const file = path.join(__dirname, "../../../docs/report.snapshot.md");
    expect(fs.readFileSync(file, "utf8")).toBe(renderSnapshot());
  });
  it("renders no error and no forbidden form in any situation", () => {
    expect(renderSnapshot()).not.toMatch(/⚠/);
    for (const s of SITUATIONS) {
      const zh = phrase(s.row);
      expect(typeof zh).toBe("string");
      expect(zh).not.toMatch(/-0\.0|增长-|增长0\.0%|下降0\.0%|下降[\d.]+倍|\{\w+\}|(?<!\d)-\d/);
    }
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
  });
});
