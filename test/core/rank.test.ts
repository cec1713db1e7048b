import { IndicatorError } from "../../src/core/errors";
import { rank, ranker } from "../../src/core/rank";

const T32 = Object.freeze([15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2]);

describe("rank(value, peers, options)", () => {
  it("T32: competition ranking: four tied at 7.4 share 4th, 7.2 is 8th", () => {
    expect(rank(7.4, T32)).toBe(4);
    expect(rank(7.2, T32)).toBe(8);
    expect(rank(15.8, T32)).toBe(1);
  });
  it("T33: dense ranking puts 7.2 5th", () => {
    expect(rank(7.2, T32, { method: 1 })).toBe(5);
    expect(rank(7.4, T32, { method: 1 })).toBe(4);
  });
  it("order 1 ranks the smallest first", () => {
    expect(rank(7.2, T32, { order: 1 })).toBe(1);
    expect(rank(7.4, T32, { order: 1 })).toBe(2);
    expect(rank(15.8, T32, { order: 1 })).toBe(8);
    expect(rank(15.8, T32, { order: 1, method: 1 })).toBe(5);
  });
  it("ties are decided at published precision with digits", () => {
    const peers = [7.36, 7.44, 8];
    expect(rank(7.44, peers)).toBe(2);
    expect(rank(7.36, peers)).toBe(3);
    expect(rank(7.36, peers, { digits: 1 })).toBe(2);
    expect(rank(7.45, [7.45, 7.54], { digits: 1 })).toBe(1); // 7.5 and 7.5
  });
  it("skips blank peers", () => {
    expect(rank(5, [null, 9, undefined, 5, null])).toBe(2);
  });
  it("agrees with RANK.EQ on negatives and zero", () => {
    expect(rank(0, [-1, 0, 1])).toBe(2);
    expect(rank(-1, [-1, 0, 1])).toBe(3);
    expect(rank(0, [-0, 0, 1])).toBe(2);
  });
  it("returns #N/A when the value is not among the peers, or there are none", () => {
    expect((rank(7.3, T32) as IndicatorError).code).toBe("na");
    expect((rank(7.3, T32) as IndicatorError).key).toBe("notInPeers");
    expect((rank(1, []) as IndicatorError).key).toBe("noPeers");
    expect((rank(1, [null, null]) as IndicatorError).key).toBe("noPeers");
  });
  it("returns errors for bad options and non-finite numbers", () => {
    expect((rank(1, [1], { order: 2 }) as IndicatorError).key).toBe("badOption");
    expect((rank(1, [1], { method: -1 }) as IndicatorError).key).toBe("badOption");
    expect((rank(1, [1], { digits: 11 }) as IndicatorError).key).toBe("outOfRange");
    expect((rank(1, [1], { digits: 0.5 }) as IndicatorError).key).toBe("outOfRange");
    expect((rank(NaN, [1]) as IndicatorError).code).toBe("num");
    expect((rank(1, [1, Infinity]) as IndicatorError).code).toBe("num");
  });
  it("ranker answers many values from one sort", () => {
    const f = ranker([3, 1, 2, 2]);
    expect(typeof f).toBe("function");
    const g = f as (v: number) => number;
    expect([3, 1, 2].map(g)).toEqual([1, 4, 2]);
  });
  it("matches a brute-force count on random data", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10;
    const peers = Array.from({ length: 200 }, () => Math.round(rnd() * 10) / 10);
    for (const v of peers.slice(0, 50)) {
      expect(rank(v, peers)).toBe(1 + peers.filter((p) => p > v).length);
      expect(rank(v, peers, { method: 1 })).toBe(1 + new Set(peers.filter((p) => p > v)).size);
      expect(rank(v, peers, { order: 1 })).toBe(1 + peers.filter((p) => p < v).length);
    }
  });
});
