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
