/** Timing helpers for benchmarks: best-of-N wall time in ms, after a warm-up run. */
export function time(fn: () => unknown, runs = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
  }
  return best;
}

export function row(label: string, ms: number, baselineMs?: number, extra = ""): void {
  const ratio = baselineMs ? `  ×${(ms / baselineMs).toFixed(2)} of baseline` : "";
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(10)} ms${ratio}${extra ? `  ${extra}` : ""}`);
}
