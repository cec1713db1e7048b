import { en } from "../../../src/core/wording/templates/en";
import { zhCN } from "../../../src/core/wording/templates/zh-CN";
import { fill, levelText, levelWording, periodWording, statusWording, word } from "../../../src/core/wording";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe("wording templates", () => {
  it("both languages define the same tokens", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
  it.each(Object.keys(zhCN))("token %s uses placeholders the English also knows how to fill", (token) => {
    const zh = placeholders(zhCN[token as keyof typeof zhCN]);
    const e = placeholders(en[token as keyof typeof en]);
    // English may print {pct} where Chinese prints {x} (倍 vs %); every other placeholder must match.
    // English also prints {ord} (3rd) for {n} and {places} (place/places).
    const norm = (xs: string[]) => xs.filter((x) => !["x", "pct", "n", "ord", "places"].includes(x));
    expect(norm(e)).toEqual(norm(zh));
  });
  it("fill throws on a missing placeholder (a programmer error, never '{x}' in a report)", () => {
    expect(() => fill("增长{x}%")).toThrow(/needs \{x\}/);
    expect(word("rankNth", { scope: "全盟", n: 3 })).toBe("居全盟第3位");
  });
  it("no Chinese template carries an ASCII comma or a signed placeholder", () => {
    for (const t of Object.values(zhCN)) {
      expect(t).not.toMatch(/,/);
      expect(t).not.toMatch(/-\{/);
    }
  });
});

describe("levelText / levelWording", () => {
  it.each([
    [35.6, "亿元", "35.60亿元"],
    [43582.4, "元", "43582元"],
    [1.35, "亿千瓦", "1.4亿千瓦"],
    [-0.001, "亿元", "0.00亿元"],
  ])("%p %p → %p", (v, u, t) => expect(levelText(v, u)).toBe(t));
  it("digits are configurable per indicator", () => {
    expect(levelWording(407.3, "亿元", { digits: 1 })).toBe("完成407.3亿元");
  });
});

describe("statusWording", () => {
  it.each([
    ["扭亏", "扭亏为盈"],
    ["减亏", "减亏"],
    ["增亏", "增亏"],
    ["由盈转亏", "由盈转亏"],
    ["—", "不计算增速"],
  ])("%p → %p", (s, t) => expect(statusWording(s)).toBe(t));
  it("anything else is not a status", () => expect(statusWording("好")).toBeNull());
});

describe("periodWording(months, options)", () => {
  it.each([
    [10, {}, "1-10月"],
    [10, { style: "nbs" }, "1—10月份"],
    [1, {}, "1月"],
    [1, { style: "nbs" }, "1月份"],
    [2, { style: "nbs" }, "1—2月份"],
    [3, { named: true }, "一季度"],
    [6, { named: true, style: "nbs" }, "上半年"],
    [9, { named: true }, "前三季度"],
    [12, { named: true }, "全年"],
    [10, { named: true }, "1-10月"],
  ] as const)("%p %p → %p", (m, o, text) => expect(periodWording(m, o)).toBe(text));
  it.each([[0], [13], [2.5], [NaN]])("%p is #VALUE!", (m) => {
    const r = periodWording(m);
    expect(typeof r === "object" && r.key).toBe("wordingMonths");
  });
});
