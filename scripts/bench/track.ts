/**
 * Track benchmark: a tracking table of 2,000 indicators × 12 periods × 20 peer regions.
 *
 * - computation: detect the columns of a 2,000-row indicator sheet (12 periods of 本年累计 / 上年同期 / 增速),
 *   compute every row for one period, and rank 20 regions on 2,000 indicators with the change from the previous
 *   period; then the same for all 12 periods. Aim: < 200 ms for the computation of one period.
 * - baseline (same process): the bare arithmetic — growth (c / p − 1) × 100 for 2,000 × 12 cells and a sort of the
 *   20 peers per indicator — in plain loops, with no detection, parsing, statuses or ties.
 * - round trips: the whole flow (read the sheets, write the tracking sheet and the summary) through the Office
 *   adapter against a counting fake Excel (office-addin-mock objects, test/workbook/fakeExcel.ts): `context.sync`
 *   calls, for 10 and 2,000 indicators.
 */
import { analyzeWorkbook, type GridSheet, type GridValue } from "../../src/core/track";
import { buildTrackSheet } from "../../src/taskpane/track/spec";
import { row, time } from "./_timing";

const N = 2000;
const PERIODS = 12;
const PEERS = 20;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function mainSheet(n: number): GridSheet {
  const rnd = seeded(7);
  const header: GridValue[] = ["指标名称", "单位", "上年全年", "年度目标"];
  const sub: GridValue[] = [null, null, null, null];
  for (const g of ["本年累计", "上年同期", "累计增速(%)"]) {
    for (let m = 1; m <= PERIODS; m++) {
      header.push(m === 1 ? g : null);
      sub.push(m === 1 ? "1月" : `1-${m}月`);
    }
  }
  const grid: GridValue[][] = [header, sub];
  const targets = ["增长6%左右", "增长15%以上", "控制在5%以内", "450亿元以上", "", "增长6.5%左右"];
  for (let i = 0; i < n; i++) {
    const kind = i % targets.length;
    const unit = kind === 2 ? "%" : "亿元";
    const full = 100 + rnd() * 900;
    const prior: number[] = [];
    const cur: number[] = [];
    for (let m = 1; m <= PERIODS; m++) {
      const p = (full * m) / 12;
      prior.push(p);
      cur.push(p * (1 + (rnd() * 20 - 5) / 100));
    }
    const published =
      kind === 5 ? cur.map(() => Math.round((rnd() * 10 - 1) * 10) / 10) : cur.map(() => null);
    grid.push([`指标${i + 1}`, unit, full, targets[kind] ?? "", ...cur, ...prior, ...published]);
  }
  return { name: "主要指标", grid };
}

export function peerSheet(n: number): GridSheet {
  const rnd = seeded(11);
  const top: GridValue[] = ["地区"];
  const sub: GridValue[] = [null];
  for (let i = 0; i < n; i++) {
    for (let m = 1; m <= PERIODS; m++) {
      top.push(m === 1 ? `指标${i + 1}（亿元）` : null, null);
      sub.push(`1-${m}月`, `1-${m}月增速(%)`);
    }
  }
  const grid: GridValue[][] = [top, sub, ["全盟", ...sub.slice(1).map((_, k) => (k % 2 ? 6.1 : 1000))]];
  for (let r = 0; r < PEERS; r++) {
    const row: GridValue[] = [`地区${r + 1}`];
    for (let k = 1; k < sub.length; k++)
      row.push(k % 2 ? 10 + rnd() * 100 : Math.round((rnd() * 20 - 5) * 10) / 10);
    grid.push(row);
  }
  return { name: "旗县市区", grid };
}

function baseline(main: GridSheet, peers: GridSheet): number {
  let acc = 0;
  const g = main.grid;
  for (let r = 2; r < g.length; r++) {
    const row = g[r] as number[];
    for (let m = 0; m < PERIODS; m++) {
      const c = row[4 + m] as number;
      const p = row[4 + PERIODS + m] as number;
      acc += (c / p - 1) * 100;
    }
  }
  const pg = peers.grid;
  const width = (pg[1] as GridValue[]).length;
  for (let k = 2; k < width; k += 2) {
    const col: number[] = [];
    for (let r = 3; r < pg.length; r++) col.push((pg[r] as number[])[k] as number);
    col.sort((a, b) => b - a);
    acc += col[0] as number;
  }
  return acc;
}

async function syncCount(rows: number): Promise<number | string> {
  try {
    const { OfficeWorkbook } = await import("../../src/workbook/office");
    const { FakeExcel, sheetFrom } = await import("../../test/workbook/fakeExcel");
    const { runTrack } = await import("../../src/taskpane/track/run");
    const typed = (g: GridSheet) =>
      sheetFrom(
        g.name,
        g.grid.map((r) => r.map((v) => (v === null ? "" : typeof v === "string" ? `'${v}` : v))),
      );
    const fx = new FakeExcel([typed(mainSheet(rows)), typed(peerSheet(5))]);
    const wb = new OfficeWorkbook(fx.run, { supports: () => true });
    fx.syncs = 0;
    const res = await runTrack(wb, { months: 10 });
    if (res.result?.status !== "written") return `not written (${res.result?.status ?? "no table"})`;
    return fx.syncs;
  } catch (e) {
    return `fake Excel unavailable here (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); the adapter documents 3 syncs per writeSheet`;
  }
}

export default async function trackBench(): Promise<void> {
  const main = mainSheet(N);
  const peers = peerSheet(N);
  const sheets = [main, peers];
  const base = time(() => baseline(main, peers), 5);
  row(`baseline: bare growth + peer sort, ${N}×${PERIODS}×${PEERS}`, base);
  let rows = 0;
  const one = time(() => {
    const a = analyzeWorkbook(sheets, { months: 10 });
    rows = a.rows.length + a.peers.length;
  }, 5);
  row(`track: detect + ${N} rows + ${N} peer rankings, one period`, one, base, `(${rows} results)`);
  const all = time(() => {
    for (let m = 1; m <= PERIODS; m++) analyzeWorkbook(sheets, { months: m });
  }, 3);
  row(`track: the same for all ${PERIODS} periods`, all, base);
  const a = analyzeWorkbook(sheets, { months: 10 });
  const spec = time(() => buildTrackSheet(a), 5);
  row(`tracking sheet spec (formulas, ranks, ${a.peers.length * PEERS} sentences)`, spec, base);
  console.log(`one period under 200 ms: ${one < 200 ? "yes" : "NO"} (${one.toFixed(1)} ms)`);
  const s10 = await syncCount(10);
  const s2000 = await syncCount(N);
  console.log(
    `workbook round trips (context.sync), whole flow (read settings + sheet list + 2 sheets, write tracking sheet + summary): ${s10} at 10 rows, ${s2000} at ${N} rows`,
  );
}
