/**
 * What the Check view computes, without the DOM: the workbook's facts through the port, the checks of a draft,
 * the filling of a template, and the text of a dropped .txt/.docx file.
 */
import { checkDraft, summarize, type CheckResult } from "../../text/check";
import { factsFromSheets, type Fact, type SheetGrid } from "../../text/check/facts";
import { fillTemplate, type FillResult } from "../../text/fill";
import { prepare } from "../../text/opencc";
import { readDocxText } from "../../workbook/docx";
import type { WorkbookPort } from "../../workbook/types";

/** Facts of every sheet of the workbook (settings sheets excluded). */
export async function loadFacts(wb: WorkbookPort): Promise<{ facts: Fact[]; sheets: string[] }> {
  const names = (await wb.listSheets()).filter((n) => !n.startsWith("_ind"));
  const grids: SheetGrid[] = [];
  for (const name of names) {
    const b = await wb.readSheet(name);
    grids.push({ name, top: b.top, left: b.left, values: b.values });
  }
  return { facts: factsFromSheets(grids), sheets: names };
}

export interface CheckRun {
  results: CheckResult[];
  counts: ReturnType<typeof summarize>;
}

export async function runCheck(text: string, facts: Fact[], period: string | null): Promise<CheckRun> {
  const { convert } = await prepare(text);
  const results = checkDraft(text, { facts, period, convert });
  return { results, counts: summarize(results) };
}

export async function runFill(text: string, facts: Fact[], period: string | null): Promise<FillResult> {
  const { convert } = await prepare(text);
  return fillTemplate(text, facts, { period, convert });
}

/** The text of a .txt (UTF-8, UTF-16 with BOM, else GB18030) or .docx file. Throws with the reason. */
export async function readTextFile(name: string, bytes: Uint8Array): Promise<string> {
  if (/\.docx$/i.test(name)) return readDocxText(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
