/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** The Track view in jsdom, on the sample workbook through the in-memory adapter. */
import * as fs from "fs";
import * as path from "path";
import type { AppContext } from "../../src/taskpane/context";
import { mountTrack } from "../../src/taskpane/views/track";
import { SETTINGS_KEY } from "../../src/taskpane/track/controller";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx } from "../../src/workbook/xlsx";

async function sample(): Promise<MemoryWorkbook> {
  return readXlsx(fs.readFileSync(path.join(__dirname, "../../assets/sample.xlsx")));
}

function fakeCtx(workbook: MemoryWorkbook, answer = true, lang: "zh" | "en" = "zh") {
  const notes: [string, string | undefined][] = [];
  const asked: string[] = [];
  const listeners = new Set<() => void>();
  const ctx: AppContext = {
    workbook,
    lang,
    preview: true,
    notify: (m, i) => notes.push([m, i]),
    confirm: async (m) => {
      asked.push(m);
      return answer;
    },
    workbookChanged: () => listeners.forEach((l) => l()),
    onWorkbookChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    showView: () => undefined,
  };
  return { ctx, notes, asked };
}

async function mount(wb: MemoryWorkbook, answer = true, lang: "zh" | "en" = "zh") {
  document.body.innerHTML = `<div id="p"></div>`;
  const panel = document.getElementById("p")!;
  const f = fakeCtx(wb, answer, lang);
  const view = mountTrack(panel, f.ctx);
  await view.ready();
  return { panel, view, ...f };
}

describe("Track view", () => {
  test("detects the sample table, shows the mapping and the latest period with its 序时进度", async () => {
    const { view, panel } = await mount(await sample());
    expect(view.elements.sourceSelect.value).toBe("主要指标");
    const roles = [...panel.querySelectorAll<HTMLSelectElement>("select[data-col]")].map((s) => s.value);
    expect(roles.slice(0, 3)).toEqual(["name", "unit", "priorFull"]);
    expect(roles.filter((r) => r === "current")).toHaveLength(9);
    expect(view.elements.periodSelect.value).toBe("10:1-10月");
    expect(panel.querySelector("[data-ind=schedule]")!.textContent).toBe("序时进度 83.3%");
  });

  test("计算并写入 writes 指标跟踪 with statuses, counts and problems in the pane", async () => {
    const wb = await sample();
    const { view, notes } = await mount(wb);
    await view.run(false);
    expect(view.elements.result.querySelector("[data-ind=counts]")!.textContent).toBe(
      "达标 5 · 基本达标 2 · 未达标 1 · 其他 3",
    );
    expect(view.elements.result.textContent).toContain("社会消费品零售总额：缺少目标");
    expect(notes.at(-1)).toEqual(["已写入“指标跟踪”：11个指标", "success"]);
    const snap = wb.getSheet("指标跟踪");
    expect(snap.owned).toBe(true);
    expect(snap.charts).toHaveLength(1);
    expect(snap.values.find((r) => r[0] === "固定资产投资")).toContain("未达标");
    expect(snap.fills.flat()).toContain("#FFC7CE");
    const saved = await wb.getSetting<{ source: string; months: number }>(SETTINGS_KEY);
    expect(saved).toMatchObject({ source: "主要指标", months: 10 });
  });

  test("asks before replacing a sheet it does not own; a no writes nothing", async () => {
    const src = await sample();
    const wb = new MemoryWorkbook([
      ...src
        .sheetNames()
        .map((n) => ({ name: n, values: src.getSheet(n).values, merges: src.getSheet(n).merges })),
      { name: "指标跟踪", values: [["我的笔记"]] },
    ]);
    const { view, asked, notes } = await mount(wb, false);
    await view.run(false);
    expect(asked[0]).toContain("不是本加载项创建的");
    expect(wb.getSheet("指标跟踪").values[0]![0]).toBe("我的笔记");
    expect(notes.at(-1)![1]).toBe("warning");
  });

  test("a corrected mapping is remembered and used", async () => {
    const wb = await sample();
    const { view, panel } = await mount(wb);
    // Treat the 2024年目标 column as ignored: every row loses its target.
    const target = [...panel.querySelectorAll<HTMLSelectElement>("select[data-col]")].find(
      (s) => s.value === "target",
    )!;
    target.value = "ignore";
    target.dispatchEvent(new Event("change"));
    await view.run(false);
    expect(view.elements.result.querySelector("[data-ind=counts]")!.textContent).toBe(
      "达标 0 · 基本达标 0 · 未达标 0 · 其他 11",
    );
    const saved = await wb.getSetting<{ mapping: { columns: { role: string }[] } }>(SETTINGS_KEY);
    expect(saved!.mapping.columns[4]!.role).toBe("ignore");
  });

  test("a sheet that is not an indicator table gives a clear message, not a crash", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "Sheet1",
        values: [
          ["a", 1],
          ["b", 2],
        ],
      },
    ]);
    const { view, panel, notes } = await mount(wb);
    expect(panel.textContent).toContain("没有找到含“指标名称”或“指标”的表头行");
    await view.run(false);
    expect(notes.at(-1)![1]).toBe("warning");
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("从模板开始 writes the template with targets from 年度目标", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "年度目标",
        values: [
          ["指标", "目标值", "限定词", "方向", "单位"],
          ["地区生产总值", 6, "左右", "增长", "%"],
        ],
      },
    ]);
    const { view } = await mount(wb);
    view.elements.templateBtn.dispatchEvent(new Event("click"));
    await new Promise((r) => setTimeout(r, 50));
    await view.ready();
    const t = wb.getSheet("跟踪模板");
    expect(t.values.find((r) => r[0] === "地区生产总值")).toContain("增长6%左右");
    expect(view.elements.sourceSelect.value).toBe("跟踪模板");
  });

  test("English UI has English period names", async () => {
    const { view } = await mount(await sample(), true, "en");
    expect(view.elements.periodSelect.selectedOptions[0]!.textContent).toBe("Jan–Oct");
  });
});

test("targets imported by the Read view into 年度目标 (an add-in sheet) fill a missing target", async () => {
  const wb = await sample();
  await wb.writeSheet({
    sheet: "年度目标",
    title: ["年度目标（由“读取”从报告文字导入；可直接修改）"],
    tables: [
      {
        name: "IndTargets",
        header: ["指标", "目标值", "限定词", "方向", "单位", "口径", "时期", "原文"],
        rows: [
          ["社会消费品零售总额", 6, "左右", "增长", "%", "growth", "2024", "社会消费品零售总额增长6%左右"],
        ],
      },
    ],
  });
  const { view } = await mount(wb);
  expect(view.elements.sourceSelect.value).toBe("主要指标");
  await view.run(false);
  const snap = wb.getSheet("指标跟踪");
  const row = snap.values.find((r) => r[0] === "社会消费品零售总额")!;
  expect(row).toContain("增长6%左右");
  expect(row).toContain("未达标"); // 5.1% against 6%左右: 0.9 short, beyond the 0.5 band
  expect(row.some((c) => typeof c === "string" && c.includes("目标取自年度目标表"))).toBe(true);
});

test("当前选区: a selection below and right of A1 gives formulas that point at the right cells", async () => {
  const wb = await sample();
  // The 主要指标 table from its group header (row 3) to the last indicator, columns A:AF.
  await wb.select("主要指标", "A3:AF15");
  const { view } = await mount(wb);
  view.elements.sourceSelect.value = "__selection__";
  view.elements.sourceSelect.dispatchEvent(new Event("change"));
  await new Promise((r) => setTimeout(r, 20));
  await view.run(false);
  const snap = wb.getSheet("指标跟踪");
  const r = snap.values.findIndex((row) => row[0] === "固定资产投资");
  expect(snap.formulas[r]!).toContain("=IND.GROWTH('主要指标'!N7,'主要指标'!W7)");
  expect(snap.values[r]).toContain("未达标");
});

test("a selection of one cell is not a table: a clear message, nothing written", async () => {
  const wb = await sample();
  await wb.select("说明", "A1");
  const { view, notes } = await mount(wb);
  view.elements.sourceSelect.value = "__selection__";
  view.elements.sourceSelect.dispatchEvent(new Event("change"));
  await new Promise((r) => setTimeout(r, 20));
  expect(view.elements.mappingHost.textContent).toContain("没有找到含“指标名称”或“指标”的表头行");
  await view.run(false);
  expect(notes.at(-1)![1]).toBe("warning");
  expect(wb.sheetNames()).not.toContain("指标跟踪");
});

test("刷新 recomputes in place and refreshes the pivots", async () => {
  const wb = await sample();
  const { view, notes } = await mount(wb);
  await view.run(false);
  const before = wb.sheetNames();
  await view.run(true);
  expect(wb.sheetNames()).toEqual(before);
  expect(notes.at(-1)).toEqual(["已刷新“指标跟踪”和1个数据透视表", "success"]);
  expect(wb.getSheet("跟踪汇总").pivots).toHaveLength(1);
});
