import {
  normalizeDigits,
  parseChineseInteger,
  parseNumberText,
  readNumber,
} from "../../src/core/chineseNumber";

describe("parseChineseInteger(text)", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["一十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["一千二百", 1200],
    ["一千零二十", 1020],
    ["两万", 20000],
    ["一万零五", 10005],
    ["十万", 100000],
    ["三亿五千万", 350000000],
    ["一亿零三百万", 103000000],
    ["三万亿", 3e12],
    ["万亿", 1e12],
    ["二〇二五", 2025],
    ["一九四九", 1949],
    ["〇", 0],
    ["壹仟贰佰", 1200],
    ["伍拾", 50],
  ])("%s → %p", (text, n) => {
    expect(parseChineseInteger(text)).toBe(n);
  });
  it.each(["", "abc", "一二千", "六%"])("%p is not an integer numeral", (t) => {
    expect(parseChineseInteger(t)).toBeNull();
  });
});

describe("parseNumberText(text)", () => {
  it.each([
    ["123", 123],
    ["-5.4", -5.4],
    ["1,234.5", 1234.5],
    ["１２３．５", 123.5],
    ["3.5万", 35000],
    ["2800余万", 28000000],
    ["300多亿", 30000000000],
    ["1.35亿", 135000000],
    ["三分之一", 1 / 3],
    ["四分之三", 0.75],
    ["1/4", 0.25],
    ["十二点五", 12.5],
    ["负三", -3],
    ["一千二百", 1200],
    ["两千余万", 20000000],
    ["0", 0],
  ])("%s → %p", (text, n) => {
    expect(parseNumberText(text)).toBeCloseTo(n, 9);
  });
  it.each(["", "   ", "abc", "12abc", "1/0", "元"])("%p is not a number", (t) => {
    expect(parseNumberText(t)).toBeNull();
  });
  it("never returns -0", () => {
    expect(Object.is(parseNumberText("-0"), -0)).toBe(false);
    expect(Object.is(parseNumberText("负零"), -0)).toBe(false);
  });
});

describe("readNumber(text)", () => {
  it("keeps the magnitude apart from the mantissa", () => {
    expect(readNumber("35.6亿元")).toEqual({
      value: 3560000000,
      mantissa: 35.6,
      scale: "亿",
      qualifier: null,
      length: 5,
    });
    expect(readNumber("一千二百万元")).toMatchObject({ mantissa: 1200, scale: "万", length: 5 });
    expect(readNumber("三亿五千万元")).toMatchObject({ value: 350000000, scale: "" });
  });
  it("returns null when no number starts the text", () => {
    expect(readNumber("元")).toBeNull();
    expect(readNumber("")).toBeNull();
  });
});

describe("normalizeDigits(text)", () => {
  it("maps full-width digits and signs to ASCII", () => {
    expect(normalizeDigits("６％，＋１．５")).toBe("6%,+1.5");
  });
});
