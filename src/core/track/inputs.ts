/**
 * @summary 读取指标行 / reading the indicator rows of a mapped table for one period
 *
 * Every row below the header with a name is an indicator, except notes ("注：…", "资料来源…"). For the picked
 * period (cumulative months m) a row uses the columns of period m; a row with no figure there (quarterly
 * statistics such as 地区生产总值 in 1-10月) falls back to the latest earlier period that has one, and says so in
 * `months`. Columns mapped with no period (a single-period table: 本期 | 上年同期 | 增速) stand for the picked
 * period. The target is the row's own target cell, else the 年度目标 sheet's entry for the same name.
 */
import { textOf } from "./grid";
import type { ColumnMapping, GridValue, IndicatorInput, TrackMapping } from "./types";

const NOTE_RE = /^(注|说明|备注|资料来源|数据来源)[:：]?/;

/** Indicator names compare without spaces or full-width spaces. */
export function nameKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, "");
}

function pick(cols: ColumnMapping[], role: ColumnMapping["role"], months: number): ColumnMapping | undefined {
  return (
    cols.find((c) => c.role === role && c.months === months) ??
    cols.find((c) => c.role === role && c.months === null)
  );
}

function hasValue(v: GridValue | undefined): boolean {
  return v !== null && v !== undefined && textOf(v) !== "";
}

export function readInputs(
  grid: GridValue[][],
  mapping: TrackMapping,
  months: number,
  targets: ReadonlyMap<string, string> = new Map(),
): IndicatorInput[] {
  const cols = mapping.columns;
  const nameCol = cols.find((c) => c.role === "name");
  if (!nameCol) return [];
  const unitCol = cols.find((c) => c.role === "unit");
  const targetCol = cols.find((c) => c.role === "target");
  const priorFullCol = cols.find((c) => c.role === "priorFull");
  const periods = [
    ...new Set(cols.filter((c) => c.months !== null && c.months <= months).map((c) => c.months as number)),
  ].sort((a, b) => b - a);
  if (!periods.includes(months)) periods.unshift(months);
  const out: IndicatorInput[] = [];
  for (let r = mapping.firstDataRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const name = textOf(row[nameCol.column]);
    if (!name || NOTE_RE.test(name)) continue;
    let used = months;
    let cur: ColumnMapping | undefined;
    let pri: ColumnMapping | undefined;
    let gro: ColumnMapping | undefined;
    for (const m of periods) {
      const c = pick(cols, "current", m);
      const g = pick(cols, "growth", m);
      if ((c && hasValue(row[c.column])) || (g && hasValue(row[g.column]))) {
        used = m;
        cur = c;
        gro = g;
        pri = pick(cols, "prior", m);
        break;
      }
    }
    const found = cur !== undefined || gro !== undefined;
    const ownTarget = targetCol ? textOf(row[targetCol.column]) : "";
    const sheetTarget = targets.get(nameKey(name)) ?? "";
    out.push({
      row: r,
      name,
      unit: unitCol ? textOf(row[unitCol.column]) : "",
      targetText: ownTarget || sheetTarget,
      targetSource: ownTarget ? "column" : sheetTarget ? "targetsSheet" : null,
      priorFull: priorFullCol ? (row[priorFullCol.column] ?? null) : null,
      months: found ? used : null,
      current: cur ? (row[cur.column] ?? null) : null,
      prior: pri ? (row[pri.column] ?? null) : null,
      growth: gro ? (row[gro.column] ?? null) : null,
      cols: {
        current: cur?.column ?? null,
        prior: pri?.column ?? null,
        growth: gro?.column ?? null,
        priorFull: priorFullCol?.column ?? null,
      },
    });
  }
  return out;
}

/**
 * Targets from a 年度目标 sheet (columns 指标, 目标值, 限定词, 方向, 单位, as the Read view writes them), as target
 * text by indicator name: 方向 增长/下降 + 目标值 + 单位 + 限定词 ("增长" "6" "%" "左右" → "增长6%左右").
 */
export function targetsFromSheet(grid: GridValue[][]): Map<string, string> {
  const out = new Map<string, string>();
  const h = grid.slice(0, 10).findIndex((row) => row.some((v) => /^指标(名称)?$/.test(textOf(v))));
  if (h < 0) return out;
  const head = (grid[h] ?? []).map((v) => textOf(v));
  const col = (re: RegExp) => head.findIndex((t) => re.test(t));
  const cName = col(/^指标(名称)?$/);
  const cValue = col(/目标值|^目标$|数值/);
  const cQual = col(/限定词|修饰/);
  const cDir = col(/方向/);
  const cUnit = col(/单位/);
  if (cValue < 0) return out;
  for (const row of grid.slice(h + 1)) {
    const name = textOf(row[cName]);
    const value = textOf(row[cValue]);
    if (!name || !value) continue;
    const dir = cDir >= 0 ? textOf(row[cDir]) : "";
    const verb = /下降|降低|减少/.test(dir)
      ? "下降"
      : /增长|提高|增加/.test(dir)
        ? (dir.match(/增长|提高|增加/)?.[0] ?? "增长")
        : "";
    const lower = /以内|以下|不超过|控制|越低|低/.test(dir) && !verb ? "控制在" : "";
    const unit = cUnit >= 0 ? textOf(row[cUnit]) : "";
    const qual = cQual >= 0 ? textOf(row[cQual]) : "";
    const text =
      /[^\d.\-+%]/.test(value) && !/^[\d.\-+]+%?$/.test(value)
        ? value
        : `${lower}${verb}${value}${value.endsWith(unit) ? "" : unit}${qual}`;
    if (!out.has(nameKey(name))) out.set(nameKey(name), text);
  }
  return out;
}
