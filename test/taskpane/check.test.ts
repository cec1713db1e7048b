/** The Check view in jsdom, on a workbook built for the 004 template through the in-memory adapter. */
import * as fs from "fs";
import * as path from "path";
import type { AppContext } from "../../src/taskpane/context";
import { mountCheck } from "../../src/taskpane/views/check";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { sheets } from "../fixtures/fill/workbook004";

function setup(lang: "zh" | "en" = "zh") {
  const wb = new MemoryWorkbook(sheets.map((s) => ({ name: s.name, values: s.values })));
  const selected: [string, string][] = [];
  jest.spyOn(wb, "select").mockImplementation(async (sheet: string, address: string) => {
    selected.push([sheet, address]);
  });
  const notes: [string, string | undefined][] = [];
  const ctx: AppContext = {
    workbook: wb,
    lang,
    preview: true,
    notify: (m, i) => notes.push([m, i]),
    confirm: async () => true,
    workbookChanged: () => undefined,
    onWorkbookChanged: () => () => undefined,
    showView: () => undefined,
  };
  document.body.innerHTML = `<div id="p"></div>`;
  const panel = document.getElementById("p")!;
  const view = mountCheck(panel, ctx);
  const q = <T extends Element = HTMLElement>(sel: string) => panel.querySelector(sel) as T;
  return { wb, panel, view, selected, notes, q };
}

describe("Check view", () => {
  test("lists the claims with status colours; clicking a workbook claim selects its cell", async () => {
    const { view, q, panel, selected } = setup();
    q<HTMLTextAreaElement>('[data-check="text"]').value =
      "2022年，全县地区生产总值完成48.6亿元，同比增长6.9%。全县规上工业企业由25家增加到42家，增长68%。";
    await view.run();
    expect(q('[data-check="summary"]').textContent).toBe("共 6 项：一致 2，不一致 1，未找到 3");
    const items = [...panel.querySelectorAll<HTMLElement>(".ind-check-item")];
    expect(items.map((i) => [i.dataset.status, i.dataset.kind, i.dataset.cell ?? null])).toEqual([
      ["agree", "workbook", "2022年指标!C3"],
      ["disagree", "workbook", "2022年指标!D3"],
      ["not_found", "workbook", null],
      ["not_found", "workbook", null],
      ["agree", "growth_vs_levels", null],
      ["not_found", "workbook", null],
    ]);
    expect(items[1]?.textContent).toContain("6.8%");
    items[1]?.click();
    await Promise.resolve();
    expect(selected).toEqual([["2022年指标", "D3"]]);
  });

  test("fills a template, highlights the filled numbers and lists the slots left", async () => {
    const { view, q, panel, selected } = setup();
    (q('[data-check="mode-fill"]') as HTMLButtonElement).click();
    q<HTMLTextAreaElement>('[data-check="text"]').value = fs.readFileSync(
      path.join(__dirname, "../fixtures/check/004_30631a15f41f696c.txt"),
      "utf8",
    );
    q<HTMLInputElement>('[data-check="period"]').value = "2022";
    await view.run();
    expect(q('[data-check="summary"]').textContent).toBe("共 84 个空：已填 49，保留 35");
    const marks = [...panel.querySelectorAll<HTMLElement>('[data-check="filled"] mark')];
    expect(marks).toHaveLength(49);
    expect(marks.map((m) => m.textContent)).toContain("41236");
    expect(panel.querySelectorAll('[data-check="left"] li')).toHaveLength(35);
    expect(q('[data-check="filled"]').textContent).toContain("分别完成41236元和17508元");
    marks.find((m) => m.textContent === "41236")?.click();
    await Promise.resolve();
    expect(selected).toEqual([["2022年指标", "C22"]]);
    expect(q('[data-check="copy"]').hasAttribute("hidden")).toBe(false);
  });

  test("asks for text when empty; English strings", async () => {
    const { view, q } = setup("en");
    await view.run();
    expect(q('[data-check="summary"]').textContent).toBe("Paste a text or open a file first");
    expect(q('[data-check="run"]').textContent).toBe("Check");
    q<HTMLTextAreaElement>('[data-check="text"]').value = "2022年，年末常住人口12.3万人。";
    await view.run();
    expect(q(".ind-check-item")?.textContent).toContain("Not in the workbook: “常住人口”, level");
  });
});
