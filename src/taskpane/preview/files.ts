/**
 * Checks on a file the user opens in the preview, before and after reading it: an .xlsx name, not empty, not
 * over MAX_WORKBOOK_BYTES (checked before the file is read into memory). What is inside is checked by the
 * reader (`readXlsx`: zip signature, legacy .xls, text, damage). Each failure is a message in the user's language;
 * the current workbook stays as it was.
 */
import type { UiLang } from "../context";
import { t } from "../i18n/strings";
import { formatMessage } from "../../core/messages";

/** Largest workbook the preview opens (the whole file is read into memory and parsed in the page). */
export const MAX_WORKBOOK_BYTES = 30 * 1024 * 1024;

export interface FileFacts {
  name: string;
  size: number;
}

/** A message when the file must not be read at all, else null. */
export function checkWorkbookFile(file: FileFacts, lang: UiLang): string | null {
  const name = file.name || "?";
  if (/\.xls$/i.test(name))
    return t(lang, "openFailed", { name, detail: formatMessage("wbLegacyXls", lang) });
  if (!/\.xlsx$/i.test(name)) return t(lang, "notXlsx", { name });
  if (file.size === 0) return t(lang, "emptyFile", { name });
  if (file.size > MAX_WORKBOOK_BYTES) {
    return t(lang, "tooLarge", {
      name,
      size: (file.size / 1024 / 1024).toFixed(1),
      max: MAX_WORKBOOK_BYTES / 1024 / 1024,
    });
  }
  return null;
}

/**
 * The download name for "save as": the opened file's name with a "-指标通" suffix (the copy is written by our
 * exporter, which keeps values, formulas, tables and status fills but not every format of the original, so it
 * must never be offered under the original's name), or the sample's name; always ending in .xlsx.
 */
export function saveName(current: string | null, lang: UiLang): string {
  const suffix = lang === "zh" ? "-指标通" : "-indicator-tracker";
  const base =
    current === null
      ? lang === "zh"
        ? "指标通示例"
        : "indicator-tracker-sample"
      : `${current.replace(/\.xlsx$/i, "")}${suffix}`;
  const safe = base.replace(/[\\/:*?"<>|]+/g, "_").trim() || "workbook";
  return `${safe}.xlsx`;
}
