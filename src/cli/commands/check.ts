/**
 * `ind check DRAFT.txt [--workbook DATA.xlsx] [--period 2023] [--json]`: check a draft.
 *
 * Every numeric claim is checked against the workbook (when given) and the arithmetic the text itself allows
 * is recomputed (growth vs levels, CAGR vs endpoints, shares, parts vs sum, structures, 百分点 gaps, ranks,
 * targets). --json prints one JSON object per check and line: {line, quotes, kind, stated, computed, status,
 * detail[, cell]}; without it, one readable line per check and a summary.
 *
 * Exit codes: 0 when no check disagrees, 1 when at least one does, 2 on bad input (missing or unreadable
 * file, not an .xlsx / .docx, undecodable text).
 * DRAFT may be .txt (UTF-8/UTF-16/GB18030) or .docx.
 */
import * as path from "path";
import { checkDraft, summarize, type CheckResult } from "../../text/check";
import { factsFromSheets, type Fact, type SheetGrid } from "../../text/check/facts";
import { prepare } from "../../text/opencc";
import { readDocxText } from "../../workbook/docx";
import { isWorkbookError } from "../../workbook/errors";
import { readXlsx } from "../../workbook/xlsx";
import { CliError, parseArgs, readInputFile, type CliIO } from "../io";
import { decodeText } from "./extract";

/** The text of a .txt or .docx file, or a CliError. */
export async function loadText(file: string | undefined, what: string): Promise<string> {
  const bytes = readInputFile(file, what);
  if (/\.docx$/i.test(file as string)) {
    try {
      return await readDocxText(new Uint8Array(bytes));
    } catch (e) {
      if (isWorkbookError(e)) throw new CliError(`cannot read "${file}": ${e.text("en")}`);
      throw e;
    }
  }
  return decodeText(new Uint8Array(bytes));
}

/** The facts of every sheet of an .xlsx file, or a CliError. */
export async function loadFacts(file: string): Promise<{ facts: Fact[]; sheets: number }> {
  const bytes = readInputFile(file, "workbook");
  let grids: SheetGrid[];
  try {
    const wb = await readXlsx(new Uint8Array(bytes));
    const names = (await wb.listSheets()).filter((n) => !n.startsWith("_ind"));
    grids = [];
    for (const name of names) {
      const b = await wb.readSheet(name);
      grids.push({ name, top: b.top, left: b.left, values: b.values });
    }
  } catch (e) {
    if (isWorkbookError(e)) throw new CliError(`cannot open "${file}": ${e.text("en")}`);
    throw e;
  }
  return { facts: factsFromSheets(grids), sheets: grids.length };
}

const STATUS_ZH: Record<CheckResult["status"], string> = {
  agree: "一致",
  disagree: "不一致",
  not_found: "未找到",
};

function human(r: CheckResult): string {
  const cmp = r.computed === null ? "" : ` → ${r.computed}`;
  return `${STATUS_ZH[r.status]}\t第${r.line}行\t${r.kind}\t${r.stated}${cmp}\t${r.detail}\t「${r.quotes[0] ?? ""}」`;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { workbook: "string", period: "string", json: "boolean" });
  if (positional.length !== 1) throw new CliError(`expected one DRAFT file, got ${positional.length}`);
  const file = positional[0] as string;
  const text = await loadText(file, "draft");
  let facts: Fact[] | undefined;
  if (typeof options.workbook === "string") {
    const loaded = await loadFacts(options.workbook);
    facts = loaded.facts;
    if (facts.length === 0)
      io.err(
        `ind check: no indicator table found in "${path.basename(options.workbook)}"; only the text's own arithmetic is checked`,
      );
  }
  const { convert } = await prepare(text);
  const results = checkDraft(text, {
    facts,
    period: typeof options.period === "string" ? options.period : null,
    convert,
  });
  if (options.json) {
    for (const r of results) {
      const { line, quotes, kind, stated, computed, status, detail, cell } = r;
      io.out(
        JSON.stringify({ line, quotes, kind, stated, computed, status, detail, ...(cell ? { cell } : {}) }),
      );
    }
  } else {
    for (const r of results) io.out(human(r));
    const s = summarize(results);
    io.out(`共 ${results.length} 项检查：一致 ${s.agree}，不一致 ${s.disagree}，未找到 ${s.not_found}`);
  }
  return results.some((r) => r.status === "disagree") ? 1 : 0;
}
