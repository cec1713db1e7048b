/**
 * What every view gets: the workbook (through the one narrow port), the UI language, and a few services of
 * the shell. Views never touch Office.js or Excel directly.
 */
import type { WorkbookPort } from "../workbook/types";

export type UiLang = "zh" | "en";

export interface AppContext {
  workbook: WorkbookPort;
  /** "zh" when Office's display language is Chinese (and in the preview by default), else "en". */
  lang: UiLang;
  /** True outside Excel: the page shows the in-memory workbook beside the pane. */
  preview: boolean;
  /** Show a short message in the pane's message bar. */
  notify(message: string, intent?: "info" | "success" | "warning" | "error"): void;
  /** Ask the user to confirm (our own dialog: office.js replaces window.confirm with a throwing stub). */
  confirm(message: string): Promise<boolean>;
  /** Called after the workbook's content changed (write, open, refresh), so views and the preview grid redraw. */
  workbookChanged(): void;
  /** Subscribe to workbook changes; returns an unsubscribe function. */
  onWorkbookChanged(listener: () => void): () => void;
  /** Switch to another view (e.g. Read → Track after importing targets). */
  showView(view: ViewId): void;
}

export type ViewId = "track" | "read" | "write" | "check";

/** A view module: mounts into its panel once; `activate` runs each time the user opens the tab. */
export interface View {
  id: ViewId;
  mount(panel: HTMLElement, ctx: AppContext): void;
  activate?(): void;
}
