import { isIndicatorError } from "../../../src/core/errors";
import { paragraph, phrase, type PhraseRow } from "../../../src/text/phrase";

const t45: PhraseRow = {
  period: "1-10月",
  region: "全旗",
  indicator: "规上工业增加值",
  growth: 8.5,
  reference: 6.4,
  referenceName: "全盟平均",
  rank: 3,
  scope: "全盟",
};

describe("phrase(row)", () => {
  it("T45: the standard sentence, exactly", () => {
    expect(phrase(t45)).toBe("1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位");
  });
  it("T45 without a reference name reads {scope}平均", () => {
    expect(phrase({ ...t45, referenceName: undefined })).toBe(phrase(t45));
  });
  it("issue 6 example: with the change against 1-9月", () => {
    expect(phrase({ ...t45, previousGrowth: 8.8, previousLabel: "1-9月" })).toBe(
      "1-10月，全旗规上工业增加值同比增长8.5%，增速比1-9月回落0.3个百分点，高于全盟平均2.1个百分点，居全盟第3位",
    );
  });
  it("level, decline, 降幅收窄, tie, rank change, target, completion and schedule in one sentence", () => {
    expect(
      phrase({
        period: "1-10月",
        region: "全旗",
        indicator: "固定资产投资",
        level: 35.6,
        unit: "亿元",
        growth: -3.2,
        previousGrowth: -5.1,
        previousLabel: "1-9月",
        rank: 4,
        tied: true,
        scope: "全盟",
        previousRank: 6,
        target: 8,
        targetText: "8%左右",
        completion: 70.5,
        progress: (10 / 12) * 100,
      }),
    ).toBe(
      "1-10月，全旗固定资产投资完成35.60亿元，同比下降3.2%，降幅比1-9月收窄1.9个百分点，并列全盟第4位，较1-9月前移2位，" +
        "低于8%左右的预期目标11.2个百分点，完成年度目标的70.5%，慢于序时进度12.8个百分点",
    );
  });
  it("sign change states the earlier figure (…增长0.1%，1—6月份为下降0.3%)", () => {
    expect(
      phrase({
        period: "1—7月份",
        indicator: "全国固定资产投资",
        growth: 0.1,
        previousGrowth: -0.3,
        previousLabel: "1—6月份",
      }),
    ).toBe("1—7月份，全国固定资产投资同比增长0.1%，1—6月份为下降0.3%");
  });
  it("flat growth is 同比持平 and ≥ 100% is 倍", () => {
    expect(phrase({ indicator: "电力投资", growth: 0.03 })).toBe("电力投资同比持平");
    expect(phrase({ period: "1—2月份", indicator: "工业利润", growth: 179 })).toBe(
      "1—2月份，工业利润同比增长1.79倍",
    );
  });
  it("price kind: 居民消费价格同比上涨2.1%", () => {
    expect(phrase({ indicator: "居民消费价格", growth: 2.05, kind: "price" })).toBe(
      "居民消费价格同比上涨2.1%",
    );
  });
  it("basis can be changed or dropped", () => {
    expect(phrase({ indicator: "地区生产总值", growth: 6, basis: "比上年" })).toBe(
      "地区生产总值比上年增长6.0%",
    );
    expect(phrase({ indicator: "地区生产总值", growth: 6, basis: "" })).toBe("地区生产总值增长6.0%");
  });
  it("status words from IND.GROWTH become the bureau's phrase, and rate clauses are left out", () => {
    expect(phrase({ indicator: "工业企业利润", growth: "扭亏", reference: 3, scope: "全盟" })).toBe(
      "工业企业利润同比扭亏为盈",
    );
    expect(phrase({ indicator: "新增投资", level: 5, unit: "亿元", growth: "—" })).toBe(
      "新增投资完成5.00亿元，不计算增速",
    );
  });
  it("first place, 提升 style, lower-is-better target met", () => {
    expect(
      phrase({
        period: "1-6月",
        region: "全旗",
        indicator: "城镇调查失业率",
        level: 5.2,
        unit: "%",
        rank: 1,
        scope: "全盟",
        previousRank: 3,
        rankStyle: "rise",
        previousLabel: "一季度",
      }),
    ).toBe("1-6月，全旗城镇调查失业率为5.2%，居全盟首位，较一季度提升2位");
    expect(
      phrase({ indicator: "居民消费价格", growth: 2.1, kind: "price", target: 3, targetText: "3%左右" }),
    ).toBe("居民消费价格同比上涨2.1%，低于3%左右的预期目标0.9个百分点，完成预期目标");
  });
  it("a 左右 shortfall within the tolerance is 基本完成", () => {
    expect(
      phrase({
        indicator: "地区生产总值",
        growth: 5.8,
        target: 6,
        targetText: "6%左右",
        qualifier: "左右",
        tolerance: 0.5,
      }),
    ).toBe("地区生产总值同比增长5.8%，低于6%左右的预期目标0.2个百分点，基本完成预期目标");
  });
  it("English gloss of T45", () => {
    expect(phrase({ ...t45, referenceName: undefined, scope: "the league" }, { lang: "en" })).toBe(
      "1-10月, 全旗 规上工业增加值: up 8.5% year on year, 2.1 percentage points above the league average, ranking 3rd in the league",
    );
  });
  it("returns errors, never throws, for bad rows", () => {
    const cases: PhraseRow[] = [
      { indicator: "" },
      { indicator: "地区生产总值" },
      { indicator: "地区生产总值", growth: NaN },
      { indicator: "地区生产总值", growth: "很好" },
      { indicator: "地区生产总值", growth: 5, rank: 0 },
      { indicator: "地区生产总值", growth: 5, completion: 50, progress: 130 },
    ];
    for (const row of cases) expect(isIndicatorError(phrase(row))).toBe(true);
  });
  it("does not mutate its input", () => {
    const row = Object.freeze({ ...t45 });
    expect(() => phrase(row)).not.toThrow();
  });
});

describe("paragraph(rows)", () => {
  const rows: PhraseRow[] = [
    {
      period: "1-10月",
      region: "全旗",
      indicator: "城镇常住居民人均可支配收入",
      level: 38210,
      unit: "元",
      growth: 5.1,
    },
    { period: "1-10月", region: "全旗", indicator: "社会消费品零售总额", growth: 4.1 },
    {
      period: "1-10月",
      region: "全旗",
      indicator: "一般公共预算收入",
      level: 7.54,
      unit: "亿元",
      growth: -2.3,
    },
    {
      period: "1-10月",
      region: "全旗",
      indicator: "规上工业增加值",
      growth: 8.5,
      reference: 6.4,
      rank: 3,
      scope: "全盟",
    },
    { period: "1-10月", region: "全旗", indicator: "固定资产投资", growth: 12 },
    { period: "1-9月", region: "全旗", indicator: "地区生产总值", level: 120.35, unit: "亿元", growth: 6.2 },
  ];
  it("puts rows in the usual order and drops a repeated period and region", () => {
    const p = paragraph(rows);
    if (isIndicatorError(p)) throw new Error("unexpected");
    expect(p.sentences.map((s) => s.row)).toEqual([5, 3, 4, 1, 2, 0]);
    expect(p.text).toBe(
      "1-9月，全旗地区生产总值完成120.35亿元，同比增长6.2%。" +
        "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位。" +
        "固定资产投资同比增长12.0%。" +
        "社会消费品零售总额同比增长4.1%。" +
        "一般公共预算收入完成7.54亿元，同比下降2.3%。" +
        "城镇常住居民人均可支配收入完成38210元，同比增长5.1%。",
    );
    expect(p.skipped).toEqual([]);
  });
  it("does not mutate the rows it is given", () => {
    const frozen = Object.freeze(rows.map((r) => Object.freeze({ ...r })));
    const before = JSON.stringify(frozen);
    expect(isIndicatorError(paragraph(frozen))).toBe(false);
    expect(JSON.stringify(frozen)).toBe(before);
  });
  it("keepOrder keeps the given order", () => {
    const p = paragraph(rows.slice(0, 2), { keepOrder: true });
    if (isIndicatorError(p)) throw new Error("unexpected");
    expect(p.sentences.map((s) => s.row)).toEqual([0, 1]);
  });
  it("skips and reports rows that cannot be phrased", () => {
    const p = paragraph([{ indicator: "地区生产总值" }, { indicator: "固定资产投资", growth: 3 }]);
    if (isIndicatorError(p)) throw new Error("unexpected");
    expect(p.text).toBe("固定资产投资同比增长3.0%。");
    expect(p.skipped.map((s) => [s.row, s.error.key])).toEqual([[0, "wordingNeedsFigure"]]);
  });
  it("no phrasable row is wordingNoRows", () => {
    const p = paragraph([]);
    expect(isIndicatorError(p) && p.key).toBe("wordingNoRows");
  });
});

describe("phrase(row) with a target given as text", () => {
  it("reads value, qualifier and direction from the text", () => {
    expect(phrase({ indicator: "地区生产总值", growth: 6.5, targetText: "增长6%左右" })).toBe(
      "地区生产总值同比增长6.5%，高于6%左右的预期目标0.5个百分点",
    );
    expect(
      phrase({ indicator: "居民消费价格", growth: 3.4, kind: "price", targetText: "控制在3%以内" }),
    ).toBe("居民消费价格同比上涨3.4%，高于3%以内的预期目标0.4个百分点，未完成预期目标");
  });
  it("a level target text is refused, not silently dropped", () => {
    const r = phrase({ indicator: "地区生产总值", growth: 6.5, targetText: "突破13亿元" });
    expect(isIndicatorError(r) && r.key).toBe("notTarget");
  });
});

describe("phrase(row) level verbs", () => {
  it("no second 完成 when the indicator already says it", () => {
    expect(phrase({ indicator: "盟级重点项目完成投资", level: 392.6, unit: "亿元", growth: 17.5 })).toBe(
      "盟级重点项目完成投资392.60亿元，同比增长17.5%",
    );
    expect(
      phrase({ indicator: "地区生产总值", level: 35.6, unit: "亿元", levelVerb: "实现", growth: 6 }),
    ).toBe("地区生产总值实现35.60亿元，同比增长6.0%");
  });
});

describe("phrase(row) with several references, real growth and a caliber note", () => {
  it("朔州 2025 1–2月 (METHODS.md §1.7)", () => {
    expect(
      phrase({
        period: "1-2月",
        region: "朔州市",
        indicator: "规上工业增加值",
        growth: 8.1,
        references: [
          { name: "全国", value: 5.9 },
          { name: "全省", value: 6.4 },
        ],
        rank: 6,
        scope: "全省",
      }),
    ).toBe("1-2月，朔州市规上工业增加值同比增长8.1%，分别高于全国、全省2.2个和1.7个百分点，居全省第6位");
  });
  it("名义增长10.1%，扣除价格因素实际增长8.6% (NBS 2018 社零)", () => {
    expect(phrase({ period: "3月份", indicator: "社会消费品零售总额", growth: 10.1, realGrowth: 8.6 })).toBe(
      "3月份，社会消费品零售总额同比名义增长10.1%，扣除价格因素实际增长8.6%",
    );
  });
  it("caliber note", () => {
    expect(phrase({ indicator: "地区生产总值", growth: 6.1, note: "按可比价格计算" })).toBe(
      "地区生产总值同比增长6.1%（按可比价格计算）",
    );
  });
});
