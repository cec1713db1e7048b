/**
 * 读取 Read: turn Chinese report text into indicator records, keeping the source clause of each record; import the
 * targets paragraph of a work report into the tracking table. Empty state until the text engine lands.
 */
import type { AppContext, UiLang, View } from "../context";
import { emptyState } from "../dom";

const strings: Record<UiLang, { title: string; summary: string; steps: string[]; note: string }> = {
  zh: {
    title: "读取",
    summary:
      "从报告文字（简体、繁体、网页复制的文字、全角数字、中文数字）中提取指标记录：指标、数值、单位、增速、位次，并保留每条记录的原文出处。",
    steps: [
      "粘贴一段报告文字，例如统计公报或政府工作报告中的一段。",
      "核对提取出的指标记录，原文出处会一并显示。",
      "把记录写入新工作表，或把工作报告中的目标段落导入跟踪表。",
    ],
    note: "读取功能尚在开发中，目前仅显示说明。",
  },
  en: {
    title: "Read",
    summary:
      "Extract indicator records from report text (simplified or traditional Chinese, copied web text, full-width digits, Chinese numerals): indicator, value, unit, growth rate, rank, with the source clause kept for every record.",
    steps: [
      "Paste a passage of report text, e.g. from a statistical communiqué or a government work report.",
      "Review the extracted records; each shows the clause it came from.",
      "Write the records to a new sheet, or import the targets paragraph of a work report into the tracking table.",
    ],
    note: "Reading is still being built; this view only explains it for now.",
  },
};

export const readView: View = {
  id: "read",
  mount(panel: HTMLElement, ctx: AppContext): void {
    panel.append(emptyState(strings[ctx.lang]));
  },
};
