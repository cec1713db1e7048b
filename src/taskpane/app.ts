/**
 * The task-pane shell: header, tabs 跟踪 · 读取 · 撰写 · 审核, message bar, confirm dialog, and the
 * `AppContext` every view receives. It knows nothing about Office or the preview: `index.ts` decides the
 * environment (Excel or a plain browser), picks the workbook adapter and calls `startApp`.
 *
 * Plain DOM plus Fluent web components (custom elements, registered in `fluent.ts`), so this module runs in
 * jsdom unchanged: there the `fluent-*` tags are inert elements and the shell's own logic (which tab is
 * shown, which view is mounted) still works.
 */
import type { AppContext, UiLang, View, ViewId } from "./context";
import type { WorkbookPort } from "../workbook/types";
import { createConfirmDialog, type ConfirmController } from "./confirmDialog";
import { el } from "./dom";
import { t, type ShellStringKey } from "./i18n/strings";
import { createMessageBar, type MessageBarController } from "./messageBar";
import { checkView } from "./views/check";
import { readView } from "./views/read";
import { trackView } from "./views/track";
import { writeView } from "./views/write";

export const VIEW_ORDER: readonly ViewId[] = ["track", "read", "write", "check"];
export const DEFAULT_VIEWS: readonly View[] = [trackView, readView, writeView, checkView];

const TAB_LABEL: Record<ViewId, ShellStringKey> = {
  track: "tabTrack",
  read: "tabRead",
  write: "tabWrite",
  check: "tabCheck",
};

export interface StartOptions {
  /** Element the pane renders into (its content is replaced). */
  root: HTMLElement;
  workbook: WorkbookPort;
  lang: UiLang;
  preview: boolean;
  /** Defaults to the four product views. */
  views?: readonly View[];
  initialView?: ViewId;
}

export interface App {
  ctx: AppContext;
  /** The view shown now. */
  activeView(): ViewId;
  /** Replace the workbook (preview: the user opened another file); views are told through workbookChanged. */
  setWorkbook(workbook: WorkbookPort): void;
  messages: MessageBarController;
  confirmDialog: ConfirmController;
  /** A row under the header where the environment adds its controls (preview: open / save). */
  toolbar: HTMLElement;
  /** The pane's root element. */
  pane: HTMLElement;
}

export const tabId = (view: ViewId): string => `ind-tab-${view}`;
export const panelId = (view: ViewId): string => `ind-panel-${view}`;

/** Build the pane and its `AppContext`, mount the first view and return the handle. */
export function startApp(options: StartOptions): App {
  const { root, lang, preview } = options;
  const views = new Map<ViewId, View>((options.views ?? DEFAULT_VIEWS).map((v) => [v.id, v]));
  const order = VIEW_ORDER.filter((id) => views.has(id));
  if (order.length === 0) throw new Error("startApp: no views");

  const listeners = new Set<() => void>();
  const mounted = new Set<ViewId>();
  let active: ViewId | null = null;

  const header = el("header", { className: "ind-header" }, [
    el("img", { attrs: { src: "assets/icon-32.png", alt: "", width: 24, height: 24 } }),
    el("div", { className: "ind-titles" }, [
      el("h1", { className: "ind-title", text: t(lang, "appName") }),
      el("p", { className: "ind-subtitle", text: t(lang, "appSubtitle") }),
    ]),
    preview ? el("span", { className: "ind-badge", text: t(lang, "previewBadge") }) : null,
  ]);
  const toolbar = el("div", { className: "ind-toolbar", attrs: { role: "toolbar", hidden: true } });
  const messageHost = el("div", { attrs: { "aria-live": "polite" } });
  const tablist = el("fluent-tablist", {
    className: "ind-tabs",
    attrs: { "aria-label": t(lang, "tabsLabel"), activeid: tabId(order[0]!) },
  });
  const panels = el("div", { className: "ind-panels" });
  const dialogHost = el("div", { className: "ind-dialog-host" });

  const tabs = new Map<ViewId, HTMLElement>();
  const panelOf = new Map<ViewId, HTMLElement>();
  for (const id of order) {
    const tab = el("fluent-tab", {
      attrs: { id: tabId(id), "aria-controls": panelId(id), "data-view": id },
      text: t(lang, TAB_LABEL[id]),
    });
    // Our own handler as well as Fluent's: keeps the shell correct where the element is not upgraded (jsdom).
    tab.addEventListener("click", () => showView(id));
    tabs.set(id, tab);
    tablist.append(tab);
    const panel = el("div", {
      className: "ind-panel",
      attrs: {
        id: panelId(id),
        role: "tabpanel",
        "aria-labelledby": tabId(id),
        "data-view": id,
        tabindex: 0,
        hidden: true,
      },
    });
    panelOf.set(id, panel);
    panels.append(panel);
  }

  const pane = el("div", { className: "ind-pane", attrs: { lang: lang === "zh" ? "zh-CN" : "en" } }, [
    header,
    toolbar,
    messageHost,
    tablist,
    panels,
    dialogHost,
  ]);
  const messages = createMessageBar(messageHost, lang);
  const confirmDialog = createConfirmDialog(dialogHost, lang);

  const ctx: AppContext = {
    workbook: options.workbook,
    lang,
    preview,
    notify: (message, intent) => messages.show(message, intent),
    confirm: (message) => confirmDialog.confirm(message),
    workbookChanged() {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          console.warn("workbookChanged listener failed", error);
        }
      }
    },
    onWorkbookChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showView: (view) => showView(view),
  };

  function showView(id: ViewId): void {
    const view = views.get(id);
    const panel = panelOf.get(id);
    if (!view || !panel) return;
    if (!mounted.has(id)) {
      mounted.add(id);
      try {
        view.mount(panel, ctx);
      } catch (error) {
        console.error(`View ${id} failed to mount`, error);
        messages.show(
          t(lang, "viewFailed", { view: t(lang, TAB_LABEL[id]), detail: errorText(error) }),
          "error",
        );
      }
    }
    const changed = active !== id;
    active = id;
    for (const [other, otherPanel] of panelOf) otherPanel.hidden = other !== id;
    for (const [other, tab] of tabs) tab.setAttribute("aria-selected", String(other === id));
    if (tablist.getAttribute("activeid") !== tabId(id)) tablist.setAttribute("activeid", tabId(id));
    if (changed) {
      try {
        view.activate?.();
      } catch (error) {
        console.error(`View ${id} failed to activate`, error);
        messages.show(
          t(lang, "viewFailed", { view: t(lang, TAB_LABEL[id]), detail: errorText(error) }),
          "error",
        );
      }
    }
  }

  // Connect last: Fluent's tablist emits "change" as soon as it is in the document, and the handler needs ctx.
  tablist.addEventListener("change", (event) => {
    const target = (event as CustomEvent<HTMLElement | undefined>).detail ?? null;
    const id = target?.getAttribute?.("data-view") as ViewId | null;
    if (id && views.has(id)) showView(id);
  });
  root.replaceChildren(pane);

  showView(options.initialView && views.has(options.initialView) ? options.initialView : order[0]!);

  return {
    ctx,
    activeView: () => active ?? order[0]!,
    setWorkbook(workbook) {
      ctx.workbook = workbook;
      ctx.workbookChanged();
    },
    messages,
    confirmDialog,
    toolbar,
    pane,
  };
}

/** A short text for an unknown thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
