/**
 * Task pane entry: styles, Fluent registration, then `boot` (boot.ts) with the real Office.js, the Office
 * workbook adapter and the preview. The preview (grid, open/save), the .xlsx reader/writer with exceljs and
 * the Office adapter are separate chunks: inside Excel the preview and exceljs are never fetched, and in a
 * plain browser the Office adapter is never fetched.
 */
import { errorText } from "./app";
import { boot, type OfficeFacts } from "./boot";
import { applyTheme, registerFluent } from "./fluent";
import { t } from "./i18n/strings";
import { disableOfficeTelemetryFrame } from "./officeTelemetry";
import css from "./styles.css";

/**
 * Office.onReady's answer, or host null in a plain browser (office.js answers there in ~60 ms) or when office.js
 * did not load at all. No timeout: inside Excel initialisation can be slow, and falling back to the preview
 * there would be wrong.
 */
async function officeReady(): Promise<OfficeFacts> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { host: null };
  const info = await Office.onReady();
  // HostType values are strings at run time ("Excel"), though typed as an enum.
  const host = info.host == null ? null : String(info.host);
  if (info.host !== Office.HostType.Excel) return { host };
  return {
    host,
    displayLanguage: Office.context.displayLanguage,
    bodyBackground: Office.context.officeTheme?.bodyBackgroundColor ?? null,
  };
}

async function main(): Promise<void> {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  registerFluent();
  const root = document.getElementById("app");
  if (!root) return;
  await boot({
    root,
    search: window.location.search,
    officeReady,
    afterOfficeReady: () => disableOfficeTelemetryFrame(),
    readBodyBackground: () => Office.context.officeTheme?.bodyBackgroundColor ?? null,
    applyTheme,
    loadOfficeWorkbook: async () => {
      const { OfficeWorkbook } = await import(/* webpackChunkName: "office" */ "../workbook/office");
      return new OfficeWorkbook();
    },
    loadPreview: async () =>
      (await import(/* webpackChunkName: "preview" */ "./preview/preview")).startPreview,
    xlsx: {
      read: async (bytes) =>
        (await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx")).readXlsx(bytes),
      write: async (wb) => (await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx")).writeXlsx(wb),
    },
  });
}

main().catch((error: unknown) => {
  // Last resort (e.g. the custom-element registry refused a definition): say so in the page, never blank.
  console.error(error);
  const root = document.getElementById("app");
  if (root) root.textContent = t("zh", "startFailed", { detail: errorText(error) });
  document.documentElement.dataset.indReady = "true";
});
