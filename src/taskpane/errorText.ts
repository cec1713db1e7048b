/**
 * A thrown value as text for the pane, in the user's language: a WorkbookError or IndicatorError shows its
 * catalog message (`text(lang)`), never its English `message` or "WorkbookError: …"; anything else its message.
 */
import type { UiLang } from "./context";

export function errorText(e: unknown, lang: UiLang): string {
  if (e && typeof e === "object" && "text" in e && typeof (e as { text: unknown }).text === "function")
    return (e as { text(l: UiLang): string }).text(lang);
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
