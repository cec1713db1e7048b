/** Small helpers over a grid of cell values: merged-cell filling, text and number reading. */
import { normalizeDigits } from "../chineseNumber";
import { roundHalfAway } from "../round";
import type { GridValue } from "./types";

export interface CellRectLike {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A copy of the grid where every merged area holds its top-left value (Excel keeps it only there). */
export function fillMerges(grid: GridValue[][], merges: readonly CellRectLike[]): GridValue[][] {
  if (merges.length === 0) return grid;
  // Copy only the rows a merge touches (sheets can be large; callers only read the result).
  const out = grid.slice();
  const copied = new Set<number>();
  for (const m of merges) {
    const v = grid[m.top]?.[m.left] ?? null;
    for (let r = m.top; r < m.top + m.rows; r++) {
      if (!out[r]) continue;
      if (!copied.has(r)) {
        out[r] = (out[r] as GridValue[]).slice();
        copied.add(r);
      }
      const row = out[r] as GridValue[];
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

/**
 * {@link roundHalfAway} with a fast path, for ranking many values: when x·10^d is clearly away from a half (more
 * than 1e-6), the nearest integer is unambiguous and `Math.round` on the magnitude gives the same result; values
 * at or near a half (2.15, 1.005, binary noise) go to `roundHalfAway`. Same results, a fraction of the cost.
 */
export function roundFast(x: number, digits: number): number {
  if (!Number.isFinite(x) || digits < 0 || digits > 10) return roundHalfAway(x, digits);
  const p = 10 ** digits;
  const y = Math.abs(x) * p;
  if (y > 1e12) return roundHalfAway(x, digits);
  const frac = y - Math.floor(y);
  if (Math.abs(frac - 0.5) < 1e-6) return roundHalfAway(x, digits);
  const r = (Math.sign(x) * Math.round(y)) / p;
  return r === 0 ? 0 : r;
}
