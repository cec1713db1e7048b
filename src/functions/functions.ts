/**
 * IND custom functions: thin wrappers over src/core. The JSDoc here becomes functions.json (the English
 * help); `i18n/functions.zh-CN.json` holds the Chinese help for the same ids. Every argument accepts a cell
 * or a range; element-wise results spill with the broadcast shape of the inputs (runtime.ts states the
 * rules for blanks, errors and shapes). Ids are a contract: never rename one.
 */
import { growth, growthAbs, isOrdinaryGrowth, ordinaryGrowth } from "../core/growth";
import { annualize, cagr, cagrCum } from "../core/cagr";
import { avgGrowth, chainGrowth } from "../core/avgGrowth";
import { impliedPrice, realGrowth } from "../core/realGrowth";
import { share } from "../core/share";
import { contribution, pull, pullFromContribution } from "../core/contrib";
import { periodGrowth, periodValues } from "../core/periodValues";
import { progress as progressOf } from "../core/periods";
import { completion, type CompletionType } from "../core/completion";
import { needed, neededFromLevels } from "../core/needed";
import { onTrack, parseTarget } from "../core/target";
import { gap, ppDiff } from "../core/gap";
import { ranker } from "../core/rank";
import { parseQuantity, quantityInBase } from "../core/quantity";
import { convert } from "../core/units";
import { trimSeries } from "../core/series";
import { caliberGap } from "../core/caliber";
import { fail, isIndicatorError, type IndicatorError } from "../core/errors";
import { formatMessage } from "../core/messages";
import {
  BLANK,
  broadcast,
  cell,
  currentLanguage,
  flatten,
  gridShape,
  guard,
  isOmitted,
  numeric,
  numeric2,
  toExcelError,
  toGrid,
  toNumber,
  toText,
  type OutCell,
  type OutGrid,
} from "./runtime";

// ---------------------------------------------------------------------------------------------------------
// Shared helpers (not custom functions: only top-level function declarations with @customfunction count).

type Series = (number | null)[];

/** Read a vector of cells as numbers with blanks as null; an error or text cell is returned as the error. */
function readSeries(cells: unknown[]): Series | IndicatorError {
  const out: Series = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (typeof x === "number" && x - x === 0) {
      out[i] = x;
      continue;
    }
    const v = toNumber(x);
    if (isIndicatorError(v)) return v;
    out[i] = v === BLANK ? null : v;
  }
  return out;
}

/** The series of a grid: a vector gives one series; a matrix gives one series per row. */
function seriesOf(g: unknown[][]): { list: unknown[][]; asColumn: boolean } | IndicatorError {
  const s = gridShape(g);
  if (isIndicatorError(s)) return s;
  if (s.rows === 1) return { list: [g[0] as unknown[]], asColumn: false };
  if (s.cols === 1) return { list: [g.map((r) => r[0])], asColumn: false };
  return { list: g, asColumn: true };
}

/** A scalar option: the single cell of an argument, or `undefined` when omitted or blank. */
function option(x: unknown): unknown {
  if (isOmitted(x)) return undefined;
  const g = toGrid(x);
  if (g.length === 0) return undefined;
  const first = g[0]?.[0];
  return first === null || first === "" ? undefined : first;
}

function optionNumber(x: unknown, name: string): number | undefined | IndicatorError {
  const g = isOmitted(x) ? [[null]] : toGrid(x);
  if (g.length > 1 || (g[0]?.length ?? 0) > 1)
    return fail("value", "shapeMismatch", { a: name, b: `${g.length}×${g[0]?.length ?? 0}` });
  const v = toNumber(option(x));
  if (isIndicatorError(v)) return v;
  return v === BLANK ? undefined : v;
}

// ---------------------------------------------------------------------------------------------------------
// Growth and averages

/** The ordinary case of GROWTH (base > 0, current ≥ 0) as a number-only kernel for million-cell ranges. */
const GROWTH_KERNEL = { when: isOrdinaryGrowth, calc: ordinaryGrowth };

/**
 * Growth rate in percent: (current / base − 1) × 100. When the base is zero or negative, returns the word the bureaus print instead of a rate: 扭亏, 减亏, 增亏, 由盈转亏, or — for a zero base. Blank inputs give a blank. With mode "abs", a negative base is divided by its absolute value and a number is returned (non-standard, 非标准口径).
 * @customfunction GROWTH
 * @param current Current-period value (a cell or a range).
 * @param base Base-period value, e.g. the same period last year (a cell or a range of the same size).
 * @param mode Optional: "abs" (or 1) divides by |base| for a negative base (non-standard); default is the bureaus' words.
 * @returns Growth in % (6.1 means 6.1%), or a status word; spills with the shape of the inputs.
 */
export function growthRate(current: any[][], base: any[][], mode?: any): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const m = option(mode);
    if (m === undefined || m === 0 || m === "0") return numeric2(current, base, growth, GROWTH_KERNEL);
    if (m === 1 || m === "1" || (typeof m === "string" && /^(abs|绝对值|非标准)$/i.test(m.trim()))) {
      return numeric2(current, base, growthAbs, GROWTH_KERNEL);
    }
    return fail("value", "badOption", { name: "mode", got: String(m), allowed: "abs, 1" });
  });
}

/**
 * Average annual growth in %, level method (水平法, geometric): ((end / start)^(1 / years) − 1) × 100, like Excel's RRI × 100. Years exclude the base year (2020 → 2025 is 5).
 * @customfunction CAGR
 * @param start Level in the base year (> 0; a cell or a range).
 * @param end Level in the final year (a cell or a range).
 * @param years Number of years after the base year (> 0).
 * @returns Average annual growth in %; spills with the shape of the inputs.
 */
export function cagrLevel(start: any[][], end: any[][], years: any[][]): any[][] {
  return guard(() =>
    numeric([start, end, years], 3, (a, b, n) => cagr(a as number, b as number, n as number)),
  );
}

/**
 * Average annual growth in %, cumulative method (累计法/方程式法, used for fixed-asset investment): the positive root x of x + x² + … + xⁿ = Σ values / base, minus 1. With one base per row (or column) of values, gives one rate per row (or column). Trailing blank years are ignored.
 * @customfunction CAGR_CUM
 * @param base Level in the base year (> 0): one cell, or a column with one base per row of values.
 * @param values Levels of the years after the base year: a row or column, or one row per base.
 * @returns Average annual growth in %; one per series.
 */
export function cagrCumulative(base: any[][], values: any[][]): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const gb = toGrid(base);
    const gv = toGrid(values);
    const sb = gridShape(gb);
    if (isIndicatorError(sb)) return sb;
    const sv = gridShape(gv);
    if (isIndicatorError(sv)) return sv;
    const solve = (b: unknown, cells: unknown[]): OutCell => {
      const nb = toNumber(b);
      if (isIndicatorError(nb)) return toExcelError(nb);
      if (nb === BLANK) return "";
      const s = readSeries(cells);
      if (isIndicatorError(s)) return toExcelError(s);
      const t = trimSeries(s);
      if (isIndicatorError(t)) return t.key === "emptyInput" ? "" : toExcelError(t);
      return cell(cagrCum(nb, t));
    };
    if (sb.rows === 1 && sb.cols === 1) {
      const b = gb[0]?.[0];
      if (sv.rows === 1 || sv.cols === 1) return [[solve(b, flatten(gv))]];
      return gv.map((row) => [solve(b, row)]);
    }
    if (sb.cols === 1 && sb.rows === sv.rows) return gv.map((row, r) => [solve(gb[r]?.[0], row)]);
    if (sb.rows === 1 && sb.cols === sv.cols) {
      return [
        Array.from({ length: sv.cols }, (_v, c) =>
          solve(
            gb[0]?.[c],
            gv.map((row) => row[c]),
          ),
        ),
      ];
    }
    return fail("value", "shapeMismatch", { a: `${sb.rows}×${sb.cols}`, b: `${sv.rows}×${sv.cols}` });
  });
}

/**
 * Geometric average of a run of period growth rates in %: (Π(1 + rᵢ/100))^(1/periods) − 1, e.g. the two-year average from two annual rates. A row or column is one run; a matrix gives one average per row. Trailing blanks are ignored.
 * @customfunction AVG_GROWTH
 * @param rates Period growth rates in % (a row or column, or one run per row).
 * @param periods Number of periods the product spans (default: the count of rates).
 * @returns Average growth in % per period; one per run.
 */
export function averageGrowth(rates: any[][], periods?: any): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const p = optionNumber(periods, "periods");
    if (isIndicatorError(p)) return p;
    return perSeries(rates, (t) => avgGrowth(t, p));
  });
}

/**
 * Fixed-base growth (定基增长) in % from a run of chain (环比) growth rates: (Π(1 + rᵢ/100) − 1) × 100. A row or column is one run; a matrix gives one result per row.
 * @customfunction CHAIN
 * @param rates Chain growth rates in % (a row or column, or one run per row).
 * @returns Fixed-base growth in %; one per run.
 */
export function chainedGrowth(rates: any[][]): any[][] {
  return guard(() => perSeries(rates, (t) => chainGrowth(t)));
}

function perSeries(x: unknown, fn: (t: number[]) => number | IndicatorError): OutGrid | IndicatorError {
  const s = seriesOf(toGrid(x));
  if (isIndicatorError(s)) return s;
  const out = s.list.map((cells): OutCell[] => {
    const v = readSeries(cells);
    if (isIndicatorError(v)) return [toExcelError(v)];
    const t = trimSeries(v);
    if (isIndicatorError(t)) return [t.key === "emptyInput" ? "" : toExcelError(t)];
    return [cell(fn(t))];
  });
  return out;
}

/**
 * Average growth per period in % behind a cumulative growth rate: ((1 + total/100)^(1/periods) − 1) × 100. E.g. +69.7% since 2012 over 9 years → 6.05; the two-year average from growth on the 2019 base (periods 2).
 * @customfunction ANNUALIZE
 * @param total_growth Cumulative (fixed-base) growth in % (a cell or a range).
 * @param periods Number of periods it spans (> 0).
 * @returns Average growth per period in %; spills with the shape of the inputs.
 */
export function annualizeGrowth(total_growth: any[][], periods: any[][]): any[][] {
  return guard(() => numeric2(total_growth, periods, annualize));
}

/**
 * Real growth in % from nominal growth and the price change: ((100 + nominal) / (100 + price_change) − 1) × 100. Nominal 8% with prices +3% is 4.85%, not 5%.
 * @customfunction REAL_GROWTH
 * @param nominal Nominal growth in % (a cell or a range).
 * @param price_change Price change in % over the same period.
 * @returns Real growth in %; spills with the shape of the inputs.
 */
export function realGrowthRate(nominal: any[][], price_change: any[][]): any[][] {
  return guard(() => numeric2(nominal, price_change, realGrowth));
}

/**
 * Implied price change (deflator) in % from nominal and real growth: ((100 + nominal) / (100 + real) − 1) × 100.
 * @customfunction PRICE_CHANGE
 * @param nominal Nominal growth in % (a cell or a range).
 * @param real Real growth in % over the same period.
 * @returns Price change in %; spills with the shape of the inputs.
 */
export function priceChange(nominal: any[][], real: any[][]): any[][] {
  return guard(() => numeric2(nominal, real, impliedPrice));
}

/**
 * Same-caliber check (同口径): the naive growth on last year's published level minus the published rate, in percentage points. Published rates compare the same set of units in both years; a gap beyond rounding (about ±0.1) means last year's published level is not a comparable base, so use the published rate.
 * @customfunction CALIBER_GAP
 * @param current This period's level (a cell or a range).
 * @param published_base Last year's published level for the same period.
 * @param published_rate The growth rate published with this period's level, in %.
 * @returns Naive growth minus published growth, in percentage points; spills with the shape of the inputs.
 */
export function caliberGapPoints(
  current: any[][],
  published_base: any[][],
  published_rate: any[][],
): any[][] {
  return guard(() =>
    numeric([current, published_base, published_rate], 3, (a, b, c) =>
      caliberGap(a as number, b as number, c as number),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Structure, contribution, pull, differences

/**
 * Share in %: part / total × 100.
 * @customfunction SHARE
 * @param part The part (a cell or a range).
 * @param total The total, in the same unit.
 * @returns Share in %; spills with the shape of the inputs.
 */
export function shareOf(part: any[][], total: any[][]): any[][] {
  return guard(() => numeric2(part, total, share));
}

/**
 * Contribution rate (贡献率) in %: (part_now − part_base) / (total_now − total_base) × 100. Contributions of all parts sum to 100; use comparable-price levels.
 * @customfunction CONTRIB
 * @param part_now The part in the current period (a cell or a range).
 * @param part_base The part in the base period.
 * @param total_now The total in the current period.
 * @param total_base The total in the base period.
 * @returns Contribution in %; spills with the shape of the inputs.
 */
export function contributionRate(
  part_now: any[][],
  part_base: any[][],
  total_now: any[][],
  total_base: any[][],
): any[][] {
  return guard(() =>
    numeric([part_now, part_base, total_now, total_base], 4, (a, b, c, d) =>
      contribution(a as number, b as number, c as number, d as number),
    ),
  );
}

/**
 * Pull (拉动) in percentage points: (part_now − part_base) / total_base × 100. The pulls of all parts sum to the total's growth.
 * @customfunction PULL
 * @param part_now The part in the current period (a cell or a range).
 * @param part_base The part in the base period.
 * @param total_base The total in the base period.
 * @returns Pull in percentage points; spills with the shape of the inputs.
 */
export function pullPoints(part_now: any[][], part_base: any[][], total_base: any[][]): any[][] {
  return guard(() =>
    numeric([part_now, part_base, total_base], 3, (a, b, c) => pull(a as number, b as number, c as number)),
  );
}

/**
 * Pull (拉动) in percentage points from published rates: total_growth × contribution / 100.
 * @customfunction PULL_RATE
 * @param total_growth Growth of the total in % (a cell or a range).
 * @param contribution Contribution rate of the part in %.
 * @returns Pull in percentage points; spills with the shape of the inputs.
 */
export function pullFromRates(total_growth: any[][], contribution: any[][]): any[][] {
  return guard(() => numeric2(total_growth, contribution, pullFromContribution));
}

/**
 * Difference of two rates in percentage points: rate − reference (8.1 vs 5.9 → 2.2).
 * @customfunction PP_DIFF
 * @param rate A rate in % (a cell or a range).
 * @param reference The rate to compare with, in %.
 * @returns Difference in percentage points; spills with the shape of the inputs.
 */
export function percentagePoints(rate: any[][], reference: any[][]): any[][] {
  return guard(() => numeric2(rate, reference, ppDiff));
}

// ---------------------------------------------------------------------------------------------------------
// Cumulative and single periods

/**
 * Single-period values from a row or column of cumulative values: the first is kept (a series starting at 1–2月 keeps that combined period), then each minus the one before. A matrix is read one row per indicator. A blank stays blank and the value after it is #N/A.
 * @customfunction PERIOD_VALUES
 * @param cumulative Cumulative values in period order (1–2月, 1–3月, …).
 * @returns Single-period values, same shape as the input.
 */
export function periodValuesOf(cumulative: any[][]): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const g = toGrid(cumulative);
    const s = gridShape(g);
    if (isIndicatorError(s)) return s;
    const run = (cells: unknown[]): OutCell[] => {
      const nums: (number | null)[] = new Array(cells.length);
      const errs: (OutCell | null)[] = new Array(cells.length).fill(null);
      for (let i = 0; i < cells.length; i++) {
        const v = toNumber(cells[i]);
        if (isIndicatorError(v)) {
          errs[i] = toExcelError(v);
          nums[i] = null;
        } else nums[i] = v === BLANK ? null : v;
      }
      const pv = periodValues(nums);
      return pv.map((v, i) => errs[i] ?? cell(v));
    };
    if (s.cols === 1 && s.rows > 1) return run(g.map((r) => r[0])).map((v) => [v]);
    return g.map(run);
  });
}

/**
 * Growth in % of the latest single period from two cumulative levels and their cumulative growth rates: with prior-year bases B = C / (1 + G/100), growth = (cum_now − prev_cum_now) / (B_now − B_prev) − 1. Also gives the earlier period from the latest month.
 * @customfunction PERIOD_GROWTH
 * @param cum_now Cumulative level to date, e.g. 1–3月 (a cell or a range).
 * @param cum_growth Its cumulative growth in %.
 * @param prev_cum_now Cumulative level of the earlier period, e.g. 1–2月.
 * @param prev_cum_growth Its cumulative growth in %.
 * @returns Growth of the single period in %; spills with the shape of the inputs.
 */
export function periodGrowthRate(
  cum_now: any[][],
  cum_growth: any[][],
  prev_cum_now: any[][],
  prev_cum_growth: any[][],
): any[][] {
  return guard(() =>
    numeric([cum_now, cum_growth, prev_cum_now, prev_cum_growth], 4, (a, b, c, d) =>
      periodGrowth(a as number, b as number, c as number, d as number),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Targets, progress, completion

/**
 * Time progress (序时进度) in %: the share of the year elapsed at the end of the period, month / 12 × 100. Takes a month number (10 → 83.3) or a label ("1-10月", "1—10月份", "前三季度", "上半年").
 * @customfunction PROGRESS
 * @param period A month number 1–12 or a period label (a cell or a range).
 * @returns Time progress in %; spills with the shape of the input.
 */
export function timeProgress(period: any[][]): any[][] {
  return guard(() =>
    broadcast([toGrid(period)], (x) => {
      if (typeof x === "number")
        return Number.isFinite(x) ? cell(progressOf(x)) : cell(fail("num", "notFinite"));
      const t = toText(x);
      if (isIndicatorError(t)) return toExcelError(t);
      if (t === BLANK) return "";
      return cell(progressOf(t));
    }),
  );
}

const TYPE_WORDS: Readonly<Record<string, CompletionType>> = {
  level: "level",
  水平: "level",
  总量: "level",
  increase: "increase",
  提高: "increase",
  增长: "increase",
  decrease: "decrease",
  降低: "decrease",
  下降: "decrease",
};

/**
 * Completion of a target in %. Type "level" (default): actual / target × 100. "increase" (planned rise in %): (100 + actual) / (100 + target) × 100. "decrease" (planned fall, as a positive %): (100 − actual) / (100 − target) × 100, below 100 means beaten.
 * @customfunction COMPLETION
 * @param actual Actual level, or actual rise/fall in % (a cell or a range).
 * @param target Target level, or planned rise/fall in %.
 * @param type "level" (default), "increase" or "decrease" (also 水平, 提高, 降低).
 * @returns Completion in %; spills with the shape of the inputs.
 */
export function completionRate(actual: any[][], target: any[][], type?: any[][]): any[][] {
  return guard(() =>
    broadcast([toGrid(actual), toGrid(target), toGrid(isOmitted(type) ? null : type)], (a, t, k) => {
      const na = toNumber(a);
      if (isIndicatorError(na)) return toExcelError(na);
      const nt = toNumber(t);
      if (isIndicatorError(nt)) return toExcelError(nt);
      const kt = toText(k);
      if (isIndicatorError(kt)) return toExcelError(kt);
      let kind: CompletionType = "level";
      if (kt !== BLANK) {
        const w = Object.prototype.hasOwnProperty.call(TYPE_WORDS, kt.toLowerCase())
          ? TYPE_WORDS[kt.toLowerCase()]
          : undefined;
        if (!w)
          return toExcelError(
            fail("value", "badOption", { name: "type", got: kt, allowed: "level, increase, decrease" }),
          );
        kind = w;
      }
      if (na === BLANK || nt === BLANK) return "";
      return cell(completion(na, nt, kind));
    }),
  );
}

/**
 * Growth in % still needed in the rest of the year to reach the annual target: [(1 + target) − w(1 + cum)] / (1 − w) − 1, where w is last year's share of the elapsed period (上年1–10月 / 上年全年; 10/12 only approximates it).
 * @customfunction NEEDED
 * @param target_growth Annual growth target in % (a cell or a range).
 * @param cum_growth Cumulative growth so far this year in %.
 * @param weight Prior-year share of the elapsed period, between 0 and 1.
 * @returns Growth needed in the remaining period, in %; spills with the shape of the inputs.
 */
export function neededGrowth(target_growth: any[][], cum_growth: any[][], weight: any[][]): any[][] {
  return guard(() =>
    numeric([target_growth, cum_growth, weight], 3, (a, b, c) =>
      needed(a as number, b as number, c as number),
    ),
  );
}

/**
 * Growth in % still needed in the rest of the year, from levels: (base_full × (1 + target_growth/100) − done) / (base_full − base_done) − 1.
 * @customfunction NEEDED_LEVELS
 * @param base_full Last year's full-year level (a cell or a range).
 * @param target_growth Annual growth target in %.
 * @param done This year's cumulative level so far.
 * @param base_done Last year's level for the same elapsed period.
 * @returns Growth needed in the remaining period, in %; spills with the shape of the inputs.
 */
export function neededGrowthLevels(
  base_full: any[][],
  target_growth: any[][],
  done: any[][],
  base_done: any[][],
): any[][] {
  return guard(() =>
    numeric([base_full, target_growth, done, base_done], 4, (a, b, c, d) =>
      neededFromLevels(a as number, b as number, c as number, d as number),
    ),
  );
}

/**
 * Reads a target phrase into three cells: value, qualifier, direction (1 higher is better, −1 lower is better). "增长6%左右" → 6, 左右, 1; "控制在5%以内" → 5, 以内, −1; "突破13亿元" → 13, 突破, 1. A range gives one row per cell.
 * @customfunction TARGET
 * @param text Target text (a cell or a range).
 * @returns A 1×3 array per target: value (in the unit written), qualifier, direction.
 */
export function targetParts(text: any[][]): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const g = toGrid(text);
    const s = gridShape(g);
    if (isIndicatorError(s)) return s;
    return flatten(g).map((x): OutCell[] => {
      if (typeof x === "number")
        return Number.isFinite(x) ? [x === 0 ? 0 : x, "", 1] : triple(fail("num", "notFinite"));
      const t = toText(x);
      if (isIndicatorError(t)) return triple(t);
      if (t === BLANK) return ["", "", ""];
      const p = parseTarget(t);
      if (isIndicatorError(p)) return triple(p);
      return [cell(p.value), p.qualifier ?? "", p.direction];
    });
  });
}

function triple(e: IndicatorError): OutCell[] {
  const x = toExcelError(e);
  return [x, x, x];
}

function targetArg(t: unknown): number | string | typeof BLANK | IndicatorError {
  if (typeof t === "number") return Number.isFinite(t) ? t : fail("num", "notFinite");
  return toText(t);
}

/**
 * Status against a target: "达标" or "未达标" by the target's qualifier and direction (target a number or text like "6%左右", "控制在5%以内"), compared at one decimal; for 左右 a shortfall within tolerance is "基本达标". With progress (time progress in %, or a period label) and actual a completion %: "快于序时进度", "慢于序时进度" or "与序时进度持平".
 * @customfunction ON_TRACK
 * @param actual Actual value, or completion % when progress is given (a cell or a range).
 * @param target Target as a number or text; may be blank when progress is given.
 * @param progress Time progress in % (50 for 1–6月) or a period label ("1-6月").
 * @param tolerance For 左右 targets: the shortfall still counted as 基本达标 (percentage points for rates).
 * @param direction Optional: 1 higher is better, −1 lower is better (e.g. 失业率 given as a number); default from the target's wording.
 * @returns Status text; spills with the shape of the inputs.
 */
export function onTrackStatus(
  actual: any[][],
  target: any[][],
  progress?: any[][],
  tolerance?: any[][],
  direction?: any[][],
): any[][] {
  return guard(() =>
    broadcast(
      [
        toGrid(actual),
        toGrid(target),
        toGrid(isOmitted(progress) ? null : progress),
        toGrid(isOmitted(tolerance) ? null : tolerance),
        toGrid(isOmitted(direction) ? null : direction),
      ],
      (a, t, p, tol, dir) => {
        const na = toNumber(a);
        if (isIndicatorError(na)) return toExcelError(na);
        const nt = targetArg(t);
        if (isIndicatorError(nt)) return toExcelError(nt);
        let prog: number | undefined;
        if (typeof p === "number") {
          if (!Number.isFinite(p)) return toExcelError(fail("num", "notFinite"));
          prog = p;
        } else {
          const pt = toText(p);
          if (isIndicatorError(pt)) return toExcelError(pt);
          if (pt !== BLANK) {
            const n = toNumber(pt);
            const pr = isIndicatorError(n) || n === BLANK ? progressOf(pt) : n;
            if (isIndicatorError(pr)) return toExcelError(pr);
            prog = pr;
          }
        }
        const ntol = toNumber(tol);
        if (isIndicatorError(ntol)) return toExcelError(ntol);
        const nd = toNumber(dir);
        if (isIndicatorError(nd)) return toExcelError(nd);
        if (nd !== BLANK && nd !== 1 && nd !== -1)
          return toExcelError(
            fail("value", "badOption", { name: "direction", got: String(nd), allowed: "1, -1" }),
          );
        if (na === BLANK) return "";
        if (prog === undefined && nt === BLANK) return "";
        const opts = {
          progress: prog,
          tolerance: ntol === BLANK ? undefined : ntol,
          direction: nd === BLANK ? undefined : (nd as 1 | -1),
        };
        return cell(onTrack(na, nt === BLANK ? 0 : nt, opts));
      },
    ),
  );
}

/**
 * Gap to a target: actual − target, in percentage points for rate targets and in the target's unit for levels. The target may be a number or text ("增长8%左右").
 * @customfunction GAP
 * @param actual Actual value (a cell or a range).
 * @param target Target as a number or text.
 * @returns actual − target; spills with the shape of the inputs.
 */
export function gapToTarget(actual: any[][], target: any[][]): any[][] {
  return guard(() =>
    broadcast([toGrid(actual), toGrid(target)], (a, t) => {
      const na = toNumber(a);
      if (isIndicatorError(na)) return toExcelError(na);
      const nt = targetArg(t);
      if (isIndicatorError(nt)) return toExcelError(nt);
      if (na === BLANK || nt === BLANK) return "";
      return cell(gap(na, nt));
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Ranking

/**
 * Rank among peers (1 = first). order 0 = largest first (default), 1 = smallest first; method 0 = competition 1,1,3 (default, as RANK.EQ), 1 = dense 1,1,2; digits rounds before comparing so ties are decided at the published precision. Blank and text peers (e.g. 扭亏) are skipped; a text value gives "不参与排位".
 * @customfunction RANK
 * @param value The value(s) to rank (a cell or a range).
 * @param peers All values of the peer group (a range; blanks skipped).
 * @param order 0 = largest first (default), 1 = smallest first.
 * @param method 0 = competition ranking (default), 1 = dense ranking.
 * @param digits Round to this many decimals before comparing (e.g. 1).
 * @returns Rank; spills with the shape of value.
 */
export function rankAmong(value: any[][], peers: any[][], order?: any, method?: any, digits?: any): any[][] {
  return guard((): OutGrid | IndicatorError => {
    const o = optionNumber(order, "order");
    if (isIndicatorError(o)) return o;
    const m = optionNumber(method, "method");
    if (isIndicatorError(m)) return m;
    const d = optionNumber(digits, "digits");
    if (isIndicatorError(d)) return d;
    const gp = toGrid(peers);
    const sp = gridShape(gp);
    if (isIndicatorError(sp)) return sp;
    const list: (number | null)[] = [];
    for (const row of gp) {
      for (const x of row) {
        if (typeof x === "number") {
          if (x - x !== 0) return fail("num", "notFinite");
          list.push(x);
          continue;
        }
        const v = toNumber(x);
        if (v === BLANK) continue;
        if (isIndicatorError(v)) {
          if (v.key === "notNumber") continue; // status words such as 扭亏 are not ranked
          return v;
        }
        list.push(v);
      }
    }
    const f = ranker(list, { order: o, method: m, digits: d });
    if (isIndicatorError(f)) return f;
    const gv = toGrid(value);
    const sv = gridShape(gv);
    if (isIndicatorError(sv)) return sv;
    return gv.map((row) =>
      row.map((x): OutCell => {
        if (typeof x === "number" && x - x === 0) {
          const r = f(x);
          return typeof r === "number" ? r : toExcelError(r);
        }
        const v = toNumber(x);
        if (v === BLANK) return "";
        if (isIndicatorError(v))
          return v.key === "notNumber" ? formatMessage("notRanked", currentLanguage()) : toExcelError(v);
        return cell(f(v));
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Numbers and units

/**
 * The number in a Chinese quantity, in the base unit of its kind (元, 千瓦, 千瓦时, 亩, 吨, 人, %) or converted to unit: ("35.6亿元", "万元") → 356000; "2800余万元" → 28000000; "6%" → 6; "三分之一" → 0.333…; "一千二百" → 1200.
 * @customfunction NUM
 * @param text Quantity text (a cell or a range).
 * @param unit Unit to convert to (e.g. 万元, 亿千瓦时, 公顷).
 * @returns The number; spills with the shape of the inputs.
 */
export function numberOf(text: any[][], unit?: any[][]): any[][] {
  return guard(() =>
    broadcast([toGrid(text), toGrid(isOmitted(unit) ? null : unit)], (x, u) => {
      const ut = toText(u);
      if (isIndicatorError(ut)) return toExcelError(ut);
      if (typeof x === "number") {
        if (!Number.isFinite(x)) return toExcelError(fail("num", "notFinite"));
        return x === 0 ? 0 : x;
      }
      const t = toText(x);
      if (isIndicatorError(t)) return toExcelError(t);
      if (t === BLANK) return "";
      const q = parseQuantity(t);
      if (isIndicatorError(q)) return toExcelError(q);
      if (ut === BLANK) {
        const b = quantityInBase(q);
        return isIndicatorError(b) ? cell(q.value) : cell(b.value);
      }
      return cell(convert(q.value, q.unit, ut));
    }),
  );
}

/**
 * Converts a value between units of the same kind: 元/万元/亿元/万亿元; 千瓦/万千瓦/亿千瓦; 千瓦时/度/万千瓦时/亿千瓦时; 亩/万亩/公顷; 吨/万吨/亿吨/公斤/斤; 人/万人; %/成. Units of different kinds give #VALUE! naming both.
 * @customfunction CONVERT
 * @param value The value (a cell or a range).
 * @param from Its unit (e.g. 亿元).
 * @param to The unit wanted (e.g. 万元).
 * @returns The value in the new unit; spills with the shape of the inputs.
 */
export function convertUnit(value: any[][], from: any[][], to: any[][]): any[][] {
  return guard(() =>
    broadcast([toGrid(value), toGrid(from), toGrid(to)], (v, f, t) => {
      const nv = toNumber(v);
      if (isIndicatorError(nv)) return toExcelError(nv);
      const ft = toText(f);
      if (isIndicatorError(ft)) return toExcelError(ft);
      const tt = toText(t);
      if (isIndicatorError(tt)) return toExcelError(tt);
      if (nv === BLANK) return "";
      return cell(convert(nv, ft === BLANK ? "" : ft, tt === BLANK ? "" : tt));
    }),
  );
}
