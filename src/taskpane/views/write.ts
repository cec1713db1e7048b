/**
 * 撰写 Write: draft the standard sentences and paragraphs from the workbook, and fill a report template's
 * placeholders ("完成x亿元，同比增长x%"). Empty state until the text engine lands.
 */
import type { AppContext, UiLang, View } from "../context";
import { emptyState } from "../dom";

const strings: Record<UiLang, { title: string; summary: string; steps: string[]; note: string }> = {
  zh: {
    title: "撰写",
    summary:
      "根据工作簿中的数据起草规范的分析语句和段落（如“完成35.6亿元，同比增长6.1%，居全市第2位”），或填写报告模板中的“x”占位符。",
    steps: [
      "先在“跟踪”中生成跟踪表，或选中含指标数据的区域。",
      "选择要写的指标和句式，或粘贴带“x”占位符的报告模板。",
      "检查生成的文字后复制到报告中。",
    ],
    note: "撰写功能尚在开发中，目前仅显示说明。",
  },
  en: {
    title: "Write",
    summary:
      "Draft the standard sentences and paragraphs from the workbook's figures (e.g. “completed 3.56 billion yuan, up 6.1% year on year, 2nd in the city”), or fill the “x” placeholders of a report template.",
    steps: [
      "First build a tracking table in Track, or select a range with indicator data.",
      "Choose the indicators and sentence pattern, or paste a report template with “x” placeholders.",
      "Review the generated text, then copy it into your report.",
    ],
    note: "Writing is still being built; this view only explains it for now.",
  },
};

export const writeView: View = {
  id: "write",
  mount(panel: HTMLElement, ctx: AppContext): void {
    panel.append(emptyState(strings[ctx.lang]));
  },
};
