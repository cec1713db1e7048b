/**
 * IND functions over 1,000,000 cells passed as one range call, against the floor: a plain JavaScript loop
 * doing the same arithmetic on the same arrays, measured in the same process. Aim: within 3× of the floor.
 * Then 10,000 single-cell calls through the wrapper against one 10,000-cell range call, to show why ranges
 * are the way to use these functions (Excel adds its own per-call cost on top of ours).
 */
import "../../test/setup/customFunctionsShim";
import { cagrCumulative, growthRate, rankAmong } from "../../src/functions/functions";
import { row, time } from "./_timing";

function grid(rows: number, cols: number, f: (i: number) => number): number[][] {
  const out: number[][] = new Array(rows);
  let i = 0;
  for (let r = 0; r < rows; r++) {
    const line = new Array<number>(cols);
    for (let c = 0; c < cols; c++) line[c] = f(i++);
    out[r] = line;
  }
  return out;
}

/** Deterministic pseudo-random numbers (the same data every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function floorGrowth(cur: number[][], base: number[][]): number[][] {
  const out: number[][] = new Array(cur.length);
  for (let r = 0; r < cur.length; r++) {
    const a = cur[r] as number[];
    const b = base[r] as number[];
    const line = new Array<number>(a.length);
    for (let c = 0; c < a.length; c++)
      line[c] = (((a[c] as number) - (b[c] as number)) / (b[c] as number)) * 100;
    out[r] = line;
  }
  return out;
}

function floorRank(values: number[][]): number[][] {
  const flat: number[] = [];
  for (const line of values) for (const v of line) flat.push(-v);
  const sorted = Float64Array.from(flat).sort();
  return values.map((line) =>
    line.map((v) => {
      const key = -v;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) < key) lo = mid + 1;
        else hi = mid;
      }
      return lo + 1;
    }),
  );
}

function floorCagrCum(base: number[][], values: number[][]): number[][] {
  return values.map((line, r) => {
    const b = (base[r] as number[])[0] as number;
    let sum = 0;
    for (const v of line) sum += v;
    const s = sum / b;
    const n = line.length;
    let lo = 0;
    let hi = Math.max(1, s);
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (mid === lo || mid === hi) break;
      const ps = mid === 1 ? n : (mid * Math.expm1(n * Math.log1p(mid - 1))) / (mid - 1);
      if (ps < s) lo = mid;
      else hi = mid;
    }
    return [((lo + hi) / 2 - 1) * 100];
  });
}

function check(label: string, a: unknown[][], b: unknown[][]): void {
  let diff = 0;
  for (let r = 0; r < a.length; r++) {
    const x = a[r] as unknown[];
    const y = b[r] as unknown[];
    for (let c = 0; c < x.length; c++) {
      const d = Math.abs((x[c] as number) - (y[c] as number));
      if (!(d <= 1e-9 * Math.max(1, Math.abs(y[c] as number)))) diff++;
    }
  }
  if (diff > 0) throw new Error(`${label}: ${diff} cells differ from the floor`);
}

export default function run(): void {
  const rnd = lcg(20261122);
  const R = 1000;
  const C = 1000;
  const cur = grid(R, C, () => 50 + rnd() * 100);
  const base = grid(R, C, () => 50 + rnd() * 100);
  console.log(`1,000,000 cells (${R}×${C}) in one call; best of several runs after a warm-up`);

  // Fast calls on a shared machine: best of 25, interleaved so both see the same load.
  let gFloor = Infinity;
  let gInd = Infinity;
  for (let i = 0; i < 5; i++) {
    gFloor = Math.min(
      gFloor,
      time(() => floorGrowth(cur, base), 5),
    );
    gInd = Math.min(
      gInd,
      time(() => growthRate(cur, base), 5),
    );
  }
  check("GROWTH", growthRate(cur, base), floorGrowth(cur, base));
  row("floor: plain loop (c − b) / b × 100", gFloor);
  row("IND.GROWTH(current, base)", gInd, gFloor);

  const peers = grid(R, C, () => Math.round(rnd() * 100000) / 10); // ties at one decimal
  const rFloor = time(() => floorRank(peers), 3);
  const rInd = time(() => rankAmong(peers, peers), 3);
  check("RANK", rankAmong(peers, peers), floorRank(peers));
  row("floor: sort + binary search per value", rFloor);
  row("IND.RANK(values, values)", rInd, rFloor);
  const rDigits = time(() => rankAmong(peers, peers, 0, 0, 1), 3);
  row("IND.RANK(values, values, 0, 0, 1) — ties at one decimal", rDigits, rFloor);

  const rowsC = 200000;
  const cBase = grid(rowsC, 1, () => 100);
  const cVals = grid(rowsC, 5, () => 80 + rnd() * 60);
  const cFloor = time(() => floorCagrCum(cBase, cVals), 3);
  const cInd = time(() => cagrCumulative(cBase, cVals), 3);
  check("CAGR_CUM", cagrCumulative(cBase, cVals), floorCagrCum(cBase, cVals));
  row("floor: sum + bisection per row (200,000 × 5 values)", cFloor);
  row("IND.CAGR_CUM(base column, 200,000×5 values)", cInd, cFloor);

  const n = 10000;
  const singles = grid(n, 1, () => 50 + rnd() * 100);
  const oneRange = time(() => growthRate(singles, singles));
  const manyCalls = time(() => {
    for (let i = 0; i < n; i++) growthRate([[(singles[i] as number[])[0]]], [[(singles[i] as number[])[0]]]);
  });
  row("IND.GROWTH over one 10,000-cell range", oneRange);
  row(
    "IND.GROWTH as 10,000 single-cell calls",
    manyCalls,
    oneRange,
    "(wrapper cost only; Excel adds more per call)",
  );
}
