/**
 * Message catalog: every user-facing failure message, in Chinese and English. Keys are stable; texts are
 * short sentences without a final full stop. `{name}` placeholders are filled from the error's params.
 */
export type Lang = "zh" | "en";

export const messages = {
  notNumber: { zh: "需要数值，但得到“{got}”", en: "Expected a number but got “{got}”" },
  errorInput: { zh: "输入含错误值 {got}", en: "The input contains the error value {got}" },
  notFinite: { zh: "数值无效（非有限数）", en: "The number is not finite" },
  shapeMismatch: {
    zh: "区域大小不一致：{a} 与 {b}",
    en: "Ranges differ in size: {a} and {b}",
  },
  emptyInput: { zh: "输入为空", en: "The input is empty" },
  zeroBase: { zh: "基期为0，不计算增速", en: "The base is zero; no growth rate is computed" },
  negativeBase: { zh: "基期为负，不计算增速", en: "The base is negative; no growth rate is computed" },
  internal: { zh: "计算出错：{detail}", en: "Calculation failed: {detail}" },
  // Workbook layer (src/workbook): sheets, tables, files.
  wbSheetNotFound: { zh: "找不到工作表“{sheet}”", en: "There is no sheet named “{sheet}”" },
  wbTableNotFound: { zh: "找不到表格“{name}”", en: "There is no table named “{name}”" },
  wbBadSheetName: {
    zh: "工作表名称无效：“{name}”（1–31个字符，不能含 : \\ / ? * [ ]，首尾不能是单引号）",
    en: "Invalid sheet name “{name}” (1–31 characters, none of : \\ / ? * [ ], no quote at either end)",
  },
  wbBadTableName: { zh: "表格名称无效：“{name}”", en: "Invalid table name “{name}”" },
  wbPivotSource: {
    zh: "找不到汇总的源表格“{table}”",
    en: "The summary's source table “{table}” does not exist",
  },
  wbPivotField: {
    zh: "汇总字段“{field}”不在表格“{table}”的标题中",
    en: "The summary field “{field}” is not a header of table “{table}”",
  },
  wbEmptyFile: { zh: "文件为空", en: "The file is empty" },
  wbTooLarge: {
    zh: "文件过大（{size} MB），上限为 {limit} MB",
    en: "The file is too large ({size} MB); the limit is {limit} MB",
  },
  wbLegacyXls: {
    zh: "这是旧版 .xls 工作簿，请在 Excel 中另存为 .xlsx 后再打开",
    en: "This is a legacy .xls workbook; save it as .xlsx in Excel and open that",
  },
  wbTextNotXlsx: {
    zh: "这是文本（CSV 等）文件，不是 .xlsx 工作簿",
    en: "This is a text (CSV or similar) file, not an .xlsx workbook",
  },
  wbNotXlsx: { zh: "文件不是 .xlsx 工作簿", en: "The file is not an .xlsx workbook" },
  wbCorrupt: {
    zh: "工作簿已损坏，无法读取（{detail}）",
    en: "The workbook is damaged and cannot be read ({detail})",
  },
  wbNotDocx: { zh: "文件不是 .docx 文档", en: "The file is not a .docx document" },
  wbChartOnlyInExcel: {
    zh: "图表“{title}”只在 Excel 中由加载项生成，此文件保存的是图表数据（{range}）",
    en: "The chart “{title}” is created only in Excel by the add-in; this file keeps its data ({range})",
  },
  wbOfficeFailed: { zh: "Excel 操作失败：{detail}", en: "The Excel operation failed: {detail}" },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

/** Fill a message in the given language. Unknown placeholders are left as written. */
export function formatMessage(
  key: MessageKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
