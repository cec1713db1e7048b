import { isIndicatorError } from "../../../src/core/errors";
import { isMultiple, rateWording } from "../../../src/core/wording";

describe("rateWording(rate, options) — METHODS.md §2", () => {
  it.each([
    [6.1, "增长6.1%"],
    [6.05, "增长6.1%"], // half away from zero
    [1.45, "增长1.5%"], // (1.45).toFixed(1) is "1.4" in JavaScript
    [2.15, "增长2.2%"],
    [0.05, "增长0.1%"],
    [99.94, "增长99.9%"],
  ])("rises: %p → %p", (rate, text) => expect(rateWording(rate)).toBe(text));

  it.each([
    [-5.4, "下降5.4%"],
    [-2.45, "下降2.5%"],
    [-0.05, "下降0.1%"],
    [-100, "下降100.0%"],
  ])("T41 decreases print 下降 with the magnitude, never 增长-X%, never 倍: %p → %p", (rate, text) => {
    expect(rateWording(rate)).toBe(text);
  });

  it.each([[0.04], [-0.04], [0], [-0], [0.049999], [-0.049999]])(
    "T39 a rate that rounds to zero is 持平, never 0.0%% or -0.0%%: %p",
    (rate) => expect(rateWording(rate)).toBe("持平"),
  );

  it.each([
    [179, "增长1.79倍"],
    [110, "增长1.10倍"],
    [100, "增长1.00倍"],
    [370, "增长3.70倍"],
    [1700, "增长17.00倍"],
    [99.96, "增长1.00倍"], // shows as 100.0%, so it is a multiple
  ])("T40 rises of 100%% or more are 倍 with 2 decimals: %p → %p", (rate, text) => {
    expect(rateWording(rate)).toBe(text);
  });

  it("multiple decimals are configurable (older releases: 增长3.7倍)", () => {
    expect(rateWording(370, { multipleDigits: 1 })).toBe("增长3.7倍");
    expect(rateWording(1700, { multipleDigits: 0 })).toBe("增长17倍");
  });

  it.each([
    [2.05, "上涨2.1%"],
    [-0.3, "下降0.3%"],
    [0.02, "持平"],
    [150, "上涨1.50倍"],
  ])("kind price uses 上涨/下降/持平: %p → %p", (rate, text) => {
    expect(rateWording(rate, { kind: "price" })).toBe(text);
  });

  it("2 decimals for seasonally adjusted 环比 (增长0.69%, 下降0.17%)", () => {
    expect(rateWording(0.69, { digits: 2 })).toBe("增长0.69%");
    expect(rateWording(-0.17, { digits: 2 })).toBe("下降0.17%");
    expect(rateWording(0.004, { digits: 2 })).toBe("持平");
    expect(rateWording(0.04, { digits: 2 })).toBe("增长0.04%");
  });

  it("English gloss", () => {
    expect(rateWording(6.1, { lang: "en" })).toBe("up 6.1%");
    expect(rateWording(-5.4, { lang: "en" })).toBe("down 5.4%");
    expect(rateWording(179, { lang: "en" })).toBe("up 179.0%");
    expect(rateWording(0.01, { lang: "en" })).toBe("unchanged");
  });

  it.each([[NaN], [Infinity], [-Infinity]])("returns #NUM! for %p", (rate) => {
    const r = rateWording(rate);
    expect(isIndicatorError(r) && r.code).toBe("num");
  });

  it.each([[-150], [-100.06], [-1e6]])(
    "a fall of more than 100%% (%p) is impossible → #NUM! fallBelow100",
    (rate) => {
      const r = rateWording(rate);
      expect(isIndicatorError(r) && r.code).toBe("num");
      expect(isIndicatorError(r) && r.key).toBe("fallBelow100");
    },
  );

  it("a fall of exactly 100% (to zero) is still worded", () => {
    expect(rateWording(-100)).toBe("下降100.0%");
    expect(rateWording(-100.04)).toBe("下降100.0%");
  });

  it.each([[-1], [1.5], [7]])("returns #VALUE! for digits %p", (digits) => {
    const r = rateWording(5, { digits });
    expect(isIndicatorError(r) && r.key).toBe("wordingDigits");
  });

  it("isMultiple decides on the displayed value", () => {
    expect(isMultiple(99.94)).toBe(false);
    expect(isMultiple(99.95)).toBe(true);
    expect(isMultiple(-150)).toBe(false);
  });
});
