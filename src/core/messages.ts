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
  unknownUnit: { zh: "不认识的单位“{unit}”", en: "Unknown unit “{unit}”" },
  unitMismatch: {
    zh: "单位不能换算：{a} 与 {b} 不是同类单位",
    en: "Cannot convert: {a} and {b} are different kinds of unit",
  },
  notQuantity: { zh: "读不出数量：“{got}”", en: "No quantity could be read from “{got}”" },
  notTarget: { zh: "读不出目标：“{got}”", en: "No target could be read from “{got}”" },
  notPeriod: { zh: "读不出时期：“{got}”", en: "No period could be read from “{got}”" },
  badOption: {
    zh: "参数 {name} 的取值“{got}”无效，可用：{allowed}",
    en: "Invalid value “{got}” for {name}; allowed: {allowed}",
  },
  outOfRange: {
    zh: "参数 {name} 超出范围：{got}（应为 {range}）",
    en: "{name} is out of range: {got} (expected {range})",
  },
  noPeers: { zh: "比较范围内没有可比的数值", en: "There are no comparable values among the peers" },
  notInPeers: { zh: "数值 {got} 不在比较范围内", en: "The value {got} is not among the peers" },
  noRoot: { zh: "无法求出平均发展速度（{detail}）", en: "No average growth rate exists ({detail})" },
  negativeLevel: {
    zh: "水平值须为正数才能计算年均增速：{got}",
    en: "Levels must be positive to compute an average growth rate: {got}",
  },
  rateTooLow: {
    zh: "增速不能低于−100%：{got}",
    en: "A growth rate cannot be below −100%: {got}",
  },
  zeroDenominator: { zh: "分母为0：{name}", en: "The denominator is zero: {name}" },
  weightRange: {
    zh: "权重须大于0且小于1：{got}",
    en: "The weight must be greater than 0 and less than 1: {got}",
  },
  negativeTarget: {
    zh: "目标为负数，完成程度没有标准算法：{got}",
    en: "The target is negative; completion has no standard definition: {got}",
  },
  mixedSignFall: {
    zh: "下降的实际与目标须同号（都写成正数或都写成负数）：实际 {actual}，目标 {target}",
    en: "For a decrease the actual and the target must have the same sign (both positive or both negative): actual {actual}, target {target}",
  },
  noRemainder: {
    zh: "上年剩余月份的基数不为正（上年全年 {full} − 上年同期 {done}），不计算剩余月份所需增速",
    en: "The prior year's remaining-months base is not positive (full year {full} − same period {done}); no growth needed is computed",
  },
  fallBelow100: {
    zh: "下降幅度不可能超过100%：{got}",
    en: "A fall cannot exceed 100%: {got}",
  },
  missingPrevious: {
    zh: "第{at}期之前的累计值为空，无法求当期值",
    en: "The cumulative value before position {at} is blank; the single-period value cannot be derived",
  },
  gapInSeries: {
    zh: "数列第{at}个值为空（只允许末尾留空）",
    en: "Value {at} of the series is blank (only trailing blanks are allowed)",
  },
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
  wbBadAddress: { zh: "单元格地址无效：“{address}”", en: "Invalid cell address “{address}”" },
  wbOfficeFailed: { zh: "Excel 操作失败：{detail}", en: "The Excel operation failed: {detail}" },
  wbSheetExists: { zh: "工作表“{sheet}”已存在", en: "A sheet named “{sheet}” already exists" },
  // wording (src/core/wording, IND.FORMAT/COMPARE/RANK_TEXT/RANK_CHANGE/PHRASE)
  wordingDigits: {
    zh: "小数位数应为0到6的整数，但得到“{got}”",
    en: "Decimals must be a whole number from 0 to 6, not “{got}”",
  },
  wordingRank: {
    zh: "位次应为正整数，但得到“{got}”",
    en: "A rank must be a whole number of at least 1, not “{got}”",
  },
  wordingTolerance: { zh: "容差不能为负：“{got}”", en: "The tolerance cannot be negative: “{got}”" },
  wordingCompletion: { zh: "完成进度不能为负：“{got}”", en: "Completion cannot be negative: “{got}”" },
  wordingProgress: {
    zh: "序时进度应在0到100之间：“{got}”",
    en: "Time progress must be between 0 and 100: “{got}”",
  },
  wordingOption: {
    zh: "无法识别的选项“{got}”，可用：{allowed}",
    en: "Unknown option “{got}”; use one of: {allowed}",
  },
  wordingNeedsText: { zh: "{what}需要文字，但得到“{got}”", en: "{what} must be text, not “{got}”" },
  wordingNoPeers: { zh: "比较范围内没有数值", en: "The peer range holds no numbers" },
  /** IND.RANK_TEXT's result for a text value (a status word such as 扭亏, or any other text), as IND.RANK. */
  notRanked: { zh: "不参与排位", en: "not ranked" },
  wordingNeedsFigure: {
    zh: "“{what}”需要总量或增速才能成句",
    en: "“{what}” needs a level or a growth rate to make a sentence",
  },
  wordingMonths: {
    zh: "累计月数应为1到12的整数，但得到“{got}”",
    en: "The cumulative months must be a whole number from 1 to 12, not “{got}”",
  },
  wordingNoRows: { zh: "没有可成文的指标行", en: "No indicator rows to write" },
  extractUnknownColumn: {
    zh: "未知的列“{got}”，可用的列：{list}",
    en: "Unknown column “{got}”; available columns: {list}",
  },
  extractNeedsText: { zh: "需要报告文字，但得到“{got}”", en: "Expected report text but got “{got}”" },
  chkNotFound: {
    zh: "工作簿中未找到“{indicator}”的{metric}{scope}{period}",
    en: "Not in the workbook: “{indicator}”, {metricEn}{scope}{period}",
  },
  chkAmbiguous: {
    zh: "工作簿中有 {count} 个可能对应的单元格（{cells}），无法确定时期或范围",
    en: "{count} workbook cells could match ({cells}); the period or scope is unclear",
  },
  fillNotIndicator: {
    zh: "不是指标数值（序号、名称、日期或无单位）",
    en: "Not an indicator figure (an ordinal, a name, a date, or no unit)",
  },
  fillStructurePeriod: {
    zh: "与前一结构时期相同（文中未写明报告期年份），不能区分基期和报告期",
    en: "Same period as the structure before it (the text gives no year): base and report period cannot be told apart",
  },
  fillListedCount: {
    zh: "前文列举的项数（{count}项），不取自工作簿",
    en: "Counts the {count} items listed in the text; not taken from the workbook",
  },
  fillPeerGroup: {
    zh: "参与排名的地区数（排名的比较范围），不是指标",
    en: "The number of regions ranked (the rank's peer group), not an indicator",
  },
  fillNoSubject: { zh: "无法确定该空所指的指标", en: "Cannot tell which indicator this slot is about" },
  fillThreshold: {
    zh: "“{qualifier}”后的数是写作者取的整数门槛，不直接取工作簿数值",
    en: "The number after “{qualifier}” is a round threshold chosen by the writer, not the workbook figure",
  },
  fillPairMismatch: {
    zh: "“分别”后的空数（{slots}）与指标数（{names}）不一致",
    en: "分别 pairs: {slots} slots but {names} indicators",
  },
  fillAmbiguous: {
    zh: "工作簿中有多个不同的值：{cells}",
    en: "Several different values in the workbook: {cells}",
  },
  fillUnitMismatch: { zh: "单位不能换算：{from} → {to}", en: "Units do not convert: {from} → {to}" },
  fillSharedDiffers: { zh: "一个空对应多个值：{values}", en: "One slot (均), several values: {values}" },
  fillSignMismatch: {
    zh: "措辞为下降/低于，但工作簿值为正（{cell}）",
    en: "The wording says a decline, but the workbook value is positive ({cell})",
  },
  trackNoHeader: {
    zh: "没有找到含“指标名称”或“指标”的表头行：请选中指标表（含表头）或从模板开始",
    en: "No header row with an indicator-name column was found: select the indicator table with its header, or start from the template",
  },
  trackNoNameColumn: {
    zh: "没有找到指标名称列：请把一列设为“指标名称”",
    en: "No indicator-name column: set one column to “Indicator”",
  },
  trackNoValueColumns: {
    zh: "没有找到数值列（本年累计、1-N月或增速）：请设置各列的含义",
    en: "No value columns (cumulative, 1-N months or growth): set what each column holds",
  },
  trackNoRows: { zh: "表中没有指标行", en: "The table has no indicator rows" },
  trackOutputReserved: {
    zh: "不能写入工作表“{sheet}”：它保存着您的数据（模板、年度目标或源数据），请换一个输出工作表名称",
    en: "Cannot write to sheet “{sheet}”: it holds your data (template, targets or source); choose another output sheet name",
  },
  trackOutputTooLong: {
    zh: "输出工作表名称“{sheet}”太长：最多{max}个字符（还要留出“汇总”工作表的名称）",
    en: "Output sheet name “{sheet}” is too long: at most {max} characters (room is needed for the “汇总” summary sheet)",
  },
  readFileEncoding: {
    zh: "无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030 文本）",
    en: "The file is not UTF-8, UTF-16 or GB18030 text",
  },
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
