/** The per-region sentence of the tracking sheet, built by the one sentence generator (src/text/phrase). */
import { regionSentence } from "../../src/taskpane/track/spec";

const region = (
  growth: number | null,
  growthRank: number | null,
  tied = false,
  previousRank: number | null = null,
) => ({
  region: "全旗",
  growth,
  growthRank,
  tied,
  previousRank,
});

describe("regionSentence", () => {
  it("T45: the standard sentence", () => {
    expect(regionSentence("1-10月", region(8.5, 3), "规上工业增加值", 6.4, "全盟", undefined)).toBe(
      "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位",
    );
  });

  it("T34: the rank change from the month before, and a tie with a decrease", () => {
    expect(regionSentence("1-10月", region(8.5, 3, false, 4), "规上工业增加值", 6.4, "全盟", "上月")).toBe(
      "1-10月，全旗规上工业增加值同比增长8.5%，高于全盟平均2.1个百分点，居全盟第3位，较上月前移1位",
    );
    expect(regionSentence("1-10月", region(-1.54, 4, true, 4), "固定资产投资", 7.2, "全盟", "上月")).toBe(
      "1-10月，全旗固定资产投资同比下降1.5%，低于全盟平均8.7个百分点，并列全盟第4位，位次与上月持平",
    );
  });

  it("a region without a rate is not ranked; a rate the wording refuses says why", () => {
    expect(regionSentence("1-10月", region(null, null), "固定资产投资", 7.2, "全盟", undefined)).toBe(
      "1-10月，全旗固定资产投资不计算增速，不参与排位",
    );
    expect(regionSentence("1-10月", region(-150, 1), "固定资产投资", null, "全盟", undefined)).toMatch(
      /^1-10月，全旗固定资产投资：.*100%/,
    );
  });
});
