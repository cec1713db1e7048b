/**
 * `npm run --silent ind -- track WORKBOOK.xlsx --period 1-10月 [--out OUT.xlsx] [--json] [--sheet SHEET]
 * [--output-sheet NAME] [--tolerance PP]`
 *
 * Reads the workbook, computes the tracking table for the period (same core code as the Track view) and writes
 * the tracking sheet into a copy: never the input file (default `<input>.tracked.xlsx`; `--out` equal to the
 * input is refused). `--json` prints the rows (and peer ranks) instead of the summary line. Bad input (missing
 * file, not an .xlsx, unreadable period, no indicator table) is a CliError: exit code 2.
 */
import * as fs from "fs";
import * as path from "path";
import { isIndicatorError } from "../../core/errors";
import { formatMessage, type MessageKey } from "../../core/messages";
import { parsePeriod } from "../../core/periods";
import { periodLabel } from "../../core/track";
import { runTrack } from "../../taskpane/track/run";
import { isWorkbookError } from "../../workbook/errors";
import { readXlsx, writeXlsx } from "../../workbook/xlsx";
import { CliError, parseArgs, readInputFile, type CliIO } from "../io";

const PROBLEM_KEYS: Record<string, MessageKey> = {
  noHeader: "trackNoHeader",
  noNameColumn: "trackNoNameColumn",
  noValueColumns: "trackNoValueColumns",
};

function defaultOut(input: string): string {
  const ext = path.extname(input);
  return `${ext ? input.slice(0, -ext.length) : input}.tracked.xlsx`;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, {
    period: "string",
    out: "string",
    json: "boolean",
    sheet: "string",
    "output-sheet": "string",
    tolerance: "string",
  });
  if (positional.length > 1) throw new CliError(`expected one workbook, got ${positional.length}`);
  const input = positional[0];
  const bytes = readInputFile(input, "workbook");
  if (typeof options.period !== "string") throw new CliError("missing --period (e.g. --period 1-10月)");
  const p = parsePeriod(options.period);
  if (isIndicatorError(p))
    throw new CliError(`cannot read the period "${options.period}" (e.g. 1-10月, 前三季度, 全年)`);
  if (p.from !== 1)
    throw new CliError(`the period must be cumulative from January (1-N月), got "${options.period}"`);
  let tolerance: number | undefined;
  if (typeof options.tolerance === "string") {
    tolerance = Number(options.tolerance);
    if (!Number.isFinite(tolerance) || tolerance < 0)
      throw new CliError(`--tolerance must be a number ≥ 0, got "${options.tolerance}"`);
  }
  const out = typeof options.out === "string" ? options.out : defaultOut(input as string);
  if (path.resolve(out) === path.resolve(input as string)) {
    throw new CliError("--out must not be the input file: the tracking sheet is written into a copy");
  }
  let wb;
  try {
    wb = await readXlsx(new Uint8Array(bytes));
  } catch (e) {
    if (isWorkbookError(e)) throw new CliError(`cannot open "${input}": ${e.text("en")}`);
    throw e;
  }
  const { analysis, result, summaryResult } = await runTrack(wb, {
    months: p.to,
    sheet: typeof options.sheet === "string" ? options.sheet : undefined,
    outputSheet: typeof options["output-sheet"] === "string" ? options["output-sheet"] : undefined,
    tolerance,
    replaceForeign: false,
  });
  if (!analysis.sheet) {
    throw new CliError(
      typeof options.sheet === "string"
        ? `no sheet named "${options.sheet}"`
        : "the workbook has no indicator table",
    );
  }
  if (analysis.problems.length > 0) {
    throw new CliError(
      `sheet "${analysis.sheet.name}": ${analysis.problems.map((k) => (PROBLEM_KEYS[k] ? formatMessage(PROBLEM_KEYS[k], "en") : k)).join("; ")}`,
    );
  }
  if (!result) throw new CliError(`sheet "${analysis.sheet.name}": ${formatMessage("trackNoRows", "en")}`);
  if (result.status === "conflict") {
    throw new CliError(
      `a sheet named "${result.sheet}" exists and was not written by the add-in; use --output-sheet`,
    );
  }
  if (summaryResult?.status === "conflict") {
    throw new CliError(
      `a sheet named "${summaryResult.sheet}" exists and was not written by the add-in; use --output-sheet`,
    );
  }
  const xlsx = await writeXlsx(wb);
  try {
    fs.writeFileSync(out, xlsx);
  } catch (e) {
    throw new CliError(`cannot write ${out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          period: periodLabel(p.to),
          sheet: analysis.sheet.name,
          out,
          counts: analysis.counts,
          rows: analysis.rows,
          peers: analysis.peers,
        },
        null,
        2,
      ),
    );
  } else {
    const c = analysis.counts;
    io.out(
      `${periodLabel(p.to)}: ${analysis.rows.length} indicators from "${analysis.sheet.name}" — 达标 ${c.达标 ?? 0}, 基本达标 ${c.基本达标 ?? 0}, 未达标 ${c.未达标 ?? 0}, other ${analysis.rows.length - (c.达标 ?? 0) - (c.基本达标 ?? 0) - (c.未达标 ?? 0)}${analysis.peers.length ? `; ${analysis.peers.length} peer indicators ranked` : ""}\nwrote sheets "${result.sheet}" and "${summaryResult?.sheet ?? ""}" to ${out}`,
    );
  }
  return 0;
}
