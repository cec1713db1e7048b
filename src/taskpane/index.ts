/**
 * Task pane entry. Waits for Office, then mounts the app: inside Excel on the Office.js workbook adapter,
 * in a plain browser in preview mode on the bundled sample workbook (never calling Excel.run there).
 *
 * The preview (grid, file open/save) and the .xlsx reader/writer with exceljs are separate chunks loaded only
 * in a plain browser, and the reader only when a workbook is read; inside Excel neither is fetched.
 */
import { startApp, errorText } from "./app";
import { detectLang, detectTheme } from "./env";
import { disableOfficeTelemetryFrame } from "./officeTelemetry";
import { applyTheme, registerFluent } from "./fluent";
import { t } from "./i18n/strings";
import css from "./styles.css";
import type { XlsxIo } from "./preview/preview";

/**
 * Office.onReady's host, or null in a plain browser (office.js answers there in ~60 ms with host null) or when
 * office.js did not load at all. No timeout: inside Excel initialisation can be slow, and falling back to the
 * preview there would be wrong.
 */
function officeReady(): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve({ host: null });
  return Office.onReady().then(
    (info) => ({ host: info.host ?? null }),
    () => ({ host: null }),
  );
}

const xlsxIo: XlsxIo = {
  read: async (bytes) => (await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx")).readXlsx(bytes),
  write: async (wb) => (await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx")).writeXlsx(wb),
};

function markReady(): void {
  document.documentElement.dataset.indReady = "true";
}

async function main(): Promise<void> {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  registerFluent();

  const root = document.getElementById("app");
  if (!root) return;
  const info = await officeReady();
  disableOfficeTelemetryFrame();
  const inExcel = typeof Office !== "undefined" && info.host === Office.HostType.Excel;
  const search = window.location.search;
  const lang = detectLang(inExcel ? Office.context.displayLanguage : null, search);
  const theme = detectTheme(
    inExcel ? (Office.context.officeTheme?.bodyBackgroundColor ?? null) : null,
    search,
  );
  applyTheme(theme);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = lang === "zh" ? "指标通" : "Indicator Tracker";

  try {
    if (inExcel) {
      const { OfficeWorkbook } = await import(/* webpackChunkName: "office" */ "../workbook/office");
      startApp({ root, workbook: new OfficeWorkbook(), lang, preview: false });
      markReady();
    } else {
      const { startPreview } = await import(/* webpackChunkName: "preview" */ "./preview/preview");
      const preview = startPreview({ root, lang, xlsx: xlsxIo });
      await preview.ready;
      markReady();
    }
  } catch (error) {
    console.error(error);
    root.textContent = t(lang, "startFailed", { detail: errorText(error) });
    markReady();
  }
}

main().catch((error: unknown) => {
  // Last resort (e.g. the custom-element registry refused a definition): say so in the page, never blank.
  console.error(error);
  const root = document.getElementById("app");
  if (root) root.textContent = t("zh", "startFailed", { detail: errorText(error) });
  markReady();
});
