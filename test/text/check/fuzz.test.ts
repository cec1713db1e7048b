/** Nothing thrown, offsets inside the text, on arbitrary input (fast-check). */
import fc from "fast-check";
import { checkDraft, factsFromSheets } from "../../../src/text/check";
import { fillTemplate } from "../../../src/text/fill";

const pieces = [
  "增长",
  "下降",
  "由",
  "到",
  "占",
  "的",
  "其中",
  "合计",
  "年均",
  "第",
  "位",
  "分别",
  "和",
  "均",
  "、",
  "，",
  "。",
  "亿元",
  "万元",
  "%",
  "个百分点",
  "家",
  "：",
  "（",
  "）",
  "-",
  "x",
  "2023年",
  "1-10月",
  "地区生产总值",
  "全市",
  "目标",
  "完成",
  "高于",
  "低于",
  "\n",
  "\r\n",
  " ",
  "１２",
  "增長(zhǎng)",
  "超",
  "近",
  "左右",
];
const token = fc.oneof(
  fc.constantFrom(...pieces),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => String(Math.round(d * 100) / 100)),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(token, { maxLength: 60 }).map((a) => a.join(""));
const facts = factsFromSheets([
  {
    name: "表",
    values: [
      ["指标", "单位", "2023年", "增速(%)"],
      ["地区生产总值", "亿元", 35.6, 6.1],
    ],
  },
]);
const runs = Number(process.env.IND_FUZZ_RUNS ?? 300);

test("checkDraft never throws and reports spans inside the text", () => {
  fc.assert(
    fc.property(text, (t) => {
      for (const r of checkDraft(t, { facts, period: "2023" })) {
        expect(r.textStart).toBeGreaterThanOrEqual(0);
        expect(r.textEnd).toBeLessThanOrEqual(t.length);
        expect(["agree", "disagree", "not_found"]).toContain(r.status);
        expect(r.computed ?? "").not.toMatch(/NaN|undefined|Infinity/);
      }
    }),
    { numRuns: runs },
  );
});

test("fillTemplate never throws; only x slots change", () => {
  fc.assert(
    fc.property(text, (t) => {
      const r = fillTemplate(t, facts, { period: "2023" });
      for (const s of r.slots) expect(t.slice(s.textOffset, s.textOffset + s.length)).toMatch(/^x/);
      const left = r.slots.filter((s) => s.status === "left").length;
      if (left === r.slots.length) expect(r.text).toBe(t);
    }),
    { numRuns: runs },
  );
});
