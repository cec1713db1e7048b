/**
 * Environment decisions of the pane, as pure functions (tested in jsdom without Office): UI language and theme.
 *
 * - Language: `?lang=zh|en` in the page URL wins (the preview's switch; handy for testing); otherwise inside
 *   Office `Office.context.displayLanguage` ("zh-CN", "zh-TW", … → Chinese, anything else → English); in the
 *   preview Chinese.
 * - Theme: `?theme=dark|light` wins; inside Office the Office theme's body background decides (dark background →
 *   dark tokens); in the preview light.
 */
import type { UiLang } from "./context";

export type ThemeName = "light" | "dark";

export function detectLang(displayLanguage: string | null | undefined, search: string): UiLang {
  const forced = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (forced) {
    if (forced.startsWith("zh")) return "zh";
    if (forced.startsWith("en")) return "en";
  }
  if (displayLanguage === null || displayLanguage === undefined || displayLanguage === "") return "zh";
  return displayLanguage.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function detectTheme(bodyBackground: string | null | undefined, search: string): ThemeName {
  const forced = new URLSearchParams(search).get("theme")?.trim().toLowerCase();
  if (forced === "dark" || forced === "light") return forced;
  if (!bodyBackground) return "light";
  const lum = relativeLuminance(bodyBackground);
  return lum !== null && lum < 0.4 ? "dark" : "light";
}

/**
 * WCAG relative luminance (0 black … 1 white) of "#rgb" / "#rrggbb" (Office gives "#FFFFFF", "#262626", …);
 * null for anything else.
 */
export function relativeLuminance(color: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = hex.replace(/./g, (ch) => ch + ch);
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
