/**
 * @jest-environment node
 */
/**
 * The Write view's data and output steps over the in-memory workbook (no Office): loading and drafting from the
 * sample workbook, a selection source, and the two "nothing lost" paths (a non-empty cell and a foreign sheet
 * are replaced only after the user says yes).
 */
import * as fs from "fs";
import * as path from "path";
import { isIndicatorError } from "../../src/core/errors";
import type { AppContext } from "../../src/taskpane/context";
import { draft, loadWriteData, type WriteData } from "../../src/taskpane/write/model";
import { insertIntoSelectedCell, writeToNewSheet } from "../../src/taskpane/write/output";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx } from "../../src/workbook/xlsx";

async function sample(): Promise<MemoryWorkbook> {
  return readXlsx(new Uint8Array(fs.readFileSync(path.join(__dirname, "../../assets/sample.xlsx"))));
}

function fakeCtx(
  workbook: MemoryWorkbook,
  answer: boolean,
): AppContext & { asked: string[]; changed: number } {
  const asked: string[] = [];
  const ctx = {
    workbook,
    lang: "zh" as const,
    preview: true,
    asked,
    changed: 0,
    notify: () => undefined,
    confirm: async (m: string) => {
      asked.push(m);
      return answer;
    },
    workbookChanged: () => {
      ctx.changed++;
    },
    onWorkbookChanged: () => () => undefined,
    showView: () => undefined,
  };
  return ctx;
}

describe("Write model over the sample workbook", () => {
  it("lists periods and regions and drafts the league's paragraph at the latest period", async () => {
    const data = (await loadWriteData(await sample(), "workbook")) as WriteData;
    expect(data.periods[data.periods.length - 1]).toBe(10);
    expect(data.regions).toContain("锡林浩特市");
    expect(data.referenceName).toBe("全盟");
    const d = draft(data, { months: 10, region: null, regionLabel: "全盟", scope: "全盟" });
    if (isIndicatorError(d.result)) throw new Error("no paragraph");
    expect(d.result.text.startsWith("1-9月，全盟地区生产总值")).toBe(true);
    expect(d.available).toContain("规上工业增加值");
  });
  it("writes periods in NBS style or with quarter names when asked", async () => {
    const data = (await loadWriteData(await sample(), "workbook")) as WriteData;
    const nbs = draft(data, {
      months: 10,
      region: null,
      regionLabel: "全盟",
      scope: "",
      period: { style: "nbs" },
    });
    const named = draft(data, {
      months: 10,
      region: null,
      regionLabel: "全盟",
      scope: "",
      period: { named: true },
    });
    if (isIndicatorError(nbs.result) || isIndicatorError(named.result)) throw new Error("no paragraph");
    expect(nbs.result.text.startsWith("1—9月份，全盟地区生产总值")).toBe(true);
    expect(nbs.result.text).toContain("增速比1—9月份");
    expect(named.result.text.startsWith("前三季度，全盟地区生产总值")).toBe(true);
  });
  it("uses the Track view's remembered period", async () => {
    const wb = await sample();
    await wb.setSetting("ind.track", { source: "主要指标", months: 6 });
    const data = (await loadWriteData(wb, "workbook")) as WriteData;
    expect(data.preferredMonths).toBe(6);
  });
  it("selection source: nothing selected, then a range that holds no indicator table", async () => {
    const wb = new MemoryWorkbook([{ name: "表", values: [["指标", "单位"]] }]);
    expect(await loadWriteData(wb, "selection")).toBe("noSelection");
    await wb.select("表", "A1:B1");
    expect(await loadWriteData(wb, "selection")).toBe(null);
    const empty = new MemoryWorkbook([]);
    expect(await loadWriteData(empty, "selection")).toBe("noSelection");
  });
});

describe("Write model, selection source", () => {
  it("a selected indicator table is analysed on its own", async () => {
    const wb = await sample();
    await wb.select("主要指标", "A1:AG15");
    const data = (await loadWriteData(wb, "selection")) as WriteData;
    expect(data.periods).toContain(10);
    expect(data.regions).toEqual([]);
    const d = draft(data, { months: 10, region: null, regionLabel: "", scope: "" });
    if (isIndicatorError(d.result)) throw new Error("no paragraph");
    expect(d.result.text).toContain("规上工业增加值同比增长7.2%");
  });
});

describe("Write output: nothing lost", () => {
  const text = "1-10月，全盟规上工业增加值同比增长7.2%。";
  it("fills an empty selected cell without asking", async () => {
    const wb = new MemoryWorkbook([{ name: "S", values: [["a", null]] }]);
    await wb.select("S", "B1");
    const ctx = fakeCtx(wb, false);
    const r = await insertIntoSelectedCell(ctx, text);
    expect(r.ok).toBe(true);
    expect(ctx.asked).toEqual([]);
    expect((await wb.readSheet("S")).values[0]?.[1]).toBe(text);
  });
  it("asks before replacing a non-empty cell; no means unchanged, yes means replaced", async () => {
    const wb = new MemoryWorkbook([{ name: "S", values: [["我的内容"]] }]);
    await wb.select("S", "A1");
    const no = fakeCtx(wb, false);
    expect((await insertIntoSelectedCell(no, text)).ok).toBe(false);
    expect(no.asked[0]).toContain("S!A1");
    expect((await wb.readSheet("S")).values[0]?.[0]).toBe("我的内容");
    const yes = fakeCtx(wb, true);
    expect((await insertIntoSelectedCell(yes, text)).ok).toBe(true);
    expect((await wb.readSheet("S")).values[0]?.[0]).toBe(text);
  });
  it("writes the add-in's own sheet 分析文字, and asks before replacing a foreign sheet of that name", async () => {
    const paragraph = { text, sentences: [{ row: 0, text: text.slice(0, -1) }], skipped: [] };
    const wb = new MemoryWorkbook([{ name: "分析文字", values: [["用户自己的表"]] }]);
    const no = fakeCtx(wb, false);
    expect((await writeToNewSheet(no, paragraph, "1-10月")).ok).toBe(false);
    expect((await wb.readSheet("分析文字")).values[0]?.[0]).toBe("用户自己的表");
    const yes = fakeCtx(wb, true);
    expect((await writeToNewSheet(yes, paragraph, "1-10月")).ok).toBe(true);
    const cells = (await wb.readSheet("分析文字")).values.flat();
    expect(cells).toContain(text);
    expect(cells).toContain(`${text.slice(0, -1)}。`);
    // now it is ours: writing again does not ask
    const again = fakeCtx(wb, false);
    expect((await writeToNewSheet(again, paragraph, "1-10月")).ok).toBe(true);
    expect(again.asked).toEqual([]);
  });
});
