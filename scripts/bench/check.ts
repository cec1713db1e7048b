/**
 * Check and fill: time to check the three sample reports (in-text arithmetic, and against a workbook's facts)
 * and to fill the 004 template, with the Read engine's extraction of the same texts as the baseline (the
 * checker runs it too, so the ratio shows what the checking itself adds).
 */
import * as fs from "fs";
import * as path from "path";
import { checkDraft } from "../../src/text/check";
import { factsFromSheets, type SheetGrid } from "../../src/text/check/facts";
import { extractRecords } from "../../src/text/extract";
import { fillTemplate } from "../../src/text/fill";
import { sheets } from "../../test/fixtures/fill/workbook004";
import { row, time } from "./_timing";

export default function run(): void {
  const dir = path.join(__dirname, "../../test/fixtures/check");
  const files = ["000_008dee05da16c37c.txt", "001_9f860a2bdebb59a8.txt", "004_30631a15f41f696c.txt"];
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const facts = factsFromSheets(sheets as SheetGrid[]);
  // A bigger workbook: the same facts repeated on 50 sheets (different names, so nothing collapses).
  const big = factsFromSheets(
    Array.from({ length: 50 }, (_, i) => ({ name: `表${i}`, values: (sheets[0] as SheetGrid).values })),
  );
  console.log(
    `check/fill: 3 reports, ${chars} characters; workbook facts ${facts.length} (large: ${big.length})`,
  );
  const base = time(() => texts.forEach((t) => extractRecords(t)));
  row("baseline: Read engine extractRecords on the 3 reports", base);
  row(
    "checkDraft, text only (3 reports)",
    time(() => texts.forEach((t) => checkDraft(t))),
    base,
  );
  row(
    "checkDraft with workbook facts (3 reports)",
    time(() => texts.forEach((t) => checkDraft(t, { facts, period: "2022" }))),
    base,
  );
  row(
    `checkDraft with ${big.length} facts (3 reports)`,
    time(() => texts.forEach((t) => checkDraft(t, { facts: big, period: "2022" })), 3),
    base,
  );
  row(
    "fillTemplate 004 (84 slots)",
    time(() => fillTemplate(texts[2] as string, facts, { period: "2022" })),
    base,
  );
  row(
    "factsFromSheets (50 sheets)",
    time(
      () =>
        factsFromSheets(
          Array.from({ length: 50 }, (_, i) => ({ name: `表${i}`, values: (sheets[0] as SheetGrid).values })),
        ),
      3,
    ),
    base,
  );
}

if (require.main === module) run();
