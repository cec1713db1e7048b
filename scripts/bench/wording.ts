/**
 * Wording: IND.FORMAT over 1,000,000 cells in one range call and the core rateWording loop, against a plain
 * JavaScript loop that builds the same kind of string (the floor: toFixed rounding, no 持平/倍/-0 rules);
 * IND.RANK_TEXT of 100,000 values against themselves (one sort) against a sort-and-index floor; IND.PHRASE
 * over 10,000 rows. Ratios are to the floor measured in this process.
 */
import { roundHalfAway } from "../../src/core/round";
import { rateWording } from "../../src/core/wording";
import { wordingFormat, wordingPhrase, wordingRankText } from "../../src/functions/wording";
import { row, time } from "./_timing";

function rates(n: number): number[] {
  const out = new Array<number>(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = ((x / 2147483648) * 300 - 100) * (i % 17 === 0 ? 0.001 : 1); // −100…200, some near zero
  }
  return out;
}

export default function bench(): void {
  const n = 1_000_000;
  const values = rates(n);
  const column = values.map((v) => [v]);
  const floor = time(() => {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      out[i] = v >= 0 ? `增长${v.toFixed(1)}%` : `下降${(-v).toFixed(1)}%`;
    }
    return out;
  }, 3);
  row(`floor: plain loop, ${n} rates → text`, floor);
  // where the time goes: one exact half-away-from-zero rounding per rate (src/core/round.ts, decimal-string based)
  const rounding = time(() => {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += roundHalfAway(values[i] as number, 1);
    return acc;
  }, 3);
  row(`roundHalfAway alone, ${n} rates`, rounding, floor);
  const core = time(() => {
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = rateWording(values[i] as number);
    return out;
  }, 3);
  row(`core rateWording, ${n} rates`, core, floor);
  const fmt = time(() => wordingFormat(column), 3);
  row(`IND.FORMAT, one ${n}×1 range`, fmt, floor);

  const m = 100_000;
  const peers = values.slice(0, m).map((v) => [v]);
  const rankFloor = time(() => {
    const idx = peers.map((_, i) => i).sort((a, b) => (peers[b]![0] as number) - (peers[a]![0] as number));
    const rank = new Array<number>(m);
    idx.forEach((k, pos) => (rank[k] = pos + 1));
    return rank.map((r) => `居全盟第${r}位`);
  }, 3);
  row(`floor: sort + index, ${m} ranks → text`, rankFloor);
  const rankText = time(() => wordingRankText(peers, peers, [["全盟"]]), 3);
  row(`IND.RANK_TEXT, ${m} values against themselves`, rankText, rankFloor);

  const k = 10_000;
  const names = Array.from({ length: k }, (_, i) => [`指标${i}`]);
  const growth = values.slice(0, k).map((v) => [v]);
  const ref = [[6.4]];
  const ranks = Array.from({ length: k }, (_, i) => [(i % 13) + 1]);
  const phrases = time(
    () =>
      wordingPhrase(names, [["1-10月"]], [[null]], [[null]], growth, ref, [["全盟平均"]], ranks, [["全盟"]]),
    3,
  );
  row(
    `IND.PHRASE, ${k} rows (growth, reference, rank)`,
    phrases,
    undefined,
    `${((phrases / k) * 1000).toFixed(1)} µs/row`,
  );
}
