/**
 * The summary a PivotSpec describes, computed as a static table: one column per row field, then one column
 * per (column-field key × value) and a total per value; one row per row key (sorted as Excel sorts
 * ascending: numbers, then text by Chinese collation, blanks last) and a 总计 row.
 *
 * Used by the in-memory adapter, by .xlsx export and by the Office adapter when the host lacks PivotTables
 * (ExcelApi 1.8). Labels follow Excel's Chinese pivot captions (计数项:字段, 求和项:字段, 总计, (空白)).
 * Count counts non-empty cells; sum adds numbers and ignores text, as an Excel PivotTable does.
 */
import { WorkbookError } from "./errors";
import { uniqueHeaders } from "./names";
import type { CellValue, PivotSpec } from "./types";

export const PIVOT_TOTAL = "总计";
export const PIVOT_BLANK = "(空白)";

export interface Summary {
  header: string[];
  rows: CellValue[][];
}

export function valueLabel(v: PivotSpec["values"][number]): string {
  return `${v.summarize === "sum" ? "求和项" : "计数项"}:${v.field}`;
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

function keyOf(v: CellValue): string {
  if (v === null || v === "") return "\u0000blank";
  return typeof v === "number" ? `n:${v}` : `s:${String(v)}`;
}

function compareKeys(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (v === null || v === "" ? 2 : typeof v === "number" ? 0 : 1);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return (a as number) - (b as number);
  if (ra === 2) return 0;
  return collator.compare(String(a), String(b));
}

function compareTuples(a: CellValue[], b: CellValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareKeys(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return c;
  }
  return 0;
}

const display = (v: CellValue): CellValue => (v === null || v === "" ? PIVOT_BLANK : v);

interface Acc {
  count: number[];
  sum: number[];
}

/** Compute the summary of `rows` (body of a table with headers `header`). Throws wbPivotField for an unknown field. */
export function computeSummary(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  spec: PivotSpec,
  tableName = spec.sourceTable,
): Summary {
  const index = (field: string) => {
    const i = header.findIndex((h) => h === field);
    const j = i >= 0 ? i : header.findIndex((h) => h.toLowerCase() === field.toLowerCase());
    if (j < 0) throw new WorkbookError("wbPivotField", { field, table: tableName });
    return j;
  };
  const rowIdx = spec.rows.map(index);
  const colIdx = (spec.columns ?? []).map(index);
  const valIdx = spec.values.map((v) => index(v.field));
  const nv = spec.values.length;

  const rowKeys = new Map<string, CellValue[]>();
  const colKeys = new Map<string, CellValue[]>();
  const cells = new Map<string, Acc>(); // rowKey \u0001 colKey
  const rowTotals = new Map<string, Acc>();
  const colTotals = new Map<string, Acc>();
  const grand: Acc = { count: new Array(nv).fill(0), sum: new Array(nv).fill(0) };
  const acc = (m: Map<string, Acc>, k: string): Acc => {
    let a = m.get(k);
    if (!a) m.set(k, (a = { count: new Array(nv).fill(0), sum: new Array(nv).fill(0) }));
    return a;
  };

  for (const r of rows) {
    const rk = rowIdx.map((i) => r[i] ?? null);
    const ck = colIdx.map((i) => r[i] ?? null);
    const rs = rk.map(keyOf).join("\u0002");
    const cs = ck.map(keyOf).join("\u0002");
    if (!rowKeys.has(rs)) rowKeys.set(rs, rk);
    if (!colKeys.has(cs)) colKeys.set(cs, ck);
    const targets = [acc(cells, `${rs}\u0001${cs}`), acc(rowTotals, rs), acc(colTotals, cs), grand];
    valIdx.forEach((vi, k) => {
      const v = r[vi] ?? null;
      const nonEmpty = v !== null && v !== "";
      const num = typeof v === "number" && Number.isFinite(v) ? v : 0;
      for (const t of targets) {
        if (nonEmpty) t.count[k] = (t.count[k] as number) + 1;
        t.sum[k] = (t.sum[k] as number) + num;
      }
    });
  }

  const sortedRows = [...rowKeys.entries()].sort((a, b) => compareTuples(a[1], b[1]));
  const sortedCols = [...colKeys.entries()].sort((a, b) => compareTuples(a[1], b[1]));
  const pick = (a: Acc | undefined, k: number): CellValue => {
    if (!a) return null;
    const v = spec.values[k] as PivotSpec["values"][number];
    if (v.summarize === "count") return a.count[k] as number;
    return a.count[k] === 0 && a.sum[k] === 0 ? null : (a.sum[k] as number);
  };

  const labels = spec.values.map(valueLabel);
  const head: string[] = [...spec.rows];
  const hasCols = colIdx.length > 0;
  if (hasCols) {
    for (const [, ck] of sortedCols) {
      const name = ck.map((v) => String(display(v))).join(" / ");
      for (const l of labels) head.push(nv === 1 ? name : `${name} · ${l}`);
    }
    for (const l of labels) head.push(nv === 1 ? PIVOT_TOTAL : `${PIVOT_TOTAL} · ${l}`);
  } else head.push(...labels);

  const out: CellValue[][] = (rowIdx.length ? sortedRows : []).map(([rs, rk]) => {
    const line: CellValue[] = rk.map(display);
    if (hasCols) {
      for (const [cs] of sortedCols)
        for (let k = 0; k < nv; k++) line.push(pick(cells.get(`${rs}\u0001${cs}`), k));
    }
    for (let k = 0; k < nv; k++) line.push(pick(rowTotals.get(rs), k));
    return line;
  });
  const total: CellValue[] = [PIVOT_TOTAL, ...new Array(Math.max(0, rowIdx.length - 1)).fill(null)];
  if (rowIdx.length === 0) total.length = 0;
  if (hasCols) {
    for (const [cs] of sortedCols) for (let k = 0; k < nv; k++) total.push(pick(colTotals.get(cs), k));
  }
  for (let k = 0; k < nv; k++) total.push(pick(grand, k));
  if (rowIdx.length === 0) {
    head.unshift("");
    total.unshift(PIVOT_TOTAL);
  }
  out.push(total);
  return { header: uniqueHeaders(head), rows: out };
}
