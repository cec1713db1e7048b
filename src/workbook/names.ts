/**
 * Excel's naming rules for sheets and tables, shared by every adapter so that the in-memory workbook, the
 * .xlsx export and Excel agree on the names they accept.
 */
import { WorkbookError } from "./errors";
import { parseAddress } from "./address";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Excel: 1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with an apostrophe, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    typeof name === "string" &&
    name.trim().length > 0 &&
    name.length <= 31 &&
    !SHEET_FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

export function checkSheetName(name: string): void {
  if (!isValidSheetName(name)) throw new WorkbookError("wbBadSheetName", { name: String(name) });
}

/**
 * Looks like a cell reference (A1, XFD1048576, R1C1, R, C), which Excel refuses as a table name. Conservative:
 * any 1–3 letters followed by digits counts, even past column XFD or at row 0 ("XFE0"), so a name never
 * depends on Excel's grid size.
 */
function looksLikeReference(name: string): boolean {
  if (/^[rc]$/i.test(name)) return true;
  if (/^r\d*c\d*$/i.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  return parseAddress(name) !== null;
}

/**
 * Make `wanted` a legal, unused Excel table name: letters (any script), digits, `_`, `.` and `\` only; first
 * character a letter, `_` or `\`; ≤ 255 characters; not a cell reference; unique in the workbook ignoring
 * case (`taken` holds the lower-cased names in use; a `_2`, `_3`, … suffix is added when needed).
 * Whitespace and other characters become `_`. Throws `wbBadTableName` only when nothing usable is left.
 */
export function sanitizeTableName(wanted: string, taken: ReadonlySet<string>): string {
  let s = String(wanted ?? "")
    .trim()
    .replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (s.replace(/_/g, "") === "") throw new WorkbookError("wbBadTableName", { name: String(wanted) });
  if (!/^[\p{L}_\\]/u.test(s)) s = `_${s}`;
  if (looksLikeReference(s)) s = `_${s}`;
  s = s.slice(0, 255);
  if (!taken.has(s.toLowerCase())) return s;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = s.slice(0, 255 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Table headers as Excel stores them: text, non-empty, unique ignoring case. Blank headers become
 * "列1", "列2" … (by position); duplicates get "2", "3" … appended, as Excel does.
 */
export function uniqueHeaders(header: readonly unknown[]): string[] {
  const seen = new Set<string>();
  return header.map((h, i) => {
    let base = h === null || h === undefined ? "" : String(h).trim();
    if (base === "") base = `列${i + 1}`;
    let s = base;
    for (let n = 2; seen.has(s.toLowerCase()); n++) s = `${base}${n}`;
    seen.add(s.toLowerCase());
    return s;
  });
}
