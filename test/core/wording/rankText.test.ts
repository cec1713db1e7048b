import { isIndicatorError } from "../../../src/core/errors";
import { rankChangeWording, rankText, rankTextAmong } from "../../../src/core/wording";

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

describe("rankTextAmong(value, peers, options) — uses src/core/rank.ts", () => {
  const t32 = [15.8, 10.7, 8.0, 7.4, 7.4, 7.4, 7.4, 7.2];
  it("T32: 7.4 among four tied is 并列全国第4位; 7.2 is 居全国第8位", () => {
    expect(rankTextAmong(7.4, t32, { scope: "全国" })).toBe("并列全国第4位");
    expect(rankTextAmong(7.2, t32, { scope: "全国" })).toBe("居全国第8位");
    expect(rankTextAmong(15.8, t32, { scope: "全国" })).toBe("居全国首位");
  });
  it("ties are decided at the published precision (7.44 and 7.36 both show 7.4)", () => {
    expect(rankTextAmong(7.44, [7.36, 7.44, 8], { scope: "全盟" })).toBe("并列全盟第2位");
    expect(rankTextAmong(7.44, [7.36, 7.44, 8], { scope: "全盟", digits: 2 })).toBe("居全盟第2位");
  });
  it("a tie at the top is 并列首位", () => {
    expect(rankTextAmong(9, [9, 9, 3], { scope: "全盟" })).toBe("并列全盟首位");
  });
  it("order 1 ranks the smallest first (lower is better)", () => {
    expect(rankTextAmong(2.1, [2.1, 3.5, 4], { scope: "全盟", order: 1 })).toBe("居全盟首位");
  });
  it("blank peers are skipped; a value not among the peers is #N/A; no peers is #N/A", () => {
    expect(rankTextAmong(5, [null, 5, undefined, 7], { scope: "全盟" })).toBe("居全盟第2位");
    const a = rankTextAmong(6, [5, 7]);
    const b = rankTextAmong(6, [null]);
    expect(isIndicatorError(a) && a.code).toBe("na");
    expect(isIndicatorError(b) && b.code).toBe("na");
  });
  it("does not mutate the peers", () => {
    const peers = Object.freeze([3, 1, 2]);
    expect(rankTextAmong(2, peers, { scope: "全盟" })).toBe("居全盟第2位");
    expect(peers).toEqual([3, 1, 2]);
  });
});
