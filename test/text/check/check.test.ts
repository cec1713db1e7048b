import { checkDraft, type CheckResult } from "../../../src/text/check";

function only(text: string, kind: CheckResult["kind"]): CheckResult[] {
  return checkDraft(text).filter((r) => r.kind === kind);
}

function one(text: string, kind: CheckResult["kind"]): CheckResult {
  const rs = only(text, kind);
  expect(rs).toHaveLength(1);
  return rs[0] as CheckResult;
}

describe("growth vs two stated levels", () => {
  it("agrees with 由A增加到B，增长g", () => {
    const r = one("全县规上工业企业由25家增加到42家，增长68%。", "growth_vs_levels");
    expect(r).toMatchObject({ status: "agree", stated: "68%", computed: "68%", line: 1 });
  });
  it("flags a wrong growth and shows both values", () => {
    const r = one("全县规上工业企业由25家增加到42家，增长58%。", "growth_vs_levels");
    expect(r).toMatchObject({ status: "disagree", stated: "58%", computed: "68%" });
    expect(r.quotes).toEqual(expect.arrayContaining(["增长58%"]));
  });
  it("uses 新增D、达到B as base B − D", () => {
    expect(one("全盟新能源装机新增623万千瓦、达到1968万千瓦，增长46.3%。", "growth_vs_levels").status).toBe(
      "agree",
    );
    const bad = one("全盟新能源装机新增623万千瓦、达到1968万千瓦，增长40%。", "growth_vs_levels");
    expect(bad).toMatchObject({ status: "disagree", computed: "46%" });
  });
  it("B，比上年的A增长g", () => {
    expect(one("地区生产总值完成35.6亿元，比上年的33.2亿元增长7.2%。", "growth_vs_levels").status).toBe(
      "agree",
    );
    expect(one("地区生产总值完成35.6亿元，比上年的33.2亿元增长5.2%。", "growth_vs_levels")).toMatchObject({
      status: "disagree",
      computed: "7.2%",
    });
  });
  it("does not flag what the rounding of the levels allows", () => {
    // 1.2 → 1.3 (each ±0.05): 0.0833 .. 0.1304 → 8%..13% are all consistent.
    expect(one("财政收入由1.2亿元增加到1.3亿元，增长12%。", "growth_vs_levels").status).toBe("agree");
  });
  it("checks an absolute change vs the two levels", () => {
    expect(one("服务床位由145张提高到198张，增加53张。", "change_vs_levels").status).toBe("agree");
    expect(one("服务床位由145张提高到198张，增加63张。", "change_vs_levels")).toMatchObject({
      status: "disagree",
      computed: "53张",
    });
  });
  it("skips inexact inputs (近, 余, 以上)", () => {
    expect(only("企业由近25家增加到42家，增长58%。", "growth_vs_levels")).toHaveLength(0);
  });
});

describe("multiples", () => {
  it("增长N倍 vs two levels, at the precision of the 倍 figure", () => {
    expect(one("财政收入由100亿元增加到280亿元，增长1.8倍。", "growth_vs_levels")).toMatchObject({
      status: "agree",
      computed: "1.8倍",
    });
    expect(one("财政收入由100亿元增加到280亿元，增长2.8倍。", "growth_vs_levels").status).toBe("disagree");
  });
  it("是A的N倍 vs the two levels", () => {
    const t = "地区生产总值达到35.6亿元，是2012年12.1亿元的2.9倍。";
    expect(one(t, "multiple_vs_levels")).toMatchObject({ status: "agree", computed: "2.9倍" });
    expect(one(t.replace("2.9倍", "3.9倍"), "multiple_vs_levels").status).toBe("disagree");
  });
});

describe("average annual growth", () => {
  it("水平法 from start and end levels and the span", () => {
    const ok = one("地区生产总值由2018年的100亿元增加到2023年的160.5亿元，年均增长9.9%。", "cagr_level");
    expect(ok.status).toBe("agree");
    const bad = one("地区生产总值由2018年的100亿元增加到2023年的160.5亿元，年均增长12%。", "cagr_level");
    expect(bad).toMatchObject({ status: "disagree", computed: "10%" });
    expect(bad.detail).toContain("5年");
  });
  it("from a 定基 growth and the span (METHODS T03, published NBS sentence)", () => {
    const t = "2021年，我国人均GDP达80976元，扣除价格因素，比2012年增长69.7%，年均增长6.1%。";
    expect(one(t, "cagr_level")).toMatchObject({ status: "agree", computed: "6.1%" });
    expect(one(t, "cagr_level").detail).toContain("9年");
    expect(one(t.replace("6.1%。", "7.1%。"), "cagr_level").status).toBe("disagree");
  });
  it("两年平均 from the growth on the 2019 base (METHODS T07, T09, and the T12 trap)", () => {
    const t07 = "一季度，国内生产总值同比增长18.3%，比2019年一季度增长10.3%，两年平均增长5.0%。";
    expect(one(t07, "cagr_level")).toMatchObject({ status: "agree", computed: "5.0%" });
    const t09 = "1-2月份，规模以上工业增加值同比增长35.1%，比2019年1-2月份增长16.9%，两年平均增长8.1%。";
    expect(one(t09, "cagr_level").status).toBe("agree");
    // NBS published 4.4% although √1.091 − 1 = 4.45%: the unrounded ratio was below 1.09098, which the
    // rounding interval of "9.1%" allows, so this is not a disagreement.
    const t12 = "1-6月份，全国固定资产投资比2019年1-6月份增长9.1%，两年平均增长4.4%。";
    expect(one(t12, "cagr_level").status).toBe("agree");
    expect(one(t12.replace("4.4%", "4.7%"), "cagr_level").status).toBe("disagree");
  });
  it("累计法 from the base and the cumulative total (METHODS T04: 10.18%)", () => {
    const text = "以2020年100亿元为基期，2021—2025年累计完成投资675亿元，年均增长10.2%。";
    expect(one(text, "cagr_cumulative")).toMatchObject({ status: "agree", computed: "10.2%" });
    // 9.9% is the 水平法 figure of another series: wrong for this cumulative total.
    const bad = one(text.replace("10.2%", "9.9%"), "cagr_cumulative");
    expect(bad.status).toBe("disagree");
  });
});

describe("share vs part and total", () => {
  const base = "一般公共预算支出13.56亿元。全年民生支出10.4亿元，占一般公共预算支出的76.7%。";
  it("agrees when the part over the stated total gives the share", () => {
    expect(one(base, "share_vs_parts")).toMatchObject({ status: "agree", computed: "76.7%" });
  });
  it("flags a wrong share", () => {
    expect(one(base.replace("76.7%", "80%"), "share_vs_parts")).toMatchObject({
      status: "disagree",
      computed: "77%",
    });
  });
  it("reads 其中 … 占 as part of the total before it", () => {
    expect(one("完成黄牛改良7.5万头，其中冷配4.3万头，占57.3%。", "share_vs_parts").status).toBe("agree");
  });
  it("does not treat a rate (良改率) as a share of the numbers around it", () => {
    expect(only("完成黄牛改良7.5万头，其中冷配4.3万头，良改率达到83%。", "share_vs_parts")).toHaveLength(0);
  });
});

describe("parts vs total and sum", () => {
  it("其中 parts cannot exceed the total", () => {
    expect(one("完成黄牛改良7.5万头，其中冷配4.3万头。", "parts_vs_total").status).toBe("agree");
    expect(one("完成黄牛改良4.3万头，其中冷配7.5万头。", "parts_vs_total").status).toBe("disagree");
  });
  it("parts vs a stated sum", () => {
    const t = "第一产业增加值5.2亿元、第二产业增加值18.3亿元和第三产业增加值12.1亿元，三次产业合计35.6亿元。";
    expect(one(t, "parts_vs_sum").status).toBe("agree");
    expect(one(t.replace("35.6", "36.6"), "parts_vs_sum")).toMatchObject({
      status: "disagree",
      computed: "35.6亿元",
    });
  });
  it("does not read 公共 as 共 (a sum)", () => {
    expect(only("地区生产总值完成35.6亿元，一般公共预算收入完成1.2亿元。", "parts_vs_sum")).toHaveLength(0);
  });
});

describe("structure ratios", () => {
  const t =
    "第一产业增加值5.2亿元，第二产业增加值18.3亿元，第三产业增加值12.1亿元，三次产业结构为14.6：51.4：34.0。";
  it("vs the parts stated before it", () => {
    expect(one(t, "structure_vs_parts")).toMatchObject({ status: "agree", computed: "14.6：51.4：34.0" });
    expect(one(t.replace("14.6：51.4：34.0", "14.6：50.4：35.0"), "structure_vs_parts").status).toBe(
      "disagree",
    );
  });
  it("shares must add up to 100 within rounding", () => {
    const rs = only("三次产业结构由2021年的15.2：50.1：34.7调整为14.6：51.4：35.0。", "structure_sum");
    expect(rs.map((r) => r.status)).toEqual(["agree", "disagree"]);
    expect(rs[1]?.computed).toBe("101.0");
  });
});

describe("百分点 gaps", () => {
  it("vs bracketed reference rates, in order (METHODS T17)", () => {
    const t = "规上工业增加值同比增长8.1%，分别高出全国（5.9%）、全省（6.4%）平均水平2.2个和1.7个百分点。";
    expect(only(t, "pp_gap").map((r) => r.status)).toEqual(["agree", "agree"]);
    const bad = only(t.replace("1.7个百分点", "1.2个百分点"), "pp_gap");
    expect(bad.map((r) => [r.status, r.computed])).toEqual([
      ["agree", "2.2个百分点"],
      ["disagree", "1.7个百分点"],
    ]);
  });
  it("the published 朔州 sentence (METHODS T17) agrees in full", () => {
    const t =
      "2025年1-2月，全市规上工业增加值同比增长8.1%，居全省第六位，较去年同期(-1.1%)提高9.2个百分点，分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点。";
    expect(only(t, "pp_gap").map((r) => [r.computed, r.status])).toEqual([
      ["9.2个百分点", "agree"],
      ["2.2个百分点", "agree"],
      ["1.7个百分点", "agree"],
    ]);
  });
  it("a negative reference and a decline wording", () => {
    expect(one("增长8.1%，较去年同期（-1.1%）提高9.2个百分点。", "pp_gap").status).toBe("agree");
    expect(one("社零增长6.5%，低于全市平均水平（8%）1.5个百分点。", "pp_gap").status).toBe("agree");
    expect(one("社零增长6.5%，高于全市平均水平（8%）1.5个百分点。", "pp_gap").status).toBe("disagree");
  });
  it("由A%提高到B%，提高d个百分点", () => {
    expect(one("城镇化率由83.5%提高到87.6%，提高4.1个百分点。", "pp_gap").status).toBe("agree");
    expect(one("城镇化率由83.5%提高到87.6%，提高3.1个百分点。", "pp_gap").status).toBe("disagree");
  });
});

describe("target gap and completion", () => {
  it("gap vs a target stated elsewhere in the text (METHODS T18 style)", () => {
    const t = "地区生产总值预期目标为增长7.5%。地区生产总值增长8.7%，高于预期目标1.2个百分点。";
    expect(one(t, "target_gap")).toMatchObject({ status: "agree", computed: "1.2个百分点" });
    expect(one(t.replace("1.2个", "2.2个"), "target_gap").status).toBe("disagree");
  });
  it("completion of a count target (METHODS T25: 737 ÷ 1100 = 67.0%)", () => {
    const t = "城镇新增就业目标为1100万人。上半年城镇新增就业737万人，已完成全年目标任务的67%。";
    expect(one(t, "completion_vs_target")).toMatchObject({ status: "agree", computed: "67%" });
  });
  it("share of a stated total (METHODS T19)", () => {
    const t =
      "社会消费品零售总额108659亿元。实物商品网上零售额25257亿元，占社会消费品零售总额的比重为23.2%。";
    expect(one(t, "share_vs_parts")).toMatchObject({ status: "agree", computed: "23.2%" });
  });
  it("completion vs actual and target levels", () => {
    const t = "一般公共预算收入年度目标为5.2亿元。一般公共预算收入完成4.68亿元，完成年度目标的90%。";
    expect(one(t, "completion_vs_target").status).toBe("agree");
    expect(one(t.replace("90%", "95%"), "completion_vs_target")).toMatchObject({
      status: "disagree",
      computed: "90%",
    });
  });
});

describe("rank vs listed peers", () => {
  const t = "1-10月，东乌旗增长8.5%，西乌旗增长6.2%，阿巴嘎旗增长9.1%，我旗增长7.0%，居全盟第3位。";
  it("competition rank among the peer values", () => {
    expect(one(t, "rank_vs_peers")).toMatchObject({ status: "agree", computed: "第3位" });
    expect(one(t.replace("第3位", "第2位"), "rank_vs_peers")).toMatchObject({
      status: "disagree",
      computed: "第3位",
    });
  });
  it("a partial list of peers proves only a rank too good", () => {
    // Only two peers named: 第5位 may be right (others not listed) → no check; 第1位 is wrong (two are ahead).
    const p = "东乌旗增长8.5%，阿巴嘎旗增长9.1%，我旗增长7.0%，居全盟第5位。";
    expect(only(p, "rank_vs_peers")).toHaveLength(0);
    expect(one(p.replace("第5位", "第1位"), "rank_vs_peers")).toMatchObject({
      status: "disagree",
      computed: "第3位",
    });
    // With the group's size stated and every peer listed, a rank too low is shown wrong too.
    const full = "全盟3个旗县中，东乌旗增长8.5%，阿巴嘎旗增长6.1%，我旗增长7.0%，居第3位。";
    expect(one(full, "rank_vs_peers")).toMatchObject({ status: "disagree", computed: "第2位" });
  });
  it("does not rank among other indicators of the same region", () => {
    expect(
      only(
        "地区生产总值增长6%，固定资产投资增长15.2%；一般公共预算收入增长18%，居全区首位。",
        "rank_vs_peers",
      ),
    ).toHaveLength(0);
  });
});

describe("no false disagreements from unrelated numbers", () => {
  it("a growth of another indicator after 由A到B is not compared with the levels", () => {
    expect(only("服务床位由145张提高到198张，养老机构入住率增长20%。", "growth_vs_levels")).toHaveLength(0);
  });
  it("a later figure of the sentence is not a part of the 其中 total", () => {
    const rs = only(
      "地区生产总值35.6亿元，其中第一产业增加值5.2亿元，全年固定资产投资50亿元，增长8%。",
      "parts_vs_total",
    );
    expect(rs.map((r) => [r.status, r.computed])).toEqual([["agree", "5.2亿元"]]);
  });
  it("a share is computed only from the figure right before it", () => {
    expect(
      only(
        "一般公共预算支出13.56亿元。财政支出10.4亿元，教育支出增长8%，占一般公共预算支出的20%。",
        "share_vs_parts",
      ),
    ).toHaveLength(0);
  });
  it("a target of another year is not used for a gap", () => {
    const t = "2023年地区生产总值预期目标为增长7.5%。2024年地区生产总值增长8.7%，高于预期目标2.2个百分点。";
    expect(only(t, "target_gap")).toHaveLength(0);
  });
});

describe("robustness", () => {
  it("never throws on noise and returns no checks for text without numbers", () => {
    expect(checkDraft("")).toEqual([]);
    expect(checkDraft("内(nèi)蒙古自治區(qū)，?\uE000 abc x：x：x")).toEqual([]);
    expect(() => checkDraft("增长％％１２．５％由由到到占的的")).not.toThrow();
  });
  it("reads traditional script with pinyin noise (offsets and quotes stay in the original)", async () => {
    const { prepare } = await import("../../../src/text/opencc");
    const text = "標題\r\n全縣規上工業企業由25家增加(jiā)到42家，增長(zhǎng)58%。";
    const { convert } = await prepare(text);
    const r = checkDraft(text, { convert }).find((x) => x.kind === "growth_vs_levels");
    expect(r).toMatchObject({ line: 2, status: "disagree", computed: "68%", stated: "58%" });
    expect(r?.quotes[0]).toBe("增長(zhǎng)58%");
    expect(text.slice(r?.textStart, r?.textEnd)).toBe("58%");
  });
  it("reads full-width digits", () => {
    expect(one("企业由２５家增加到４２家，增长６８％。", "growth_vs_levels").status).toBe("agree");
  });
});

describe("a constructed draft with one error per kind (test/fixtures/check/constructed.txt)", () => {
  it("pins every check with the arithmetic", () => {
    const fs = require("fs") as typeof import("fs");
    const path = require("path") as typeof import("path");
    const text = fs.readFileSync(path.join(__dirname, "../../fixtures/check/constructed.txt"), "utf8");
    const rs = checkDraft(text).map((r) => [r.line, r.kind, r.stated, r.computed, r.status]);
    expect(rs).toEqual([
      [2, "growth_vs_levels", "58%", "68%", "disagree"],
      [2, "change_vs_levels", "53张", "53张", "agree"],
      [3, "growth_vs_levels", "40%", "46%", "disagree"],
      [4, "cagr_level", "12%", "10%", "disagree"],
      [4, "cagr_cumulative", "10.2%", "10.2%", "agree"],
      [5, "share_vs_parts", "80%", "77%", "disagree"],
      [6, "parts_vs_total", "4.3万头", "7.5万头", "disagree"],
      [7, "parts_vs_sum", "36.6亿元", "35.6亿元", "disagree"],
      [8, "structure_vs_parts", "14.6：51.4：34.0", "14.6：51.4：34.0", "agree"],
      [9, "structure_sum", "15.2：50.1：34.7", "100.0", "agree"],
      [9, "structure_sum", "14.6：51.4：35.0", "101.0", "disagree"],
      [10, "pp_gap", "2.2个", "2.2个百分点", "agree"],
      [10, "pp_gap", "1.2个百分点", "1.7个百分点", "disagree"],
      [11, "rank_vs_peers", "第2位", "第3位", "disagree"],
      [12, "target_gap", "2.2个百分点", "1.2个百分点", "disagree"],
      [13, "completion_vs_target", "95%", "90%", "disagree"],
    ]);
  });
});
