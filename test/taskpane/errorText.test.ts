/** Errors shown in the pane are in the user's language: catalog text for our errors, never "WorkbookError: …". */
import { errorText } from "../../src/taskpane/errorText";
import { readFileText } from "../../src/taskpane/read/file";
import { WorkbookError } from "../../src/workbook/errors";

test("a WorkbookError shows its catalog text in the pane's language", () => {
  const e = new WorkbookError("wbSheetNotFound", { sheet: "数据" });
  expect(errorText(e, "zh")).toBe("找不到工作表“数据”");
  expect(errorText(e, "en")).toBe("There is no sheet named “数据”");
  expect(errorText(new Error("boom"), "zh")).toBe("boom");
  expect(errorText("x", "en")).toBe("x");
});

test("a file in no known text encoding: the message is in the user's language", async () => {
  // Invalid as UTF-8, UTF-16 (odd length) and GB18030 (0xFF is never a lead byte).
  const blob = { name: "a.txt", arrayBuffer: async () => new Uint8Array([0xff, 0xff, 0xff]).buffer };
  const zh = await readFileText(blob as unknown as Blob, "zh");
  const en = await readFileText(blob as unknown as Blob, "en");
  expect(zh).toEqual({ ok: false, detail: "无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030 文本）" });
  expect(en).toEqual({ ok: false, detail: "The file is not UTF-8, UTF-16 or GB18030 text" });
});
