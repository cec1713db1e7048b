/**
 * 审核 Check: check a draft against the workbook: every number either matches or is flagged, and the arithmetic
 * inside the text (growth vs levels, shares vs totals, parts vs sum, average growth vs endpoints) is recomputed.
 * Empty state until the checker lands.
 */
import type { AppContext, UiLang, View } from "../context";
import { emptyState } from "../dom";

const strings: Record<UiLang, { title: string; summary: string; steps: string[]; note: string }> = {
  zh: {
    title: "审核",
    summary:
      "审核一篇文稿：文中每个数字要么与工作簿一致，要么被标出；文中的计算关系（增速与总量、比重与合计、分项与总和、年均增速与首末值）会重新计算，不一致处会标出。",
    steps: [
      "粘贴要审核的文稿。",
      "选择作为依据的工作表或跟踪表。",
      "逐条查看被标出的数字及其原因，修改文稿后可再次审核。",
    ],
    note: "审核功能尚在开发中，目前仅显示说明。",
  },
  en: {
    title: "Check",
    summary:
      "Check a draft against the workbook: every number either matches the workbook or is flagged, and the arithmetic in the text (growth vs levels, shares vs totals, parts vs sum, average growth vs endpoints) is recomputed and flagged where it disagrees.",
    steps: [
      "Paste the draft to check.",
      "Choose the sheet or tracking table to check against.",
      "Go through the flagged numbers and their reasons; check again after editing the draft.",
    ],
    note: "Checking is still being built; this view only explains it for now.",
  },
};

export const checkView: View = {
  id: "check",
  mount(panel: HTMLElement, ctx: AppContext): void {
    panel.append(emptyState(strings[ctx.lang]));
  },
};
