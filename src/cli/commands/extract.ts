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
import { DocxError, readDocxText } from "../docx";
import { extractRecords } from "../../text/extract";
import { prepare } from "../../text/opencc";
import { ALL_COLUMNS, recordsToRows, type TableCell } from "../../text/table";

/** Decode a text file's bytes: BOMs first, then strict UTF-8, then UTF-16 without BOM, then GB18030. */
export function decodeText(buf: Uint8Array): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return new TextDecoder("utf-8").decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return new TextDecoder("utf-16be").decode(buf.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    /* not UTF-8 */
  }
  // UTF-16 without BOM: many zero bytes, all on one parity.
  const n = Math.min(buf.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  if (oddZero > n / 8 && evenZero < n / 64) return new TextDecoder("utf-16le").decode(buf);
  if (evenZero > n / 8 && oddZero < n / 64) return new TextDecoder("utf-16be").decode(buf);
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(buf);
  } catch {
    throw new CliError("cannot decode the file: it is neither UTF-8, UTF-16 nor GB18030 text");
  }
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
      if (e instanceof DocxError) throw new CliError(`cannot read "${file}": ${e.message}`);
      throw e;
    }
  } else {
    text = decodeText(bytes);
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
