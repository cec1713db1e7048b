/** Strings of the Write view, Chinese first. */
import type { UiLang } from "../context";

const zh = {
  title: "撰写",
  summary:
    "根据工作簿中的数据起草规范的分析语句和段落（增长/下降/持平、百分点、位次、并列、预期目标、序时进度），可复制，或插入单元格、写入新工作表。",
  source: "数据来源",
  sourceWorkbook: "工作簿（自动识别指标表和旗县市区表）",
  sourceSelection: "当前选中的区域",
  load: "读取数据",
  period: "时期",
  subject: "写谁",
  subjectOwn: "本级指标",
  subjectRegion: "地区：{name}",
  regionLabel: "主语（地区称谓）",
  regionPlaceholder: "如：全旗、全盟；可留空",
  scope: "比较范围",
  scopePlaceholder: "如：全盟",
  indicators: "指标",
  all: "全选",
  none: "全不选",
  paragraph: "段落",
  copy: "复制",
  insertCell: "插入到选中单元格",
  newSheet: "写入新工作表",
  copied: "已复制到剪贴板",
  copyManual: "浏览器不允许直接复制：文字已选中，请按 Ctrl+C",
  inserted: "已写入 {sheet}!{addr}",
  insertNoSelection: "请先在工作表中选中一个单元格",
  insertNotEmpty: "单元格 {sheet}!{addr} 不是空的。要用这段文字覆盖它吗？",
  insertCancelled: "未写入：单元格内容保持不变",
  sheetName: "分析文字",
  sheetWritten: "已写入工作表“{sheet}”",
  sheetConflict: "工作表“{sheet}”不是本加载项创建的。要替换它吗？",
  sheetCancelled: "未写入：工作表“{sheet}”保持不变",
  sheetTitle: "{period}分析文字（指标通生成，请核对后使用）",
  sheetHeader: ["序号", "语句"],
  noData: "没有找到可识别的指标表：请先打开含指标名称、单位和各期数值的工作表，或选中这样的区域。",
  noSelection: "当前没有选中区域。",
  noRows: "所选指标在这一时期没有数据。",
  skipped: "未成句：{name}（{reason}）",
  sample: "注意：工作簿标注为“示例数据”，生成的文字仅作演示。",
  failed: "操作失败：{detail}",
  loading: "正在读取…",
};

export type WriteStrings = typeof zh;

const en: WriteStrings = {
  title: "Write",
  summary:
    "Draft the standard analysis sentences and paragraph from the workbook (rises and falls, percentage points, ranks and ties, targets, time progress); copy them, or insert them into a cell or a new sheet.",
  source: "Data source",
  sourceWorkbook: "Workbook (indicator table and peer table found automatically)",
  sourceSelection: "The selected range",
  load: "Read data",
  period: "Period",
  subject: "Write about",
  subjectOwn: "Own indicators",
  subjectRegion: "Region: {name}",
  regionLabel: "Subject (region name)",
  regionPlaceholder: "e.g. 全旗, 全盟; may be empty",
  scope: "Peer group",
  scopePlaceholder: "e.g. 全盟",
  indicators: "Indicators",
  all: "All",
  none: "None",
  paragraph: "Paragraph",
  copy: "Copy",
  insertCell: "Insert into the selected cell",
  newSheet: "Write to a new sheet",
  copied: "Copied to the clipboard",
  copyManual: "The browser does not allow copying here: the text is selected, press Ctrl+C",
  inserted: "Written to {sheet}!{addr}",
  insertNoSelection: "Select a cell in the sheet first",
  insertNotEmpty: "Cell {sheet}!{addr} is not empty. Replace its content with this text?",
  insertCancelled: "Nothing written: the cell is unchanged",
  sheetName: "分析文字",
  sheetWritten: "Written to the sheet “{sheet}”",
  sheetConflict: "The sheet “{sheet}” was not created by the add-in. Replace it?",
  sheetCancelled: "Nothing written: the sheet “{sheet}” is unchanged",
  sheetTitle: "{period} analysis text (drafted by Indicator Tracker; check before use)",
  sheetHeader: ["No.", "Sentence"],
  noData:
    "No indicator table was recognised: open a sheet with indicator names, units and values per period, or select such a range.",
  noSelection: "Nothing is selected.",
  noRows: "The chosen indicators have no data for this period.",
  skipped: "Not written: {name} ({reason})",
  sample: "Note: the workbook is marked 示例数据 (sample data); the text is for demonstration only.",
  failed: "The operation failed: {detail}",
  loading: "Reading…",
};

export const writeStrings: Record<UiLang, WriteStrings> = { zh, en };

/** Fill `{name}` placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
