import * as fs from "fs";
import * as path from "path";
import { factsFromSheets, type SheetGrid } from "../../../src/text/check/facts";
import { fillTemplate, splitSubject } from "../../../src/text/fill";
import { sheets } from "../../fixtures/fill/workbook004";

const template = fs.readFileSync(
  path.join(__dirname, "../../fixtures/check/004_30631a15f41f696c.txt"),
  "utf8",
);
const facts = factsFromSheets(sheets as SheetGrid[]);

describe("fill the 004 template from a workbook built for it", () => {
  const r = fillTemplate(template, facts, { period: "2022" });
  const at = (line: number, offset: number) => r.slots.find((s) => s.line === line && s.offset === offset);

  it("lists every lowercase x slot once (Sx is a road name, not a slot; a structure is one entry)", () => {
    const xs = (template.match(/x/g) ?? []).length;
    expect(xs).toBe(89);
    // 89 x − "Sx" − 2 structures × 2 extra x = 84 entries.
    expect(r.slots).toHaveLength(84);
  });

  it("fills every slot the workbook determines, with the right number", () => {
    expect(r.slots.filter((s) => s.status === "filled").map((s) => [s.line, s.offset, s.value])).toEqual([
      [8, 26, "15.2：38.5：46.3"],
      [8, 138, "5230"],
      [8, 146, "12.4"],
      [8, 197, "186.5"],
      [8, 220, "35.2"],
      [8, 228, "2"],
      [8, 310, "860"],
      [9, 68, "17"],
      [9, 92, "3.42"],
      [9, 115, "6"],
      [9, 159, "100"],
      [10, 68, "98.6"],
      [10, 71, "87.3"],
      [10, 161, "12"],
      [10, 170, "35"],
      [10, 185, "108"],
      [11, 248, "1.85"],
      [11, 405, "9"],
      [12, 17, "14.2"],
      [12, 31, "78.4"],
      [12, 51, "41236"],
      [12, 54, "17508"],
      [12, 61, "4.6"],
      [12, 64, "7.1"],
      [12, 85, "62.5"],
      [12, 92, "3.4"],
      [12, 157, "12.6"],
      [13, 228, "14"],
      [13, 242, "8"],
      [17, 93, "1"],
      [17, 108, "2.3"],
      [17, 151, "3"],
      [17, 342, "2.3"],
      [17, 355, "5"],
      [22, 21, "6"],
      [22, 36, "10"],
      [22, 53, "8"],
      [22, 69, "7"],
      [27, 118, "50"],
      [27, 132, "10"],
      [27, 433, "3"],
      [27, 440, "21"],
      [27, 456, "26.8"],
      [27, 464, "9"],
      [30, 64, "45"],
      [37, 233, "3"],
      [37, 244, "10"],
      [37, 256, "20"],
      [39, 132, "4.5"],
    ]);
  });

  it("follows the conventions: 分别 pairs in order, 均 shared slots, two-scope ranks, signs from wording", () => {
    // 城乡…分别完成x元和x元，分别增长x%和x%: 城镇 first, then 农村.
    expect(at(12, 51)?.indicator).toBe("城镇常住居民人均可支配收入");
    expect(at(12, 54)?.indicator).toBe("农村常住居民人均可支配收入");
    // 投资完成率均达x%: both 市级 and 县级 are 108 → one value; both cells listed.
    expect(at(10, 185)?.cells).toHaveLength(2);
    // 排全省、全市第x位: both ranks are 1.
    expect(at(17, 93)?.cells?.map((c) => c.address)).toEqual(["G3", "H3"]);
    // 下降x% from −12.6; 低于全市平均x个百分点 from −2.3.
    expect(at(12, 157)?.value).toBe("12.6");
    expect(at(17, 342)?.value).toBe("2.3");
    // 上划x家 (3) and 累计达到x家 (21) are different indicators.
    expect([at(27, 433)?.value, at(27, 440)?.value]).toEqual(["3", "21"]);
  });

  it("leaves every ambiguous or unmatched slot as x, with its reason", () => {
    expect(r.slots.filter((s) => s.status === "left").map((s) => [s.line, s.offset, s.reason])).toEqual([
      [2, 183, "notIndicator"], // 第x次（扩大）会议
      [8, 34, "ambiguous"], // 演进为x：x：x — same year as the base structure
      [8, 110, "threshold"], // 产值超x万元
      [8, 212, "threshold"], // 突破x亿元
      [10, 85, "threshold"], // x%以上
      [10, 129, "noSubject"],
      [10, 133, "notFound"],
      [11, 75, "notFound"],
      [11, 148, "notIndicator"], // “x+x”
      [11, 150, "notIndicator"],
      [11, 229, "notFound"],
      [11, 231, "notFound"],
      [11, 258, "notFound"],
      [11, 260, "notFound"],
      [11, 322, "notFound"],
      [13, 32, "notIndicator"], // 建党x周年
      [13, 106, "notFound"],
      [13, 311, "notFound"],
      [17, 113, "notIndicator"], // 全省x个县市区 (peer group)
      [17, 123, "ambiguous"], // 排名第x位: by growth (1) or by level (7)?
      [17, 249, "notFound"],
      [27, 164, "notFound"],
      [30, 71, "notFound"],
      [31, 168, "notIndicator"], // 至少x次
      [33, 560, "notIndicator"], // x千伏
      [35, 150, "notIndicator"],
      [35, 152, "notIndicator"],
      [35, 529, "notFound"],
      [36, 47, "notIndicator"], // 良种、精养、供饲x项工程 (= 3, from the text)
      [36, 93, "notIndicator"],
      [36, 787, "notFound"],
      [36, 799, "notFound"],
      [36, 808, "notFound"],
      [37, 54, "notIndicator"], // x月前
      [41, 284, "notIndicator"], // 课堂x分钟
    ]);
    for (const s of r.slots.filter((x) => x.status === "left")) expect(s.detail.length).toBeGreaterThan(4);
    expect(at(17, 123)?.detail).toContain("G3=1");
    expect(at(17, 123)?.detail).toContain("I3=7");
  });

  it("puts the values into the text and records where each landed", () => {
    const lines = r.text.split("\n");
    expect(lines[7]).toContain("三次产业结构由2022年的15.2：38.5：46.3演进为x：x：x");
    expect(lines[11]).toContain("城乡常住居民人均可支配收入分别完成41236元和17508元，分别增长4.6%和7.1%");
    expect(lines[7]).toContain("产值超x万元");
    for (const s of r.slots.filter((x) => x.status === "filled"))
      expect(r.text.slice(s.filledOffset, (s.filledOffset as number) + (s.value as string).length)).toBe(
        s.value,
      );
    // Nothing but the slots changed.
    expect(
      r.text
        .replace(/[\d.：]+/g, "#")
        .replace(/x/g, "#")
        .replace(/#+/g, "#"),
    ).toBe(
      template
        .replace(/[\d.：]+/g, "#")
        .replace(/x/g, "#")
        .replace(/#+/g, "#"),
    );
  });
});

describe("fill rules on small templates", () => {
  const grid = (values: (string | number | null)[][], name = "表1"): SheetGrid => ({ name, values });
  it("a 均 slot whose indicators differ is left", () => {
    const f = factsFromSheets([
      grid([
        ["指标", "单位", "2023年"],
        ["市级项目完成率", "%", 98],
        ["县级项目完成率", "%", 95],
      ]),
    ]);
    const r = fillTemplate("市级项目和县级项目完成率均达x%。", f);
    expect(r.slots[0]).toMatchObject({ status: "left", reason: "sharedDiffers" });
  });
  it("分别 with more slots than names is left", () => {
    const f = factsFromSheets([
      grid([
        ["指标", "2023年"],
        ["网办率", 90],
      ]),
    ]);
    expect(fillTemplate("网办率分别达到x%和x%。", f).slots.map((s) => s.reason)).toEqual([
      "pairMismatch",
      "pairMismatch",
    ]);
  });
  it("two sheets with different values for the same cell → ambiguous, both cells listed", () => {
    const f = factsFromSheets([
      grid(
        [
          ["指标", "单位", "2023年"],
          ["地区生产总值", "亿元", 35.6],
        ],
        "甲",
      ),
      grid(
        [
          ["指标", "单位", "2023年"],
          ["地区生产总值", "亿元", 36.1],
        ],
        "乙",
      ),
    ]);
    const s = fillTemplate("2023年地区生产总值完成x亿元。", f).slots[0];
    expect(s).toMatchObject({ status: "left", reason: "ambiguous" });
    expect(s?.detail).toContain("甲!C2");
  });
  it("converts units (万元 in the workbook, 亿元 in the text) and matches short names (规上 ~ 规模以上)", () => {
    const f = factsFromSheets([
      grid([
        ["指标", "单位", "2023年", "增速(%)"],
        ["规模以上工业增加值", "万元", 268000, 8.46],
      ]),
    ]);
    const r = fillTemplate("2023年规上工业增加值达到x亿元，同比增长x%。", f);
    expect(r.text).toBe("2023年规上工业增加值达到26.8亿元，同比增长8.5%。");
  });
  it("a decline wording with a positive workbook growth is not filled", () => {
    const f = factsFromSheets([
      grid([
        ["指标", "增速(%)"],
        ["发生率", 3.2],
      ]),
    ]);
    expect(fillTemplate("发生率同比下降x%。", f).slots[0]).toMatchObject({
      status: "left",
      reason: "ambiguous",
    });
  });
  it("splits 城乡 and A和B subjects", () => {
    expect(splitSubject("城乡常住居民人均可支配收入")).toEqual([
      "城镇常住居民人均可支配收入",
      "农村常住居民人均可支配收入",
    ]);
    expect(splitSubject("市级重点项目和县级重点项目投资完成率")).toEqual([
      "市级重点项目投资完成率",
      "县级重点项目投资完成率",
    ]);
  });
  it("a text without slots comes back unchanged; no facts leaves every slot", () => {
    expect(fillTemplate("地区生产总值增长6%。", []).text).toBe("地区生产总值增长6%。");
    const r = fillTemplate("地区生产总值增长x%。", []);
    expect(r.text).toBe("地区生产总值增长x%。");
    expect(r.slots[0]?.reason).toBe("notFound");
  });
});
