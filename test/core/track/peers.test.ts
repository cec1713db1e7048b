import { analyzeWorkbook } from "../../../src/core/track/analyze";
import { detectPeers, rankPeers } from "../../../src/core/track/peers";
import type { GridValue } from "../../../src/core/track/types";
import { sampleSheet } from "./sampleGrid";

function peerGrid(rates: [string, GridValue, GridValue][]): GridValue[][] {
  return [
    ["地区", "规上工业增加值", null],
    [null, "1-9月增速(%)", "1-10月增速(%)"],
    ...rates.map(([n, a, b]) => [n, a, b]),
  ];
}

describe("rankPeers", () => {
  it("T32: competition ranks, four tied at 7.4 share 4th, 7.2 is 8th", () => {
    const vals = [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2];
    const grid = peerGrid(vals.map((v, i) => [`地区${i + 1}`, v, v]));
    const t = detectPeers(grid)!;
    const [r] = rankPeers(grid, t, 10);
    expect(r!.ranks.map((x) => x.growthRank)).toEqual([1, 2, 3, 4, 4, 4, 4, 8]);
    expect(r!.ranks.map((x) => x.tied)).toEqual([false, false, false, true, true, true, true, false]);
  });

  it("ties at one decimal (8.52 and 8.46 both show 8.5) and T34: 7th → 5th is a change of +2", () => {
    const grid = peerGrid([
      ["甲", 9, 9.0],
      ["乙", 8, 8.52],
      ["丙", 8.1, 8.46],
      ["丁", 7, 7],
      ["戊", 6, 6],
      ["己", 5, 5],
      ["庚", 4, 8.6],
    ]);
    const [r] = rankPeers(grid, detectPeers(grid)!, 10);
    const by = Object.fromEntries(r!.ranks.map((x) => [x.region, x]));
    expect(by["乙"]).toMatchObject({ growthRank: 3, tied: true });
    expect(by["丙"]).toMatchObject({ growthRank: 3, tied: true });
    expect(by["庚"]).toMatchObject({ previousRank: 7, growthRank: 2, change: 5 });
    expect(r!.previousMonths).toBe(9);
  });

  it("a region without a rate (—) is 不参与排位 and does not take a place", () => {
    const grid = peerGrid([
      ["甲", 5, 5],
      ["乙", "—", "—"],
      ["丙", 3, 3],
    ]);
    const [r] = rankPeers(grid, detectPeers(grid)!, 10);
    expect(r!.ranks.map((x) => x.growthRank)).toEqual([1, null, 2]);
    expect(r!.ranks[1]!.growthWord).toBe("—");
    expect(r!.ranked).toBe(2);
  });

  it("T38: the reference (全盟) is the given aggregate, never the mean of the members", () => {
    const rates = [193.5, 99.5, 37.6, 24.3, 4.8, -66.5];
    const grid = peerGrid([
      ["全盟", 30.2, 30.2],
      ...rates.map((v, i): [string, number, number] => [`旗${i}`, v, v]),
    ]);
    const [r] = rankPeers(grid, detectPeers(grid)!, 10);
    expect(r!.reference).toEqual({ name: "全盟", growth: 30.2, level: null });
    expect(r!.ranks).toHaveLength(6);
    expect(r!.ranks[4]!.vsReference).toBeCloseTo(4.8 - 30.2, 10);
  });

  it("ranks lower-is-better indicators ascending", () => {
    const grid: GridValue[][] = [
      ["地区", "城镇登记失业率1-10月"],
      ["甲", 4.1],
      ["乙", 3.2],
    ];
    const t = detectPeers(grid)!;
    const [r] = rankPeers(grid, t, 10);
    expect(r!.lowerIsBetter).toBe(true);
    expect(r!.ranks.map((x) => x.levelRank)).toEqual([2, 1]);
  });
});

describe("the sample workbook, 1-10月", () => {
  it("gives the expected statuses and peer ranks", async () => {
    const names = ["主要指标", "旗县市区", "说明"];
    const sheets = await Promise.all(names.map(async (name) => ({ name, ...(await sampleSheet(name)) })));
    const a = analyzeWorkbook(sheets, { months: 10 });
    expect(a.sheet?.name).toBe("主要指标");
    expect(a.peerSheet?.name).toBe("旗县市区");
    expect(a.sample).toBe(true);
    const status = Object.fromEntries(a.rows.map((r) => [r.name, r.status]));
    expect(status).toEqual({
      地区生产总值: "基本达标",
      规上工业增加值: "达标",
      固定资产投资: "未达标",
      一般公共预算收入: "达标",
      社会消费品零售总额: "缺少目标",
      城镇常住居民人均可支配收入: "目标无法识别",
      农村常住居民人均可支配收入: "目标无法识别",
      盟级重点项目完成投资: "达标",
      原煤产量: "基本达标",
      城镇新增就业: "达标",
      城镇登记失业率: "达标",
    });
    expect(a.counts).toMatchObject({ 达标: 5, 基本达标: 2, 未达标: 1, 缺少目标: 1, 目标无法识别: 2 });
    const ind = a.peers.find((p) => p.indicator === "规上工业增加值")!;
    expect(ind.reference?.growth).toBe(7.2);
    const x = ind.ranks.find((r) => r.region === "锡林浩特市")!;
    expect(x).toMatchObject({ growthRank: 5, tied: true, previousRank: 6, change: 1 });
    const inv = a.peers.find((p) => p.indicator === "固定资产投资")!;
    expect(inv.ranks.find((r) => r.region === "乌拉盖管理区")!.growthRank).toBeNull();
    expect(a.peers.map((p) => p.indicator)).toEqual([
      "规上工业增加值",
      "固定资产投资",
      "社会消费品零售总额",
      "一般公共预算收入",
    ]);
  });
});

describe("regions in columns", () => {
  const grid: GridValue[][] = [
    ["2024年1-10月各旗县市区主要指标增速(%)"],
    ["指标", "全盟", "甲旗", "乙县", "丙市"],
    ["规上工业增加值", 7.2, 8.5, 6.1, 9.0],
    ["社会消费品零售总额（亿元）", 158.3, 51.1, 15.3, 3.2],
    ["固定资产投资1-9月增速(%)", 13.8, 16.2, "—", 9.1],
  ];

  it("reads the period from the title or the label, the reference column as given, and ranks", () => {
    const t = detectPeers(grid)!;
    expect(t.transposed).toBe(true);
    expect(t.regions.map((r) => r.name)).toEqual(["甲旗", "乙县", "丙市"]);
    expect(t.reference).toEqual({ name: "全盟", row: 1 });
    const res = rankPeers(grid, t, 10);
    const ind = res.find((r) => r.indicator === "规上工业增加值")!;
    expect(ind.ranks.map((r) => r.growthRank)).toEqual([2, 3, 1]);
    expect(ind.reference?.growth).toBe(7.2);
    const retail = res.find((r) => r.indicator === "社会消费品零售总额")!;
    expect(retail.unit).toBe("亿元");
    expect(retail.ranks.map((r) => r.levelRank)).toEqual([1, 2, 3]);
    // 固定资产投资 is labelled 1-9月: ranked for 1-9月, not for 1-10月
    expect(res.some((r) => r.indicator === "固定资产投资")).toBe(false);
    const inv = rankPeers(grid, t, 9).find((r) => r.indicator === "固定资产投资")!;
    expect(inv.ranks.map((r) => r.growthRank)).toEqual([1, null, 2]);
  });

  it("a table without a period in its title or labels stands for the picked period", () => {
    const g: GridValue[][] = [
      ["指标名称", "甲旗", "乙旗", "丙旗"],
      ["规上工业增加值增速(%)", 3, 1, 2],
    ];
    const [r] = rankPeers(g, detectPeers(g)!, 4);
    expect(r!.ranks.map((x) => x.growthRank)).toEqual([1, 3, 2]);
    expect(r!.previousMonths).toBeNull();
  });
});
