import { isIndicatorError } from "../../../src/core/errors";
import { changeWording } from "../../../src/core/wording";

describe("changeWording(current, previous, options) — rate vs an earlier period", () => {
  it("T44: 1–9月 4.6% → 1–10月 3.4% is 增速比1—9月份回落1.2个百分点", () => {
    expect(changeWording(3.4, 4.6, { label: "1—9月份" })).toBe("增速比1—9月份回落1.2个百分点");
  });
  it("T44: 1–7月 −1.6% → 1–8月 −0.3% is 降幅比1—7月份收窄1.3个百分点 (NBS 2020 投资)", () => {
    expect(changeWording(-0.3, -1.6, { label: "1—7月份" })).toBe("降幅比1—7月份收窄1.3个百分点");
  });
  it.each([
    [5.2, 4.6, "增速比1—9月份加快0.6个百分点"],
    [4.62, 4.6, "增速与1—9月份持平"],
    [-2.0, -1.6, "降幅比1—9月份扩大0.4个百分点"],
    [-1.6, -1.62, "降幅与1—9月份持平"],
    [0.1, -0.3, "1—9月份为下降0.3%"],
    [-0.1, 0.3, "1—9月份为增长0.3%"],
    [-0.1, 150, "1—9月份为增长1.50倍"],
    [2.0, 0.04, "由1—9月份同比持平转为增长"],
    [-2.0, 0, "由1—9月份同比持平转为下降"],
    [0.02, 1.2, "1—9月份为增长1.2%"],
    [0, -0.8, "1—9月份为下降0.8%"],
    [0.01, -0.02, "与1—9月份均为持平"],
  ])("now %p, before %p → %p", (now, before, text) => {
    expect(changeWording(now, before, { label: "1—9月份" })).toBe(text);
  });

  it("signChange 'turn' says 由负转正 / 由正转负", () => {
    expect(changeWording(0.8, -0.3, { signChange: "turn" })).toBe("增速由负转正");
    expect(changeWording(-0.8, 0.3, { signChange: "turn" })).toBe("增速由正转负");
  });

  it("an empty label reads 上期", () => {
    expect(changeWording(5, 4)).toBe("增速比上期加快1.0个百分点");
  });

  it("the gap comes from unrounded rates, the classification from displayed ones", () => {
    // 4.64 shows as 4.6, 4.56 as 4.6; the unrounded gap 0.08 shows as 0.1
    expect(changeWording(4.64, 4.56)).toBe("增速比上期加快0.1个百分点");
    // −0.04 shows as 持平, so this is 持平 → 增长
    expect(changeWording(1.2, -0.04, { label: "1—6月份" })).toBe("由1—6月份同比持平转为增长");
  });

  it("English", () => {
    expect(changeWording(3.4, 4.6, { label: "Jan–Sep", lang: "en" })).toBe(
      "growth 1.2 percentage points slower than in Jan–Sep",
    );
  });

  it("returns #NUM! for non-finite input", () => {
    const r = changeWording(1, Infinity);
    expect(isIndicatorError(r) && r.code).toBe("num");
  });
});
