/**
 * 跟踪 Track: turn a table of indicators into a tracking table (actual vs target, status, progress vs time,
 * growth still needed, rank among peers). Empty state until the Track engine lands.
 */
import type { AppContext, UiLang, View } from "../context";
import { emptyState } from "../dom";

const strings: Record<UiLang, { title: string; summary: string; steps: string[]; note: string }> = {
  zh: {
    title: "跟踪",
    summary:
      "把指标表变成跟踪表：实际与目标对比、完成状态、序时进度、剩余月份所需增速、在同级地区中的位次及变化。结果写入本加载项自己的工作表，不改动您的单元格。",
    steps: [
      "选择指标表或从模板开始：在工作表中选中含指标名称、单位和各期数值的区域。",
      "确认各列的含义（指标、单位、本期累计、上年同期、年度目标）。",
      "生成跟踪表，查看哪些指标落后于目标或序时进度。",
    ],
    note: "跟踪功能尚在开发中，目前仅显示说明。",
  },
  en: {
    title: "Track",
    summary:
      "Turn a table of indicators into a tracking table: actual vs target, status, progress vs time, growth still needed in the remaining months, and rank among peer regions with its change. Results go to the add-in's own sheet; your cells are not changed.",
    steps: [
      "Select an indicator table or start from a template: select the range with indicator names, units and values per period.",
      "Confirm what each column holds (indicator, unit, cumulative value, same period last year, annual target).",
      "Build the tracking table and see which indicators are behind the target or the time schedule.",
    ],
    note: "Tracking is still being built; this view only explains it for now.",
  },
};

export const trackView: View = {
  id: "track",
  mount(panel: HTMLElement, ctx: AppContext): void {
    panel.append(emptyState(strings[ctx.lang]));
  },
};
