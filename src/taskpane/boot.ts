/**
 * The start-up decision, with its dependencies passed in so it runs in jsdom: wait for Office, then either
 * Excel (the Office.js workbook adapter; language and theme from Office) or the preview (the in-memory sample
 * workbook beside the pane; Chinese unless `?lang=en`, light unless `?theme=dark`). Never calls Excel.run
 * outside Excel: the Office adapter is only loaded when the host is Excel.
 *
 * Sets `<html data-ind-ready="true">` when the pane is usable (browser tests wait for it), also after a
 * failure, which is shown in the page rather than leaving it blank.
 */
import { errorText, startApp, type App } from "./app";
import type { UiLang } from "./context";
import { detectLang, detectTheme, type ThemeName } from "./env";
import { t } from "./i18n/strings";
import type { Preview, PreviewOptions } from "./preview/preview";
import type { WorkbookPort } from "../workbook/types";

export interface OfficeFacts {
  /** "Excel", "Word", … or null outside Office. */
  host: string | null;
  displayLanguage?: string | null;
  /** Office theme body background ("#262626"), when Office gives one. */
  bodyBackground?: string | null;
}

export interface BootDeps {
  root: HTMLElement;
  /** `window.location.search`. */
  search: string;
  /** Resolves once office.js is initialised (host null in a plain browser). */
  officeReady(): Promise<OfficeFacts>;
  applyTheme(theme: ThemeName): void;
  /** Loaded only in Excel. */
  loadOfficeWorkbook(): Promise<WorkbookPort>;
  /** Loaded only in a plain browser. */
  loadPreview(): Promise<(options: PreviewOptions) => Preview>;
  xlsx: PreviewOptions["xlsx"];
  /** Run after Office answered (e.g. switch off office.js's telemetry frame). */
  afterOfficeReady?(): void;
  /**
   * The Office theme's body background now. Excel raises no theme-changed event for task panes (the
   * OfficeThemeChanged event is Outlook's), so the pane reads it again whenever it regains focus or is shown.
   */
  readBodyBackground?(): string | null;
}

export interface BootResult {
  mode: "excel" | "preview" | "failed";
  lang: UiLang;
  theme: ThemeName;
  app?: App;
  preview?: Preview;
}

export async function boot(deps: BootDeps): Promise<BootResult> {
  const { root, search } = deps;
  let facts: OfficeFacts;
  try {
    facts = await deps.officeReady();
  } catch {
    facts = { host: null };
  }
  deps.afterOfficeReady?.();
  const inExcel = facts.host === "Excel";
  const lang = detectLang(inExcel ? facts.displayLanguage : null, search);
  const theme = detectTheme(inExcel ? facts.bodyBackground : null, search);
  deps.applyTheme(theme);
  if (inExcel && deps.readBodyBackground) {
    const read = deps.readBodyBackground;
    let current = theme;
    const follow = () => {
      let next: ThemeName;
      try {
        next = detectTheme(read(), search);
      } catch {
        return;
      }
      if (next !== current) {
        current = next;
        deps.applyTheme(next);
      }
    };
    window.addEventListener("focus", follow);
    document.addEventListener("visibilitychange", follow);
  }
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = lang === "zh" ? "指标通" : "Indicator Tracker";

  try {
    if (inExcel) {
      const workbook = await deps.loadOfficeWorkbook();
      const app = startApp({ root, workbook, lang, preview: false });
      return { mode: "excel", lang, theme, app };
    }
    const startPreview = await deps.loadPreview();
    const preview = startPreview({ root, lang, xlsx: deps.xlsx });
    await preview.ready;
    return { mode: "preview", lang, theme, app: preview.app, preview };
  } catch (error) {
    console.error(error);
    root.textContent = t(lang, "startFailed", { detail: errorText(error) });
    return { mode: "failed", lang, theme };
  } finally {
    document.documentElement.dataset.indReady = "true";
  }
}
