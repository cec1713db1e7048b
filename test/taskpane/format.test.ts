import { displayValue, general } from "../../src/taskpane/preview/format";
import { checkWorkbookFile, MAX_WORKBOOK_BYTES, saveName } from "../../src/taskpane/preview/files";

describe("displayValue", () => {
  test("blank, text, booleans", () => {
    expect(displayValue(null)).toBe("");
    expect(displayValue("增长6%左右")).toBe("增长6%左右");
    expect(displayValue(true)).toBe("TRUE");
    expect(displayValue(false, "0.0")).toBe("FALSE");
  });
  test("fixed formats round half away from zero and never show -0", () => {
    expect(displayValue(2.25, "0.0")).toBe("2.3");
    expect(displayValue(-2.25, "0.0")).toBe("-2.3");
    expect(displayValue(-0.04, "0.0")).toBe("0.0");
    expect(displayValue(1205.345, "0.00")).toBe("1205.35");
    expect(displayValue(7, "0")).toBe("7");
  });
  test("thousands separators and percent", () => {
    expect(displayValue(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(displayValue(-1234.5, "#,##0")).toBe("-1,235");
    expect(displayValue(0.0615, "0.0%")).toBe("6.2%");
  });
  test("text format shows the raw number", () => {
    expect(displayValue(6.1, "@")).toBe("6.1");
  });
  test("General: up to 11 significant digits, binary noise removed", () => {
    expect(displayValue(0.1 + 0.2)).toBe("0.3");
    expect(displayValue(1205.3)).toBe("1205.3");
    expect(displayValue(-0)).toBe("0");
    expect(general(123456789012)).toBe("1.23457E+11");
    expect(general(1e-12)).toBe("1E-12");
  });
  test("an unknown format falls back to General", () => {
    expect(displayValue(3.14159, 'yyyy"年"m"月"')).toBe("3.14159");
  });
});

describe("checkWorkbookFile", () => {
  test("accepts an .xlsx within the limit", () => {
    expect(checkWorkbookFile({ name: "数据.XLSX", size: 1000 }, "zh")).toBeNull();
  });
  test("rejects other extensions, legacy .xls, empty and too large files with a message naming the file", () => {
    expect(checkWorkbookFile({ name: "a.csv", size: 10 }, "zh")).toContain("“a.csv”不是 .xlsx 工作簿");
    expect(checkWorkbookFile({ name: "old.xls", size: 10 }, "zh")).toContain("另存为 .xlsx");
    expect(checkWorkbookFile({ name: "e.xlsx", size: 0 }, "en")).toBe("“e.xlsx” is an empty file");
    const big = checkWorkbookFile({ name: "big.xlsx", size: MAX_WORKBOOK_BYTES + 1 }, "en");
    expect(big).toContain("too large");
    expect(big).toContain("30 MB");
  });
});

test("saveName marks a copy of the opened file (never its own name), defaults to the sample's, strips unsafe characters", () => {
  expect(saveName("月报.xlsx", "zh")).toBe("月报-指标通.xlsx");
  expect(saveName("report.xlsx", "en")).toBe("report-indicator-tracker.xlsx");
  expect(saveName(null, "zh")).toBe("指标通示例.xlsx");
  expect(saveName(null, "en")).toBe("indicator-tracker-sample.xlsx");
  expect(saveName("a/b:c*.xlsx", "en")).toBe("a_b_c_-indicator-tracker.xlsx");
});
