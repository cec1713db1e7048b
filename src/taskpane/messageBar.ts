/**
 * The pane's message bar: one message at a time (the latest wins), Fluent `<fluent-message-bar>` with an intent,
 * a dismiss button, announced to screen readers (role=status, or role=alert for errors).
 */
import type { UiLang } from "./context";
import { clear, el } from "./dom";
import { t } from "./i18n/strings";

export type Intent = "info" | "success" | "warning" | "error";

export interface MessageBarController {
  show(message: string, intent?: Intent): void;
  hide(): void;
  /** The text shown now ("" when hidden); used by tests. */
  current(): { message: string; intent: Intent } | null;
}

export function createMessageBar(host: HTMLElement, lang: UiLang): MessageBarController {
  let shown: { message: string; intent: Intent } | null = null;
  host.classList.add("ind-messages");

  function hide(): void {
    shown = null;
    clear(host);
  }

  function show(message: string, intent: Intent = "info"): void {
    shown = { message, intent };
    clear(host);
    const dismiss = el("fluent-button", {
      className: "ind-dismiss",
      attrs: { slot: "dismiss", appearance: "transparent", size: "small", "aria-label": t(lang, "dismiss") },
      text: "✕",
      on: { click: hide },
    });
    const bar = el(
      "fluent-message-bar",
      {
        className: "ind-message",
        attrs: {
          intent,
          layout: "multiline",
          role: intent === "error" ? "alert" : "status",
          "data-intent": intent,
        },
      },
      [el("span", { className: "ind-message-text", text: message }), dismiss],
    );
    bar.addEventListener("dismiss", hide);
    host.append(bar);
  }

  return { show, hide, current: () => shown };
}
