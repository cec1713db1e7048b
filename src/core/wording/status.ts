/**
 * @summary 无增速时的措辞 / wording when no rate is printed
 *
 * METHODS.md §1.15: across a sign change or from a zero base the bureaus print a word, not a %. The words
 * `growth()` in `src/core/growth.ts` returns (扭亏, 减亏, 增亏, 由盈转亏, 持平, —) become the phrase of a sentence:
 * 扭亏 → "扭亏为盈", — → "不计算增速". Anything else is not a status word (null).
 *
 * @example statusWording("扭亏") // => "扭亏为盈"
 * @example statusWording("增亏") // => "增亏"
 */
import { templatesFor, type WordingLang } from "./templates";

export function statusWording(status: string, lang: WordingLang = "zh"): string | null {
  const t = templatesFor(lang);
  switch (status.trim()) {
    case "扭亏":
    case "扭亏为盈":
      return t.statusTurnaround;
    case "减亏":
      return t.statusLossNarrowed;
    case "增亏":
      return t.statusLossWidened;
    case "由盈转亏":
      return t.statusProfitToLoss;
    case "持平":
      return t.rateFlat;
    case "—":
    case "-":
    case "不计算":
      return t.statusNotComputed;
    default:
      return null;
  }
}
