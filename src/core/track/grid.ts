/** Small helpers over a grid of cell values: merged-cell filling, text and number reading. */
import { normalizeDigits } from "../chineseNumber";
import type { GridValue } from "./types";

export interface CellRectLike {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A copy of the grid where every merged area holds its top-left value (Excel keeps it only there). */
export function fillMerges(grid: GridValue[][], merges: readonly CellRectLike[]): GridValue[][] {
  const out = grid.map((r) => r.slice());
  for (const m of merges) {
    const v = out[m.top]?.[m.left] ?? null;
    for (let r = m.top; r < m.top + m.rows; r++) {
      const row = out[r];
      if (!row) continue;
      for (let c = m.left; c < m.left + m.cols; c++) if (r !== m.top || c !== m.left) row[c] = v;
    }
  }
  return out;
}

/** Trimmed text of a cell ("" for blank). */
export function textOf(v: GridValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/** Reading a cell as a number: a number, blank, a dash ("—": no figure), or text that is not a number. */
export type NumberRead =
  { kind: "number"; value: number } | { kind: "blank" } | { kind: "dash" } | { kind: "text"; text: string };

const DASHES = /^[-—–_－…·\.]+$|^(—|-)?\s*(无|不计算|\/)\s*$/;

export function readNumberCell(v: GridValue | undefined): NumberRead {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number")
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "text", text: String(v) };
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  const t = normalizeDigits(v).replace(/[\s,]/g, "");
  if (t === "") return { kind: "blank" };
  if (DASHES.test(t)) return { kind: "dash" };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(t)) {
    const n = Number(t.replace(/%$/, ""));
    if (Number.isFinite(n)) return { kind: "number", value: n };
  }
  return { kind: "text", text: v.trim() };
}
