/** Texts of the Read view, Chinese first. `{name}` placeholders are filled by `fmt`. */
import type { UiLang } from "../context";

export interface ReadStrings {
  title: string;
  summary: string;
  inputLabel: string;
  placeholder: string;
  openFile: string;
  extract: string;
  clear: string;
  reading: string;
  progress: string;
  found: string;
  foundTargets: string;
  none: string;
  fileFailed: string;
  fileEmpty: string;
  loaded: string;
  selectAll: string;
  selectNone: string;
  insert: string;
  importTargets: string;
  source: string;
  sourceHint: string;
  shown: string;
  showAll: string;
  inserted: string;
  nothingSelected: string;
  noTargets: string;
  targetsWritten: string;
  targetsReplace: string;
  targetsConflict: string;
  cancelled: string;
  failed: string;
  sheetTitle: string;
  targetsTitle: string;
  openTrack: string;
  col: {
    use: string;
    indicator: string;
    kind: string;
    metric: string;
    value: string;
    unit: string;
    qualifier: string;
    scope: string;
    quote: string;
  };
  targetHeader: string[];
}

export const readStrings: Record<UiLang, ReadStrings> = {
  zh: {
    title: "读取",
    summary:
      "从报告文字中提取指标记录（指标、数值、单位、增速、位次、目标），每条记录都保留原文出处。支持繁体、网页复制文字、全角数字和中文数字。",
    inputLabel: "报告文字",
    placeholder: "在此粘贴报告文字，或打开 .txt / .docx 文件",
    openFile: "打开文件",
    extract: "提取",
    clear: "清空",
    reading: "正在读取…",
    progress: "正在读取… {pct}%",
    found: "共提取 {n} 条记录",
    foundTargets: "，其中目标 {t} 条",
    none: "没有找到指标表述",
    fileFailed: "无法读取文件“{name}”：{detail}",
    fileEmpty: "文件“{name}”中没有文字",
    loaded: "已载入“{name}”",
    selectAll: "全选",
    selectNone: "全不选",
    insert: "插入表格",
    importTargets: "导入目标",
    source: "原文出处",
    sourceHint: "点击一行查看原文出处",
    shown: "显示前 {shown} 条，共 {n} 条；插入表格时包含全部勾选的记录",
    showAll: "显示全部",
    inserted: "已把 {n} 条记录写入新工作表“{sheet}”",
    nothingSelected: "没有勾选的记录",
    noTargets: "勾选的记录中没有目标（如“主要预期目标”段落中的指标）",
    targetsWritten: "已把 {n} 条目标写入“{sheet}”表，跟踪视图会从该表读取年度目标",
    targetsReplace: "“{sheet}”表已存在。用本次读取的 {n} 条目标替换其内容吗？",
    targetsConflict: "工作簿中已有一个不是本加载项创建的“{sheet}”表。替换它吗？",
    cancelled: "已取消，工作簿未改动",
    failed: "操作失败：{detail}",
    sheetTitle: "读取结果：{source}（{n} 条，{date}）",
    targetsTitle: "年度目标（由“读取”从报告文字导入；可直接修改）",
    openTrack: "去跟踪",
    col: {
      use: "选用",
      indicator: "指标",
      kind: "类别",
      metric: "口径",
      value: "数值",
      unit: "单位",
      qualifier: "限定",
      scope: "范围",
      quote: "原文",
    },
    targetHeader: ["指标", "目标值", "限定词", "方向", "单位", "口径", "时期", "原文"],
  },
  en: {
    title: "Read",
    summary:
      "Extract indicator records (indicator, value, unit, growth, rank, target) from report text, keeping the source clause of each. Traditional script, copied web text, full-width digits and Chinese numerals are fine.",
    inputLabel: "Report text",
    placeholder: "Paste report text here, or open a .txt / .docx file",
    openFile: "Open file",
    extract: "Extract",
    clear: "Clear",
    reading: "Reading…",
    progress: "Reading… {pct}%",
    found: "{n} records found",
    foundTargets: ", {t} of them targets",
    none: "No indicator statements found",
    fileFailed: "Cannot read “{name}”: {detail}",
    fileEmpty: "“{name}” holds no text",
    loaded: "Loaded “{name}”",
    selectAll: "All",
    selectNone: "None",
    insert: "Insert table",
    importTargets: "Import targets",
    source: "Source",
    sourceHint: "Click a row to see its source clause",
    shown: "Showing the first {shown} of {n}; Insert table includes every ticked record",
    showAll: "Show all",
    inserted: "Wrote {n} records to the new sheet “{sheet}”",
    nothingSelected: "No records are ticked",
    noTargets:
      "None of the ticked records is a target (such as the indicators of a “main targets” paragraph)",
    targetsWritten: "Wrote {n} targets to “{sheet}”; the Track view reads annual targets from it",
    targetsReplace: "The sheet “{sheet}” exists. Replace its content with the {n} targets read now?",
    targetsConflict: "The workbook has a sheet “{sheet}” this add-in did not create. Replace it?",
    cancelled: "Cancelled; the workbook is unchanged",
    failed: "Failed: {detail}",
    sheetTitle: "Read from: {source} ({n} records, {date})",
    targetsTitle: "Annual targets (imported by Read from report text; edit freely)",
    openTrack: "Go to Track",
    col: {
      use: "Use",
      indicator: "Indicator",
      kind: "Kind",
      metric: "Metric",
      value: "Value",
      unit: "Unit",
      qualifier: "Qualifier",
      scope: "Scope",
      quote: "Source",
    },
    targetHeader: ["指标", "目标值", "限定词", "方向", "单位", "口径", "时期", "原文"],
  },
};

export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
