/** The preview in jsdom: sample loading, grid, sheet tabs, selection, add-in writes, open (good/bad files), save. */
import { startPreview, type XlsxIo } from "../../src/taskpane/preview/preview";
import { MAX_WORKBOOK_BYTES } from "../../src/taskpane/preview/files";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError } from "../../src/workbook/errors";
import type { View } from "../../src/taskpane/context";

const SAMPLE_BYTES = new Uint8Array([0x50, 0x4b, 3, 4, 1]);
const CORRUPT_BYTES = new Uint8Array([0x50, 0x4b, 3, 4, 9]);

function sampleWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook([
    {
      name: "主要指标",
      values: [
        ["指标名称", "单位", "2023年", "增速(%)"],
        ["地区生产总值", "亿元", 1205.3, 6.1],
        ["固定资产投资", "亿元", 412.6, -5.4],
      ],
      formulas: [
        [null, null, null, null],
        [null, null, null, "=IND.GROWTH(C2,1136)"],
        [null, null, null, null],
      ],
      merges: [],
    },
    { name: "旗县市区", values: [["地区"], ["甲旗"]] },
  ]);
}

/** A fake reader/writer: known byte patterns stand for workbooks; anything else is "damaged". */
function fakeXlsx(written: MemoryWorkbook[] = []): XlsxIo {
  return {
    async read(bytes) {
      if (bytes[4] === 1) return sampleWorkbook();
      if (bytes[4] === 2) return new MemoryWorkbook([{ name: "用户表", values: [["x", 1]] }]);
      throw new WorkbookError("wbCorrupt", { detail: "bad zip" });
    },
    async write(wb) {
      written.push(wb);
      return new Uint8Array([0x50, 0x4b, 3, 4, 7]);
    },
  };
}

const okFetch = async () => ({
  ok: true,
  status: 200,
  arrayBuffer: async () => SAMPLE_BYTES.buffer.slice(0) as ArrayBuffer,
});

const noViews: View[] = [{ id: "track", mount: () => undefined }];

function mount(opts: Partial<Parameters<typeof startPreview>[0]> = {}) {
  document.body.innerHTML = `<div id="app"></div>`;
  const root = document.getElementById("app")!;
  return startPreview({ root, lang: "zh", xlsx: fakeXlsx(), fetchFn: okFetch, views: noViews, ...opts });
}

const cell = (addr: string) =>
  document.querySelector(`.ind-grid td[data-addr="${addr}"]`) as HTMLElement | null;
const tabs = () =>
  Array.from(document.querySelectorAll("[data-sheet-tab]")).map((t) => t.getAttribute("data-sheet-tab"));
const flush = () => new Promise((r) => setTimeout(r, 0));
const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer,
});

test("loads the sample, shows its sheets as tabs and the first sheet as a grid", async () => {
  const preview = mount();
  await preview.ready;
  expect(tabs()).toEqual(["主要指标", "旗县市区"]);
  expect(document.querySelector(".ind-grid")!.getAttribute("data-sheet")).toBe("主要指标");
  expect(cell("A2")!.textContent).toBe("地区生产总值");
  expect(cell("C2")!.textContent).toBe("1205.3");
  expect(cell("C2")!.classList.contains("num")).toBe(true);
  expect(cell("D2")!.getAttribute("data-formula")).toBe("=IND.GROWTH(C2,1136)");
  expect(cell("D2")!.getAttribute("title")).toBe("=IND.GROWTH(C2,1136)");
  expect(preview.app.ctx.workbook).toBe(preview.workbook());
  expect(document.querySelector(".ind-badge")!.textContent).toBe("预览模式");
});

test("sheet tabs switch the grid", async () => {
  const preview = mount();
  await preview.ready;
  (document.querySelector('[data-sheet-tab="旗县市区"]') as HTMLElement).click();
  expect(preview.shownSheet()).toBe("旗县市区");
  expect(cell("A2")!.textContent).toBe("甲旗");
  expect(document.querySelector('[data-sheet-tab="旗县市区"]')!.getAttribute("aria-selected")).toBe("true");
});

test("arrow keys on the sheet tabs move between sheets", async () => {
  const preview = mount();
  await preview.ready;
  const bar = document.querySelector(".ind-sheet-tabs")!;
  bar.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(preview.shownSheet()).toBe("旗县市区");
  bar.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(preview.shownSheet()).toBe("旗县市区");
  bar.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
  expect(preview.shownSheet()).toBe("主要指标");
});

test("clicking a cell selects it in the workbook and shows its formula; shift-click extends", async () => {
  const preview = mount();
  await preview.ready;
  cell("D2")!.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
  expect(document.querySelector('[data-role="selection-address"]')!.textContent).toBe("D2");
  expect(document.querySelector('[data-role="selection-content"]')!.textContent).toBe("=IND.GROWTH(C2,1136)");
  cell("B3")!.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, shiftKey: true }));
  const sel = await preview.workbook().readSelection();
  expect(sel).toMatchObject({ sheet: "主要指标", top: 1, left: 1 });
  expect(sel!.values).toEqual([
    ["亿元", 1205.3, 6.1],
    ["亿元", 412.6, -5.4],
  ]);
  expect(document.querySelectorAll("td.sel")).toHaveLength(6);
});

test("arrow keys move the selection", async () => {
  const preview = mount();
  await preview.ready;
  cell("A1")!.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
  const grid = document.querySelector(".ind-grid-wrap")!;
  grid.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
  grid.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  expect(document.querySelector('[data-role="selection-address"]')!.textContent).toBe("B2");
  grid.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
  expect(document.querySelector('[data-role="selection-address"]')!.textContent).toBe("B2:C2");
  expect((await preview.workbook().readSelection())!.values).toEqual([["亿元", 1205.3]]);
});

test("a sheet the add-in writes appears as a marked tab and, when activated, is shown", async () => {
  const preview = mount();
  await preview.ready;
  const result = await preview.app.ctx.workbook.writeSheet({
    sheet: "指标跟踪",
    activate: true,
    tables: [{ name: "跟踪表", header: ["指标", "状态"], rows: [["地区生产总值", "达标"]] }],
  });
  expect(result.status).toBe("written");
  await flush();
  expect(tabs()).toEqual(["主要指标", "旗县市区", "指标跟踪"]);
  const tab = document.querySelector('[data-sheet-tab="指标跟踪"]')!;
  expect(tab.classList.contains("owned")).toBe(true);
  expect(preview.shownSheet()).toBe("指标跟踪");
  expect(document.querySelector(".ind-grid")!.textContent).toContain("达标");
});

test("opening a good file replaces the workbook and says so", async () => {
  const preview = mount();
  await preview.ready;
  const seen: unknown[] = [];
  preview.app.ctx.onWorkbookChanged(() => seen.push(preview.app.ctx.workbook));
  expect(await preview.openFile(file("用户.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 2])))).toBe(true);
  expect(tabs()).toEqual(["用户表"]);
  expect(preview.app.ctx.workbook).toBe(preview.workbook());
  expect(seen).toEqual([preview.workbook()]);
  expect(preview.app.messages.current()).toEqual({
    message: "已打开“用户.xlsx”（1 张工作表）",
    intent: "success",
  });
  expect(document.querySelector(".ind-wb-name")!.textContent).toBe("用户.xlsx");
});

describe("bad files: a clear message, nothing crashes, the sample stays usable", () => {
  test("a damaged .xlsx", async () => {
    const preview = mount();
    await preview.ready;
    const before = preview.workbook();
    expect(await preview.openFile(file("坏.xlsx", CORRUPT_BYTES))).toBe(false);
    const msg = preview.app.messages.current()!;
    expect(msg.intent).toBe("error");
    expect(msg.message).toContain("无法打开“坏.xlsx”");
    expect(msg.message).toContain("工作簿已损坏");
    expect(msg.message).toContain("当前工作簿未改变");
    expect(preview.workbook()).toBe(before);
    expect(tabs()).toEqual(["主要指标", "旗县市区"]);
    (document.querySelector('[data-sheet-tab="旗县市区"]') as HTMLElement).click();
    expect(cell("A2")!.textContent).toBe("甲旗");
  });

  test("not an .xlsx name, too large, empty: refused before reading", async () => {
    const read = jest.fn();
    const preview = mount({ lang: "en", xlsx: { read, write: jest.fn() } });
    await preview.ready; // the sample read failed (read returns undefined) → warning, still ready
    read.mockClear();
    const unread = (name: string, size: number) => ({
      name,
      size,
      arrayBuffer: jest.fn(async () => new ArrayBuffer(0)),
    });
    const csv = unread("data.csv", 10);
    expect(await preview.openFile(csv)).toBe(false);
    expect(preview.app.messages.current()!.message).toBe(
      "“data.csv” is not an .xlsx workbook; choose a file ending in .xlsx",
    );
    const big = unread("big.xlsx", MAX_WORKBOOK_BYTES + 1);
    expect(await preview.openFile(big)).toBe(false);
    expect(preview.app.messages.current()!.message).toContain("too large");
    expect(await preview.openFile(unread("empty.xlsx", 0))).toBe(false);
    expect(preview.app.messages.current()!.message).toBe("“empty.xlsx” is an empty file");
    expect(csv.arrayBuffer).not.toHaveBeenCalled();
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  test("a reader that throws something unexpected is reported too", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const preview = mount({
      xlsx: {
        read: async (b) => {
          if (b[4] === 1) return sampleWorkbook();
          throw new TypeError("x is undefined");
        },
        write: jest.fn(),
      },
    });
    await preview.ready;
    expect(await preview.openFile(file("odd.xlsx", CORRUPT_BYTES))).toBe(false);
    expect(preview.app.messages.current()!.message).toBe(
      "无法打开“odd.xlsx”：x is undefined。当前工作簿未改变",
    );
    expect(tabs()).toEqual(["主要指标", "旗县市区"]);
    warn.mockRestore();
  });
});

test("a missing sample gives a warning and an empty, usable preview", async () => {
  const preview = mount({
    fetchFn: async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }),
  });
  await preview.ready;
  expect(preview.app.messages.current()).toEqual({
    message: "未能载入示例工作簿（HTTP 404），可用“打开工作簿…”打开自己的文件",
    intent: "warning",
  });
  expect(document.querySelector(".ind-grid-empty")!.textContent).toBe("工作簿中没有工作表");
  expect(await preview.openFile(file("用户.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 2])))).toBe(true);
  expect(tabs()).toEqual(["用户表"]);
});

test("save writes the current workbook and hands it over as a marked copy of the opened file", async () => {
  const written: MemoryWorkbook[] = [];
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const preview = mount({
    xlsx: fakeXlsx(written),
    download: (bytes, name) => downloads.push({ bytes, name }),
  });
  await preview.ready;
  expect(await preview.save()).toBe(true);
  expect(written).toEqual([preview.workbook()]);
  expect(downloads[0]!.name).toBe("指标通示例.xlsx");
  expect(Array.from(downloads[0]!.bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  await preview.openFile(file("月报.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 2])));
  await preview.save();
  expect(downloads[1]!.name).toBe("月报-指标通.xlsx");
  expect(preview.app.messages.current()).toEqual({
    message: "已另存为“月报-指标通.xlsx”",
    intent: "success",
  });
});

test("a failing save gives an error message", async () => {
  const preview = mount({
    xlsx: { read: fakeXlsx().read, write: async () => Promise.reject(new Error("disk full")) },
    download: jest.fn(),
  });
  await preview.ready;
  expect(await preview.save()).toBe(false);
  expect(preview.app.messages.current()).toEqual({ message: "另存失败：disk full", intent: "error" });
});

// The real reader (exceljs) on assets/sample.xlsx is exercised by test/browser/shell.test.ts: in jsdom, exceljs
// resolves to its browser ES-module build, which jest does not transform.
