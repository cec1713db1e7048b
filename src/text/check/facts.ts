/**
 * Workbook facts: the numbers of a workbook (as plain value grids, one per sheet) turned into statements
 * {indicator, period, metric, value, unit, scope, cell} that template slots and draft claims are matched with.
 *
 * Layouts understood:
 * - **wide** (the bureau's usual table): one header row; an indicator column (header 指标/指标名称/项目, or
 *   the first column of text); an optional unit column (单位); every other column's header says what its
 *   numbers are: a period ("2022年", "1-10月"), a metric ("增速(%)", "位次", "占比(%)", "目标"), a scope
 *   ("全市位次"), and a unit in brackets ("(亿元)"). A period or scope that the header omits is taken from the
 *   title rows above the header or from the sheet name.
 * - **long**: headers 指标 + 数值 (or 值), with optional 时期/期别, 口径/类型/指标类型, 单位, 范围/地区.
 * Cells that are not finite numbers give no fact.
 */
import type { Metric as RecordMetric } from "../types";
import { indicatorKey, keysMatch } from "./indicator";
import { convertUnit, isRateUnit, unitParts } from "./units";

export type GridValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  /** Zero-based row/column of values[0][0] on the sheet (default 0). */
  top?: number;
  left?: number;
  values: GridValue[][];
}

/** A record's metric, plus the rank change a workbook column (位次变化) can hold. */
export type Metric = RecordMetric | "rank_change";

export interface Fact {
  indicator: string;
  /** {@link indicatorKey} of the indicator. */
  key: string;
  period: string | null;
  metric: Metric;
  /** "actual" results or "target" values (a header with 目标/预期/计划). */
  kind: "actual" | "target";
  value: number;
  unit: string | null;
  /** Scope of a rank or comparison ("全市", "全省"), or null. */
  scope: string | null;
  sheet: string;
  /** A1 address of the cell. */
  address: string;
  /** For ranks: by growth (增速位次) or by level (总量位次), when the header says. */
  basis?: "growth" | "level" | null;
  /** For shares: what the share is of ("全市", "一般公共预算支出"), when the header says. */
  denominator?: string | null;
  /** The region of a row in a table of regions (地区 × indicators), else null. */
  region?: string | null;
}

/** A1 column letters for a zero-based column. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const SCOPE_RE = /(全国|全省|全区|全自治区|全市|全盟|全州|全地区|全县|全旗)/;

/** Normalise a period label: "2022年" → "2022", "1—10月份" → "1-10月", "10月" → "10月". */
export function normalizePeriod(text: string): string | null {
  const s = text.normalize("NFKC");
  const range = /(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})\s*月/.exec(s);
  const year = /((?:19|20)\d{2})\s*(?:年|$|[^\d])/.exec(s);
  let p: string | null = null;
  if (range) p = `${Number(range[1])}-${Number(range[2])}月`;
  else {
    const m = /(?:^|[^\d-])(\d{1,2})\s*月/.exec(s);
    if (m) p = `${Number(m[1])}月`;
    else {
      const q = /(一季度|上半年|前三季度|全年|二季度|三季度|四季度|下半年)/.exec(s);
      if (q) p = q[1] as string;
    }
  }
  if (year) return p ? `${year[1]}年${p}` : (year[1] as string);
  return p;
}

/** A header period without a year ("1-10月") takes the year of the sheet's title ("2023年…"). */
function withYear(p: string | null, sheet: string | null): string | null {
  if (p === null) return sheet;
  const y = sheet ? /^(\d{4})/.exec(sheet)?.[1] : undefined;
  return y && !/^\d{4}/.test(p) ? `${y}年${p}` : p;
}

/** A claim period without a year ("1-10月") takes the year of the default period ("2024"). */
export function withDefaultYear(p: string | null, def: string | null): string | null {
  if (p === null) return def;
  const y = def ? /^(\d{4})/.exec(def)?.[1] : undefined;
  return y && !/^\d{4}/.test(p) ? `${y}年${p}` : p;
}

/** True when two period labels can denote the same period (a year-less label matches any year). */
export function periodsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (a === b) return true;
  const ya = /^(\d{4})/.exec(a)?.[1];
  const yb = /^(\d{4})/.exec(b)?.[1];
  const ra = a.replace(/^\d{4}年?/, "");
  const rb = b.replace(/^\d{4}年?/, "");
  if (ya && yb && ya !== yb) return false;
  // "2022" (the year) equals "2022年1-12月" and "2022年全年".
  const full = (r: string) => r === "" || r === "全年" || r === "1-12月";
  if (full(ra) && full(rb)) return true;
  return ra === rb && (!ya || !yb);
}

interface ColumnMeaning {
  denominator: string | null;
  basis: "growth" | "level" | null;
  period: string | null;
  metric: Metric;
  kind: "actual" | "target";
  unit: string | null;
  scope: string | null;
}

/** What a column header says about its numbers. */
export function parseHeader(header: string): ColumnMeaning {
  const h = header.normalize("NFKC").replace(/\s+/g, "");
  const unitMatch = /[(（]([^()（）]+)[)）]/.exec(h);
  let unit = unitMatch ? (unitMatch[1] as string) : null;
  const bare = h.replace(/[(（][^()（）]*[)）]/g, "");
  let metric: Metric = "level";
  if (/位次|排名|排位|名次/.test(bare)) metric = "rank";
  else if (/年均/.test(bare)) metric = "cagr";
  else if (/百分点|增减|变动/.test(h) && !/增速|增长/.test(bare)) metric = "pp_change";
  else if (/增速|增长|增幅|同比|降幅|比上年/.test(bare)) metric = "growth";
  else if (/完成率|完成进度|完成目标/.test(bare)) metric = "completion";
  else if (/占比|比重|占/.test(bare)) metric = "share";
  else if (/新增|增加额|增量|净增/.test(bare)) metric = "abs_change";
  if (
    unit === null &&
    (metric === "growth" || metric === "share" || metric === "cagr" || metric === "completion")
  )
    unit = "%";
  if (metric === "pp_change" && unit === null) unit = "个百分点";
  if (metric === "rank") unit = "位";
  const kind = /目标|预期|计划/.test(bare) ? "target" : "actual";
  const scope = SCOPE_RE.exec(bare)?.[1] ?? null;
  const denominator = metric === "share" ? (/占(.{1,16}?)(比重|比例|的|$)/.exec(bare)?.[1] ?? null) : null;
  const basis =
    metric !== "rank" ? null : /增速|增长/.test(bare) ? "growth" : /总量|规模/.test(bare) ? "level" : null;
  return { period: normalizePeriod(bare), metric, kind, unit, scope, basis, denominator };
}

function text(v: GridValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function num(v: GridValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") {
    const s = v.normalize("NFKC").replace(/,/g, "").trim();
    if (/^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  }
  return null;
}

function findHeaderRow(values: GridValue[][]): number {
  for (let r = 0; r < Math.min(values.length, 20); r++) {
    const row = values[r] ?? [];
    const texts = row.filter((v) => typeof v === "string" && v.trim() !== "");
    const numbers = row.filter((v) => num(v) !== null);
    if (texts.length >= 2 && texts.length > numbers.length) return r;
  }
  return -1;
}

/** Facts of one sheet. */
export function factsFromSheet(grid: SheetGrid): Fact[] {
  const { values } = grid;
  const top = grid.top ?? 0;
  const left = grid.left ?? 0;
  const hr = findHeaderRow(values);
  if (hr < 0) return [];
  const header = (values[hr] ?? []).map(text);
  const titleText = values.slice(0, hr).flat().map(text).join(" ");
  const sheetPeriod = normalizePeriod(titleText) ?? normalizePeriod(grid.name);
  const sheetScope = SCOPE_RE.exec(titleText)?.[1] ?? null;
  const col = (re: RegExp) => header.findIndex((h) => re.test(h.replace(/\s+/g, "")));
  const facts: Fact[] = [];
  const valueCol = col(/^(数值|值|数据|本期值|本期数)$/);
  const indCol0 = col(/^(指标|指标名称|项目|名称)/);
  if (valueCol >= 0 && indCol0 >= 0) {
    // Long layout.
    const periodCol = col(/^(时期|期别|期间|年份|时间|月份)$/);
    const metricCol = col(/^(口径|类型|指标类型|度量|数值类型)$/);
    const unitCol = col(/^(单位|计量单位)$/);
    const scopeCol = col(/^(范围|地区|比较范围)$/);
    for (let r = hr + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      const name = text(row[indCol0]);
      const v = num(row[valueCol]);
      if (!name || v === null) continue;
      const meaning = parseHeader(metricCol >= 0 ? text(row[metricCol]) : "");
      const unit = unitCol >= 0 && text(row[unitCol]) ? text(row[unitCol]) : meaning.unit;
      facts.push({
        indicator: name,
        key: indicatorKey(name),
        period: periodCol >= 0 ? normalizePeriod(text(row[periodCol])) : sheetPeriod,
        metric: meaning.metric,
        kind: meaning.kind,
        value: v,
        unit,
        scope: scopeCol >= 0 && text(row[scopeCol]) ? text(row[scopeCol]) : meaning.scope,
        sheet: grid.name,
        address: a1(top + r, left + valueCol),
      });
    }
    return facts;
  }
  // Wide layout, with an optional second header row under merged group headers ("本年累计" over "1-2月 …").
  let indCol = indCol0;
  if (indCol < 0) {
    indCol = header.findIndex((_h, c) =>
      values.slice(hr + 1).some((row) => typeof row?.[c] === "string" && text(row[c]) !== ""),
    );
  }
  if (indCol < 0) return [];
  const sub = (values[hr + 1] ?? []).map(text);
  const twoRows = sub[indCol] === "" && sub.filter((x) => x !== "").length >= 2;
  const width = Math.max(header.length, sub.length);
  const headers: string[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    const h = header[c] ?? "";
    if (h !== "") group = h;
    headers.push(twoRows && sub[c] ? `${h || group}${sub[c]}` : h);
  }
  const unitCol = col(/^(单位|计量单位)$/);
  // Rows that are regions (地区, 旗县市区): the indicator is the column's group header, the row its region.
  const regionRows = /^(地区|旗县|旗县市区|地区名称|区域|县市区|盟市)/.test(header[indCol] ?? "");
  const meanings = headers.map((h, c) => parseHeader(regionRows ? (twoRows ? (sub[c] ?? "") : "") : h));
  const sheetYear = sheetPeriod ? /^(\d{4})/.exec(sheetPeriod)?.[1] : undefined;
  for (let r = hr + (twoRows ? 2 : 1); r < values.length; r++) {
    const row = values[r] ?? [];
    const rawName = text(row[indCol]);
    if (!rawName) continue;
    const nameUnit = /[(（]([^()（）]+)[)）]\s*$/.exec(rawName)?.[1] ?? null;
    const rowUnit = unitCol >= 0 && text(row[unitCol]) ? text(row[unitCol]) : nameUnit;
    for (let c = 0; c < width; c++) {
      if (c === indCol || c === unitCol) continue;
      const v = num(row[c]);
      if (v === null) continue;
      const m0 = meanings[c] as ColumnMeaning;
      // A level column holding a row in % is a rate (整改完成率, 失业率).
      const m =
        m0.metric === "level" && !m0.unit && rowUnit === "%" ? { ...m0, metric: "share" as Metric } : m0;
      const unit = m.unit ?? rowUnit;
      // 上年同期 columns hold last year's figures.
      let period = withYear(m.period, sheetPeriod);
      const hc = headers[c] ?? "";
      if (
        /上年|去年/.test(hc) &&
        !/(比|较|同比)(上年|去年)/.test(hc) &&
        m.metric === "level" &&
        sheetYear &&
        period
      )
        period = period.replace(/^\d{4}/, String(Number(sheetYear) - 1));
      const groupName = regionRows ? groupOf(header, c) : "";
      const name = regionRows
        ? groupName.replace(/[(（][^()（）]*[)）]\s*$/, "")
        : rawName.replace(/[(（][^()（）]*[)）]\s*$/, "");
      if (!name) continue;
      const groupUnit = regionRows ? (/[(（]([^()（）]+)[)）]\s*$/.exec(groupName)?.[1] ?? null) : null;
      facts.push({
        indicator: name,
        key: indicatorKey(name),
        period,
        metric: m.metric,
        kind: m.kind,
        value: v,
        unit: m.metric === "level" && groupUnit ? groupUnit : unit,
        scope: m.scope ?? (m.metric === "rank" ? sheetScope : null),
        basis: m.basis,
        denominator: m.denominator,
        region: regionRows ? rawName : null,
        sheet: grid.name,
        address: a1(top + r, left + c),
      });
    }
  }
  return facts;
}

/** The group header over column c (carried from the left across merged cells). */
function groupOf(top: string[], c: number): string {
  for (let k = c; k >= 0; k--) if ((top[k] ?? "") !== "") return top[k] as string;
  return "";
}

/** Facts of every sheet, in sheet order. */
export function factsFromSheets(grids: SheetGrid[]): Fact[] {
  return grids.flatMap((g) => factsFromSheet(g));
}

export interface FactQuery {
  indicator: string;
  metric: Metric;
  period?: string | null;
  scope?: string | null;
  kind?: "actual" | "target" | null;
  basis?: "growth" | "level" | null;
  denominator?: string | null;
  /** The region the claim is about (a row of a table of regions); null for the bureau's own figures. */
  region?: string | null;
  /** The unit the claim or slot is written in; facts in another family are excluded. */
  unit?: string | null;
}

/** Metrics that a workbook may hold under a neighbouring name (a completion rate is a share-like rate). */
function metricCompatible(q: Metric, f: Metric, fact?: Fact): boolean {
  if (q === f) return true;
  // A row named 新增… holds an increase in an ordinary level column.
  if (q === "abs_change" && f === "level" && fact && /^(新增|净增|新)/.test(fact.key)) return true;
  const rate = new Set<Metric>(["share", "completion"]);
  return rate.has(q) && rate.has(f);
}

/** Facts answering a query. Units must be convertible; a query scope must equal the fact scope when both exist. */
export function findFacts(facts: Fact[], q: FactQuery): Fact[] {
  const qKey = indicatorKey(q.indicator);
  return facts.filter((f) => {
    if (!metricCompatible(q.metric, f.metric, f)) return false;
    if (q.kind && f.kind !== q.kind) return false;
    if (!keysMatch(qKey, f.key)) return false;
    if (!periodsMatch(q.period ?? null, f.period)) return false;
    if (q.scope && f.scope && q.scope !== f.scope) return false;
    if (q.basis && f.basis && q.basis !== f.basis) return false;
    if ((q.region ?? null) !== (f.region ?? null)) return false;
    if (q.denominator && f.denominator && indicatorKey(q.denominator) !== indicatorKey(f.denominator))
      return false;
    if (q.metric === "rank" && q.scope && !f.scope) return true;
    if (q.unit && f.unit) {
      if (isRateUnit(q.unit) !== isRateUnit(f.unit)) return false;
      if (!isRateUnit(q.unit) && convertUnit(1, f.unit, q.unit) === null) {
        const pu = unitParts(q.unit);
        if (pu && pu.base !== "") return false;
      }
    }
    return true;
  });
}

/** A fact's value in the unit the text uses (null when not convertible). */
export function factValueIn(fact: Fact, unit: string | null): number | null {
  if (!unit || !fact.unit) return fact.value;
  if (isRateUnit(unit) || isRateUnit(fact.unit)) return fact.value;
  return convertUnit(fact.value, fact.unit, unit);
}
