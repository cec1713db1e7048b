/** UI strings of the Check view (zh first, en). `{name}` placeholders are filled by `fmt`. */
import type { UiLang } from "../context";

export interface CheckStrings {
  title: string;
  summary: string;
  modeCheck: string;
  modeFill: string;
  textLabel: string;
  placeholderCheck: string;
  placeholderFill: string;
  open: string;
  period: string;
  periodPlaceholder: string;
  runCheck: string;
  runFill: string;
  copy: string;
  copied: string;
  copyFailed: string;
  loading: string;
  emptyText: string;
  noFacts: string;
  counts: string;
  fillCounts: string;
  status: Record<"agree" | "disagree" | "not_found", string>;
  kinds: Record<string, string>;
  reasons: Record<string, string>;
  stated: string;
  computed: string;
  cell: string;
  selectCell: string;
  noChecks: string;
  fileError: string;
  filledText: string;
  leftSlots: string;
  line: string;
}

export const checkStrings: Record<UiLang, CheckStrings> = {
  zh: {
    title: "审核",
    summary:
      "审核文稿：文中每个数字与工作簿核对，文中的计算关系（增速与总量、年均增速、比重、分项与合计、结构、百分点差、位次、目标）重新计算。填充模板：把模板中的 x 按上下文从工作簿取数填入，取不准的保留 x 并说明原因。",
    modeCheck: "审核文稿",
    modeFill: "填充模板",
    textLabel: "文稿",
    placeholderCheck: "粘贴要审核的文稿，或打开 .txt / .docx 文件",
    placeholderFill: "粘贴数字为 x 的模板，如“完成x亿元，同比增长x%”",
    open: "打开文件…",
    period: "时期（文中未写明时采用）",
    periodPlaceholder: "如 2023 或 1-10月",
    runCheck: "审核",
    runFill: "填充",
    copy: "复制填充结果",
    copied: "已复制",
    copyFailed: "复制失败，请手动选择文字复制",
    loading: "正在读取工作簿…",
    emptyText: "请先粘贴文稿或打开文件",
    noFacts: "工作簿中没有可识别的指标表，只核对文中的计算关系",
    counts: "共 {total} 项：一致 {agree}，不一致 {disagree}，未找到 {not_found}",
    fillCounts: "共 {total} 个空：已填 {filled}，保留 {left}",
    status: { agree: "一致", disagree: "不一致", not_found: "未找到" },
    kinds: {
      workbook: "与工作簿核对",
      growth_vs_levels: "增速与两期总量",
      change_vs_levels: "增量与两期总量",
      cagr_level: "年均增速（水平法）",
      cagr_cumulative: "年均增速（累计法）",
      share_vs_parts: "比重与分子分母",
      parts_vs_total: "分项不超过总量",
      parts_vs_sum: "分项与合计",
      structure_vs_parts: "结构比与各部分",
      structure_sum: "结构比合计为100",
      pp_gap: "百分点差与两个比率",
      rank_vs_peers: "位次与同级数值",
      target_gap: "与目标的差",
      completion_vs_target: "目标完成率",
      multiple_vs_levels: "倍数与两期总量",
    },
    reasons: {
      notIndicator: "非指标",
      noSubject: "指标不明",
      notFound: "工作簿中未找到",
      ambiguous: "有歧义",
      pairMismatch: "“分别”对应不上",
      sharedDiffers: "“均”对应多个值",
      unitMismatch: "单位不能换算",
      threshold: "门槛数",
    },
    stated: "文中",
    computed: "计算/工作簿",
    cell: "单元格",
    selectCell: "点击选中工作簿中对应的单元格",
    noChecks: "没有找到可核对的数字",
    fileError: "无法读取文件：{detail}",
    filledText: "填充结果（已填的数字高亮）",
    leftSlots: "保留为 x 的空",
    line: "第{line}行",
  },
  en: {
    title: "Check",
    summary:
      "Check a draft: every number is compared with the workbook and the arithmetic inside the text (growth vs levels, average growth, shares, parts vs total, structures, percentage-point gaps, ranks, targets) is recomputed. Fill a template: each x is filled from the workbook by its context; slots that cannot be matched stay x, with the reason.",
    modeCheck: "Check a draft",
    modeFill: "Fill a template",
    textLabel: "Text",
    placeholderCheck: "Paste the draft to check, or open a .txt / .docx file",
    placeholderFill: "Paste a template whose numbers are x, e.g. 完成x亿元，同比增长x%",
    open: "Open file…",
    period: "Period (used where the text states none)",
    periodPlaceholder: "e.g. 2023 or 1-10月",
    runCheck: "Check",
    runFill: "Fill",
    copy: "Copy the filled text",
    copied: "Copied",
    copyFailed: "Copying failed; select the text and copy it by hand",
    loading: "Reading the workbook…",
    emptyText: "Paste a text or open a file first",
    noFacts: "No indicator table found in the workbook; only the text's own arithmetic is checked",
    counts: "{total} checks: {agree} agree, {disagree} disagree, {not_found} not found",
    fillCounts: "{total} slots: {filled} filled, {left} left",
    status: { agree: "Agrees", disagree: "Disagrees", not_found: "Not found" },
    kinds: {
      workbook: "Against the workbook",
      growth_vs_levels: "Growth vs two levels",
      change_vs_levels: "Change vs two levels",
      cagr_level: "Average growth (geometric)",
      cagr_cumulative: "Average growth (cumulative)",
      share_vs_parts: "Share vs part and total",
      parts_vs_total: "Parts within the total",
      parts_vs_sum: "Parts vs stated sum",
      structure_vs_parts: "Structure vs parts",
      structure_sum: "Structure adds to 100",
      pp_gap: "Point gap vs two rates",
      rank_vs_peers: "Rank vs peer values",
      target_gap: "Gap to target",
      completion_vs_target: "Completion of target",
      multiple_vs_levels: "Multiple vs two levels",
    },
    reasons: {
      notIndicator: "Not an indicator",
      noSubject: "No indicator",
      notFound: "Not in the workbook",
      ambiguous: "Ambiguous",
      pairMismatch: "分别 pairs do not match",
      sharedDiffers: "均 slot has several values",
      unitMismatch: "Units do not convert",
      threshold: "Threshold",
    },
    stated: "Text",
    computed: "Computed/workbook",
    cell: "Cell",
    selectCell: "Click to select the workbook cell",
    noChecks: "No number to check was found",
    fileError: "Cannot read the file: {detail}",
    filledText: "Filled text (filled numbers highlighted)",
    leftSlots: "Slots left as x",
    line: "line {line}",
  },
};

export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
}
