/**
 * Fixture cases for every construction the Read engine handles (test/fixtures/extract/<case>.txt with the
 * records it must give in <case>.expected.jsonl): all fields must match and no record may be missing or
 * extra. Each record's quote must be an exact substring of the ORIGINAL text on its line.
 */
import * as fs from "fs";
import * as path from "path";
import { extractRecords } from "../../src/text/extract";
import { prepare } from "../../src/text/opencc";
import { splitLines } from "../../src/text/normalize";
import type { IndicatorRecord } from "../../src/text/types";

const dir = path.join(__dirname, "../fixtures/extract");
const cases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

function expected(name: string): IndicatorRecord[] {
  return fs
    .readFileSync(path.join(dir, `${name}.expected.jsonl`), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as IndicatorRecord);
}

it("has a fixture for every construction named in the issue", () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      "arabic_scales",
      "bare_magnitudes",
      "bulletin",
      "monthly_analysis",
      "statistical_bulletin",
      "work_report",
      "cheng",
      "chinese_numerals",
      "corrupted_years",
      "fenbie",
      "fractions",
      "fullwidth",
      "jun",
      "kinds",
      "metrics",
      "missing_percent",
      "mojibake",
      "placeholders",
      "ranges",
      "ranks",
      "skips",
      "structure",
      "traditional_pinyin",
      "yu_duo",
      "predicate_names",
      "context_prefix",
    ]),
  );
});

describe.each(cases)("%s", (name) => {
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), "utf8");
  let records: IndicatorRecord[] = [];
  beforeAll(async () => {
    records = extractRecords(text, await prepare(text));
  });

  it("gives exactly the expected records", () => {
    expect(records).toEqual(expected(name));
  });

  it("quotes the original text of the record's line", () => {
    const lines = splitLines(text);
    for (const r of records) {
      expect(r.quote.length).toBeGreaterThan(0);
      expect(lines[r.line - 1]).toContain(r.quote);
    }
  });
});
