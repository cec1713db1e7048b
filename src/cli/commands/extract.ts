/**
 * `ind extract FILE [--json|--csv]`: report text → indicator records, one per line.
 *
 * --json (default) prints JSON lines in the records format of shared/reports/README.md; --csv prints a
 * header and one row per record (UTF-8, RFC 4180 quoting). FILE may be .txt (UTF-8, UTF-8 with BOM, UTF-16
 * with a BOM or detected by its zero bytes, or GB18030 when the bytes are not valid UTF-8) or .docx.
 * A missing, unreadable or undecodable file is a CliError (exit 2).
 */
import * as path from "path";
import { CliError, parseArgs, readInputFile, type CliIO } from "../io";
import { readDocxText } from "../../workbook/docx";
import { isWorkbookError } from "../../workbook/errors";
import { extractRecords } from "../../text/extract";
import { prepare } from "../../text/opencc";
import { ALL_COLUMNS, recordsToRows, type TableCell } from "../../text/table";
import { decodeTextBytes } from "../../text/decode";

/** Decode a .txt file's bytes (UTF-8 with or without BOM, UTF-16, GB18030), or a CliError. */
export function decodeText(buf: Uint8Array): string {
  const text = decodeTextBytes(buf);
  if (text === null)
    throw new CliError("cannot decode the file: it is neither UTF-8, UTF-16 nor GB18030 text");
  return text;
}

function csvCell(v: TableCell): string {
  const s = typeof v === "string" ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { json: "boolean", csv: "boolean" });
  if (options.json && options.csv) throw new CliError("choose one of --json and --csv");
  if (positional.length > 1) throw new CliError(`expected one FILE, got ${positional.length}`);
  const file = positional[0];
  const bytes = readInputFile(file, "report file");
  let text: string;
  if (/\.docx$/i.test(file as string)) {
    try {
      text = await readDocxText(bytes);
    } catch (e) {
      if (isWorkbookError(e)) throw new CliError(`cannot read "${file}": ${e.text("en")}`);
      throw e;
    }
  } else {
    const decoded = decodeText(bytes);
    if (decoded === null)
      throw new CliError("cannot decode the file: it is neither UTF-8, UTF-16 nor GB18030 text");
    text = decoded;
  }
  const records = extractRecords(text, { ...(await prepare(text)), file: path.basename(file as string) });
  if (options.csv) {
    // Header = the records' field names; kind and metric keep their ids (as in the JSON lines).
    const rows = recordsToRows(records, ALL_COLUMNS, "en");
    rows[0] = [...ALL_COLUMNS];
    const kindCol = ALL_COLUMNS.indexOf("kind");
    const metricCol = ALL_COLUMNS.indexOf("metric");
    records.forEach((r, i) => {
      const row = rows[i + 1] as TableCell[];
      row[kindCol] = r.kind;
      row[metricCol] = r.metric;
    });
    io.out(rows.map((r) => r.map(csvCell).join(",")).join("\n"));
  } else if (records.length > 0) {
    io.out(records.map((r) => JSON.stringify(r)).join("\n"));
  }
  if (records.length === 0) io.err(`ind extract: no indicator statements found in "${file}"`);
  return 0;
}
