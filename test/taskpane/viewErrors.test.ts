/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** Workbook failures reach the user in the pane's language, as catalog text, never "WorkbookError: …". */
import type { AppContext } from "../../src/taskpane/context";
import { mountCheck } from "../../src/taskpane/views/check";
import { mountRead } from "../../src/taskpane/views/read";
import { mountTrack } from "../../src/taskpane/views/track";
import { mountWrite } from "../../src/taskpane/views/write";
import { WorkbookError } from "../../src/workbook/errors";
import { MemoryWorkbook } from "../../src/workbook/memory";

const EN = "There is no sheet named “X”";
const ZH = "找不到工作表“X”";

function setup(lang: "zh" | "en") {
  const wb = new MemoryWorkbook([{ name: "Sheet1", values: [["我的数据", 1]] }]);
  const notes: [string, string | undefined][] = [];
  const listeners = new Set<() => void>();
  const ctx: AppContext = {
    workbook: wb,
    lang,
    preview: true,
    notify: (m, i) => notes.push([m, i]),
    confirm: async () => true,
    workbookChanged: () => listeners.forEach((l) => l()),
    onWorkbookChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    showView: () => undefined,
  };
  document.body.innerHTML = `<div id="p"></div>`;
  const panel = document.getElementById("p")!;
  const fail = () => Promise.reject(new WorkbookError("wbSheetNotFound", { sheet: "X" }));
  return { wb, ctx, panel, notes, fail };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

test("Check view in English shows an English workbook error", async () => {
  const { wb, ctx, panel, notes, fail } = setup("en");
  const view = mountCheck(panel, ctx);
  jest.spyOn(wb, "readSheet").mockImplementation(fail);
  (panel.querySelector('[data-check="text"]') as HTMLTextAreaElement).value = "地区生产总值增长6.9%。";
  await view.run();
  expect(notes.at(-1)).toEqual([EN, "error"]);
});

test("Write view in Chinese shows the Chinese workbook error, not its English message", async () => {
  const { wb, ctx, panel, notes, fail } = setup("zh");
  jest.spyOn(wb, "listSheets").mockImplementation(fail);
  const view = mountWrite(panel, ctx);
  await view.refresh();
  expect(notes.at(-1)?.[0]).toContain(ZH);
  expect(notes.at(-1)?.[0]).not.toContain("There is no sheet");
});

test("Read view in Chinese: a failed write says so in Chinese", async () => {
  const { wb, ctx, panel, notes, fail } = setup("zh");
  jest.spyOn(wb, "writeSheet").mockImplementation(fail);
  const view = mountRead(panel, ctx);
  await view.extract("2024年，全县地区生产总值完成48.6亿元，同比增长6.9%。");
  panel.querySelector('[data-read="insert"]')!.dispatchEvent(new Event("click"));
  await settle();
  expect(notes.at(-1)?.[0]).toContain(ZH);
  expect(notes.at(-1)?.[0]).not.toContain("There is no sheet");
});

test("Track view: errors show the catalog text (no “WorkbookError:”), and a failed refresh after a workbook change is reported", async () => {
  const { wb, ctx, panel, notes, fail } = setup("zh");
  const view = mountTrack(panel, ctx);
  await view.ready();
  jest.spyOn(wb, "listSheets").mockImplementation(fail);
  ctx.workbookChanged();
  await settle();
  await view.ready();
  expect(notes.at(-1)).toEqual([expect.stringContaining(ZH), "error"]);
  expect(notes.at(-1)?.[0]).not.toContain("WorkbookError");
});
