/**
 * The three sample reports (development set, copied from shared/reports): every disagreement the checker
 * reports on them must be a real one. They contain none that the text's own arithmetic shows, so the pinned
 * list of disagreements is empty, and the pinned list of checks shows what was verified.
 */
import * as fs from "fs";
import * as path from "path";
import { checkDraft } from "../../../src/text/check";

const dir = path.join(__dirname, "../../fixtures/check");
const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");

describe("sample reports", () => {
  const files = ["000_008dee05da16c37c.txt", "001_9f860a2bdebb59a8.txt", "004_30631a15f41f696c.txt"];
  it("report no disagreement (none is real)", () => {
    for (const f of files) expect(checkDraft(read(f)).filter((r) => r.status === "disagree")).toEqual([]);
  });
  it("pin the in-text checks that apply", () => {
    const pinned = files.map((f) =>
      checkDraft(read(f)).map((r) => [f.slice(0, 3), r.line, r.kind, r.stated, r.computed, r.status]),
    );
    expect(pinned).toEqual([
      [["000", 9, "parts_vs_total", "7.5万头", "4.3万头", "agree"]],
      [
        ["001", 9, "parts_vs_total", "1278亿元", "262亿元", "agree"],
        ["001", 11, "parts_vs_total", "1007亿度", "812亿度", "agree"],
        // 新创建17家、总数达到42家，增长68%: 42 ÷ (42 − 17) − 1 = 68%.
        ["001", 17, "growth_vs_levels", "68%", "68%", "agree"],
      ],
      [],
    ]);
  });
});
