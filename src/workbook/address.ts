/** A1-style addresses ↔ zero-based row/column. */

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, rows: number, cols: number): string {
  const a = cellAddress(top, left);
  return rows === 1 && cols === 1 ? a : `${a}:${cellAddress(top + rows - 1, left + cols - 1)}`;
}

/** Parse "B3", "$B$3", "Sheet1!B3:C4" (sheet part ignored) into zero-based top/left and size; null if malformed. */
export function parseAddress(
  address: string,
): { top: number; left: number; rows: number; cols: number } | null {
  const body = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(body.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1] as string);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** Quote a sheet name for use in a formula reference ('指标 数据'!A1). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
