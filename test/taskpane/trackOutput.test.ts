/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** The Track view refuses an output sheet that holds the user's data, and a name too long for its summary. */
import * as fs from "fs";
import * as path from "path";
import type { AppContext } from "../../src/taskpane/context";
import { mountTrack } from "../../src/taskpane/views/track";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx } from "../../src/workbook/xlsx";

async function sample(): Promise<MemoryWorkbook> {
  return readXlsx(fs.readFileSync(path.join(__dirname, "../../assets/sample.xlsx")));
}

async function mount(wb: MemoryWorkbook, lang: "zh" | "en" = "zh") {
  document.body.innerHTML = `<div id="p"></div>`;
  const panel = document.getElementById("p")!;
  const notes: [string, string | undefined][] = [];
  const asked: string[] = [];
  const ctx: AppContext = {
    workbook: wb,
    lang,
    preview: true,
    notify: (m, i) => notes.push([m, i]),
    // Says yes to everything: the refusal must not depend on the user's answer.
    confirm: async (m) => {
      asked.push(m);
      return true;
    },
    workbookChanged: () => undefined,
    onWorkbookChanged: () => () => undefined,
    showView: () => undefined,
  };
  const view = mountTrack(panel, ctx);
  await view.ready();
  return { view, notes, asked };
}

describe("Track output sheet", () => {
  test.each(["跟踪模板", "年度目标", "主要指标"])(
    "output “%s” (template, targets or the source sheet) is refused before anything is written",
    async (output) => {
      const wb = await sample();
      // The add-in's own template and targets sheets, holding what the user typed.
      await wb.writeSheet({
        sheet: "跟踪模板",
        tables: [{ name: "跟踪模板", header: ["指标名称"], rows: [["甲"]] }],
      });
      await wb.writeSheet({
        sheet: "年度目标",
        tables: [{ name: "年度目标", header: ["指标"], rows: [["乙"]] }],
      });
      const before = JSON.stringify(wb.sheetNames().map((n) => wb.getSheet(n).values));
      const { view, notes, asked } = await mount(wb);
      expect(view.elements.sourceSelect.value).toBe("主要指标");
      view.elements.outputInput.value = output;
      await view.run(false);
      expect(asked).toEqual([]);
      expect(notes.at(-1)).toEqual([expect.stringContaining(`不能写入工作表“${output}”`), "warning"]);
      expect(view.elements.result.textContent).toContain("请换一个输出工作表名称");
      expect(JSON.stringify(wb.sheetNames().map((n) => wb.getSheet(n).values))).toBe(before);
    },
  );

  test("an output whose summary sheet would be the source sheet is refused too (English message)", async () => {
    const src = await sample();
    const wb = new MemoryWorkbook([{ name: "数据汇总", values: src.getSheet("主要指标").values }]);
    const { view, notes, asked } = await mount(wb, "en");
    expect(view.elements.sourceSelect.value).toBe("数据汇总");
    view.elements.outputInput.value = "数据";
    await view.run(false);
    expect(asked).toEqual([]);
    expect(notes.at(-1)).toEqual([expect.stringContaining("Cannot write to sheet “数据汇总”"), "warning"]);
    expect(wb.sheetNames()).toEqual(["数据汇总"]);
  });

  test("the box takes at most 29 characters; a longer name is refused before the tracking sheet is written", async () => {
    const wb = await sample();
    const names = wb.sheetNames();
    const { view, notes } = await mount(wb);
    expect(view.elements.outputInput.getAttribute("maxlength")).toBe("29");
    view.elements.outputInput.value = "跟".repeat(31);
    await view.run(false);
    expect(notes.at(-1)).toEqual([expect.stringContaining("最多29个字符"), "warning"]);
    expect(wb.sheetNames()).toEqual(names);
    // 29 characters: both the tracking sheet and its 31-character summary sheet are written.
    view.elements.outputInput.value = "跟".repeat(29);
    await view.run(false);
    expect(notes.at(-1)![1]).toBe("success");
    expect(wb.sheetNames()).toEqual([...names, "跟".repeat(29), `${"跟".repeat(29)}汇总`]);
  });
});
