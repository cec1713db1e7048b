import { isIndicatorError } from "../../../src/core/errors";
import { rankChangeWording, rankText } from "../../../src/core/wording";

describe("rankText(rank, options)", () => {
  it.each([
    [3, "全盟", false, "居全盟第3位"],
    [1, "全区", false, "居全区首位"],
    [4, "全国", true, "并列全国第4位"],
    [1, "全盟", true, "并列全盟首位"],
    [6, "全省", false, "居全省第6位"],
    [12, "", false, "居第12位"],
  ])("rank %p in %p (tied %p) → %p", (rank, scope, tied, text) => {
    expect(rankText(rank, { scope, tied })).toBe(text);
  });
  it.each([[0], [-1], [2.5], [NaN]])("rank %p is #VALUE!", (rank) => {
    const r = rankText(rank, { scope: "全盟" });
    expect(isIndicatorError(r) && r.key).toBe("wordingRank");
  });
  it("English", () => {
    expect(rankText(3, { scope: "the league", lang: "en" })).toBe("ranking 3rd in the league");
    expect(rankText(22, { scope: "China", tied: true, lang: "en" })).toBe("tied 22nd in China");
    expect(rankText(12, { scope: "China", lang: "en" })).toBe("ranking 12th in China");
    expect(rankChangeWording(5, 4, { lang: "en" })).toBe("up 1 place");
    expect(rankChangeWording(5, 8, { lang: "en" })).toBe("down 3 places");
  });
});

describe("rankChangeWording(previous, current, options)", () => {
  it("T34: 7 → 5 is 前移2位 / 提升2位", () => {
    expect(rankChangeWording(7, 5)).toBe("前移2位");
    expect(rankChangeWording(7, 5, { style: "rise" })).toBe("提升2位");
  });
  it.each([
    [3, 4, "move", "后退1位"],
    [3, 4, "rise", "下降1位"],
    [4, 4, "move", "位次不变"],
    [10, 1, "move", "前移9位"],
  ] as const)("%p → %p (%s) → %p", (prev, cur, style, text) => {
    expect(rankChangeWording(prev, cur, { style })).toBe(text);
  });
  it("names the earlier period when given", () => {
    expect(rankChangeWording(5, 3, { label: "1—9月份" })).toBe("较1—9月份前移2位");
    expect(rankChangeWording(5, 5, { label: "上月" })).toBe("位次与上月持平");
    expect(rankChangeWording(5, 7, { label: "上月", style: "rise" })).toBe("较上月下降2位");
  });
  it("bad ranks are #VALUE!", () => {
    const r = rankChangeWording(0, 3);
    expect(isIndicatorError(r) && r.key).toBe("wordingRank");
  });
});
