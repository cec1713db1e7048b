/**
 * Task pane entry. Waits for Office, then mounts the app: inside Excel on the Office.js workbook adapter,
 * in a plain browser in preview mode on the bundled sample workbook.
 */
import { startApp } from "./app";
import type { WorkbookPort } from "../workbook/types";

// Temporary until the workbook adapters (memory.ts / office.ts) land: an empty workbook that refuses writes.
const emptyWorkbook: WorkbookPort = {
  listSheets: async () => [],
  readSheet: async (sheet) => ({ sheet, top: 0, left: 0, values: [] }),
  readSelection: async () => null,
  listTables: async () => [],
  readTable: async (name) => {
    throw new Error(`No table ${name}`);
  },
  writeSheet: async (spec) => ({ status: "conflict", sheet: spec.sheet, reason: "notOwned" }),
  writeCells: async () => false,
  select: async () => undefined,
  getSetting: async () => undefined,
  setSetting: async () => undefined,
  refreshPivots: async () => 0,
};

const root = document.getElementById("app");
if (root) startApp({ root, workbook: emptyWorkbook, lang: "zh", preview: true });
