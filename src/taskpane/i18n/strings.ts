/**
 * The shell's own strings (tabs, message bar, dialog, preview workbook). Chinese first, English second; every
 * key exists in both (the type makes a missing key a compile error). Views keep their own strings next to them.
 */
import type { UiLang } from "../context";

export const shellStrings = {
  zh: {
    appName: "指标通",
    appSubtitle: "指标跟踪、读取、撰写与审核",
    tabsLabel: "功能",
    tabTrack: "跟踪",
    tabRead: "读取",
    tabWrite: "撰写",
    tabCheck: "审核",
    dismiss: "关闭消息",
    confirmTitle: "请确认",
    confirmOk: "确定",
    confirmCancel: "取消",
    previewBadge: "预览模式",
    previewNote: "未在 Excel 中运行：右侧为浏览器中的工作簿预览，所有操作只作用于这份副本。",
    workbookLabel: "工作簿预览",
    sheetTabsLabel: "工作表",
    openWorkbook: "打开工作簿…",
    saveWorkbook: "另存为 .xlsx",
    loadingSample: "正在载入示例工作簿…",
    sampleName: "示例工作簿",
    sampleMissing: "未能载入示例工作簿（{detail}），可用“打开工作簿…”打开自己的文件",
    opening: "正在打开“{name}”…",
    opened: "已打开“{name}”（{sheets} 张工作表）",
    notXlsx: "“{name}”不是 .xlsx 工作簿，请选择扩展名为 .xlsx 的文件",
    tooLarge: "“{name}”太大（{size} MB），预览最多打开 {max} MB 的文件",
    emptyFile: "“{name}”是空文件",
    openFailed: "无法打开“{name}”：{detail}。当前工作簿未改变",
    saved: "已另存为“{name}”",
    saveFailed: "另存失败：{detail}",
    emptySheet: "（空工作表）",
    noSheets: "工作簿中没有工作表",
    formulaLabel: "公式",
    cellLabel: "单元格",
    addinSheet: "本加载项的工作表",
    excelError: "读取工作簿失败：{detail}",
    startFailed: "指标通启动失败：{detail}",
    viewFailed: "“{view}”出错：{detail}",
  },
  en: {
    appName: "Indicator Tracker",
    appSubtitle: "Track, read, write and check indicators",
    tabsLabel: "Views",
    tabTrack: "Track",
    tabRead: "Read",
    tabWrite: "Write",
    tabCheck: "Check",
    dismiss: "Dismiss message",
    confirmTitle: "Please confirm",
    confirmOk: "OK",
    confirmCancel: "Cancel",
    previewBadge: "Preview",
    previewNote:
      "Not running in Excel: the workbook beside the pane is an in-browser preview, and every action works on this copy only.",
    workbookLabel: "Workbook preview",
    sheetTabsLabel: "Sheets",
    openWorkbook: "Open workbook…",
    saveWorkbook: "Save as .xlsx",
    loadingSample: "Loading the sample workbook…",
    sampleName: "Sample workbook",
    sampleMissing:
      "Could not load the sample workbook ({detail}); use “Open workbook…” to open your own file",
    opening: "Opening “{name}”…",
    opened: "Opened “{name}” ({sheets} sheets)",
    notXlsx: "“{name}” is not an .xlsx workbook; choose a file ending in .xlsx",
    tooLarge: "“{name}” is too large ({size} MB); the preview opens files up to {max} MB",
    emptyFile: "“{name}” is an empty file",
    openFailed: "Cannot open “{name}”: {detail}. The current workbook is unchanged",
    saved: "Saved as “{name}”",
    saveFailed: "Saving failed: {detail}",
    emptySheet: "(empty sheet)",
    noSheets: "The workbook has no sheets",
    formulaLabel: "Formula",
    cellLabel: "Cell",
    addinSheet: "Sheet written by the add-in",
    excelError: "Reading the workbook failed: {detail}",
    startFailed: "Indicator Tracker failed to start: {detail}",
    viewFailed: "{view} failed: {detail}",
  },
} as const satisfies Record<UiLang, Record<string, string>>;

export type ShellStringKey = keyof (typeof shellStrings)["zh"];

// Compile-time check that English has exactly the Chinese keys.
const _sameKeys: Record<ShellStringKey, string> = shellStrings.en;
void _sameKeys;

/** A shell string in the given language, with `{name}` placeholders filled. */
export function t(
  lang: UiLang,
  key: ShellStringKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string = shellStrings[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
