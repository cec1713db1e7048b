/**
 * The Read view in jsdom on the in-memory workbook: extract from pasted text, untick rows, see the source
 * clause highlighted, insert the table on a new sheet (never over an existing one), import the targets into
 * 年度目标 in the layout the Track view reads (and ask before replacing it), stay correct on a long paste.
 */
import type { AppContext } from "../../src/taskpane/context";
import { mountRead } from "../../src/taskpane/views/read";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { targetsFromSheet } from "../../src/core/track/inputs";
import { newSheetName, directionOf, targetRows } from "../../src/taskpane/read/model";
import type { IndicatorRecord } from "../../src/text/types";

const REPORT = [
  "一、2023年工作回顾",
  "地区生产总值增长6%，一般公共预算收入完成35.6亿元，居全区首位。",
  "二、2024年主要目标",
  "主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上，城镇登记失业率控制在5%以内，单位GDP能耗下降3%。",
].join("\n");

function setup(
  opts: { confirm?: boolean; sheets?: { name: string; values: (string | number | null)[][] }[] } = {},
) {
  const wb = new MemoryWorkbook(opts.sheets ?? [{ name: "Sheet1", values: [["我的数据", 1]] }]);
  const notes: [string, string | undefined][] = [];
  const asked: string[] = [];
  const ctx: AppContext = {
    workbook: wb,
    lang: "zh",
    preview: true,
    notify: (m, i) => notes.push([m, i]),
    confirm: async (m) => {
      asked.push(m);
      return opts.confirm ?? true;
    },
    workbookChanged: () => undefined,
    onWorkbookChanged: () => () => undefined,
    showView: () => undefined,
  };
  document.body.innerHTML = `<div id="p"></div>`;
  const panel = document.getElementById("p")!;
  const view = mountRead(panel, ctx);
  const q = <T extends Element = HTMLElement>(sel: string) => panel.querySelector(sel) as T;
  const click = async (sel: string) => {
    q(sel).dispatchEvent(new Event("click"));
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { wb, panel, view, notes, asked, q, click };
}

describe("Read view", () => {
  test("extracts records into the table with the clause and number highlighted", async () => {
    const { view, q, panel } = setup();
    await view.extract(REPORT);
    expect(q('[data-read="status"]').textContent).toBe("共提取 7 条记录，其中目标 4 条");
    const rows = [...panel.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    expect(rows).toHaveLength(7);
    expect([...rows[1]!.cells].slice(1, 8).map((c) => c.textContent)).toEqual([
      "一般公共预算收入",
      "实绩",
      "总量",
      "35.6",
      "亿元",
      "",
      "",
    ]);
    expect(rows[1]!.querySelector("mark")?.textContent).toBe("35.6亿元");
    rows[2]!.dispatchEvent(new Event("click"));
    expect(rows[2]!.getAttribute("aria-selected")).toBe("true");
    expect(q('[data-read="source"]').textContent).toContain("第2行");
    expect(q('[data-read="clause"]').textContent).toBe("居全区首位");
  });

  test("inserts the ticked records as a table on a new sheet each time, keeping the source clause", async () => {
    const { view, wb, panel, click, notes } = setup();
    await view.extract(REPORT);
    const box = panel.querySelector<HTMLInputElement>('[data-read-check="0"]')!;
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    await click('[data-read="insert"]');
    expect(await wb.listSheets()).toEqual(["Sheet1", "读取结果"]);
    const sheet = await wb.readSheet("读取结果");
    const flat = sheet.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const header = flat.findIndex((r) => r[0] === "指标");
    expect(flat[header]).toEqual([
      "指标",
      "类别",
      "时期",
      "口径",
      "数值",
      "单位",
      "限定",
      "范围",
      "行号",
      "原文",
    ]);
    expect(flat.slice(header + 1).filter((r) => r[0] !== "")).toHaveLength(6);
    expect(flat[header + 1]).toEqual([
      "一般公共预算收入",
      "实绩",
      "2023",
      "总量",
      "35.6",
      "亿元",
      "",
      "",
      "2",
      "一般公共预算收入完成35.6亿元",
    ]);
    expect(notes.at(-1)).toEqual(["已把 6 条记录写入新工作表“读取结果”", "success"]);
    await click('[data-read="insert"]');
    expect(await wb.listSheets()).toEqual(["Sheet1", "读取结果", "读取结果2"]);
    expect((await wb.readSheet("Sheet1")).values).toEqual([["我的数据", 1]]);
  });

  test("imports the targets into 年度目标 in the layout the Track view reads", async () => {
    const { view, wb, click, notes, asked, q } = setup();
    expect(q('[data-read="go-track"]').hidden).toBe(true);
    await view.extract(REPORT);
    await click('[data-read="targets"]');
    expect(asked).toEqual([]);
    expect(notes.at(-1)?.[0]).toBe("已把 4 条目标写入“年度目标”表，跟踪视图会从该表读取年度目标");
    expect(q('[data-read="go-track"]').hidden).toBe(false);
    const grid = (await wb.readSheet("年度目标")).values;
    const targets = targetsFromSheet(grid);
    expect(targets.get("地区生产总值")).toBe("增长6%左右");
    expect(targets.get("城镇新增就业")).toBe("1万人以上");
    expect(targets.get("城镇登记失业率")).toBe("控制在5%以内");
    expect([...targets.values()].some((t) => t === "下降3%")).toBe(true);
    // A second import asks before replacing the sheet; a "no" leaves it as it was.
    const again = setup({
      confirm: false,
      sheets: [
        {
          name: "年度目标",
          values: [
            ["指标", "目标值"],
            ["我的目标", 9],
          ],
        },
      ],
    });
    await again.view.extract(REPORT);
    await again.click('[data-read="targets"]');
    expect(again.asked[0]).toContain("年度目标");
    expect((await again.wb.readSheet("年度目标")).values).toEqual([
      ["指标", "目标值"],
      ["我的目标", 9],
    ]);
    expect(again.notes.at(-1)).toEqual(["已取消，工作簿未改动", "info"]);
  });

  test("reports when nothing is found and keeps buttons disabled", async () => {
    const { view, q } = setup();
    await view.extract("同志们，让我们团结一心。");
    expect(q('[data-read="status"]').textContent).toBe("没有找到指标表述");
    expect(q('[data-read="insert"]').hasAttribute("disabled")).toBe(true);
  });

  test("reads a long paste in slices and shows the first 500 rows until asked", async () => {
    const { view, q, panel, click } = setup();
    // 40 KB: three slices of about 20,000 characters, with a yield between them.
    const text =
      "地区生产总值增长6.1%，一般公共预算收入完成35.6亿元，城镇新增就业1.1万人。".repeat(10) + "\n";
    await view.extract(text.repeat(30));
    expect(q('[data-read="status"]').textContent).toBe("共提取 900 条记录");
    expect(panel.querySelectorAll("tbody tr")).toHaveLength(500);
    expect(q('[data-read="more"]').textContent).toContain("显示前 500 条，共 900 条");
    await click('[data-read="show-all"]');
    expect(panel.querySelectorAll("tbody tr")).toHaveLength(900);
  }, 30_000);
});

describe("Read model", () => {
  const rec = (o: Partial<IndicatorRecord>): IndicatorRecord => ({
    line: 1,
    quote: "q",
    indicator: "地区生产总值",
    indicator_implicit: false,
    kind: "target",
    period: "2024",
    metric: "growth",
    value: 6,
    unit: "%",
    qualifier: null,
    scope: null,
    ...o,
  });
  test("new sheet names never reuse an existing sheet", () => {
    expect(newSheetName([])).toBe("读取结果");
    expect(newSheetName(["读取结果", "读取结果2"])).toBe("读取结果3");
  });
  test("directions and target rows", () => {
    expect(directionOf(rec({ value: -3 }))).toBe("下降");
    expect(directionOf(rec({ metric: "share", qualifier: "以内" }))).toBe("控制在");
    expect(directionOf(rec({ metric: "level", unit: "亿元" }))).toBe("");
    expect(
      targetRows([rec({ value: -3 }), rec({ kind: "actual" }), rec({ metric: "rank", value: 1 })]),
    ).toEqual([["地区生产总值", 3, "", "下降", "%", "growth", "2024", "q"]]);
  });
});
