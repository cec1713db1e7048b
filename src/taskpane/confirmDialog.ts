/**
 * Our own confirm dialog. office.js replaces window.confirm with a function that throws outside Office, and
 * Office hosts do not allow it in the pane anyway, so every "are you sure" goes through this (Fluent
 * `<fluent-dialog type="alert">`: modal, no light dismiss; Escape and Cancel answer false).
 *
 * One dialog at a time: a second request while one is open waits for the first to be answered.
 */
import type { UiLang } from "./context";
import { el } from "./dom";
import { t } from "./i18n/strings";

interface DialogElement extends HTMLElement {
  show?: () => void;
  hide?: () => void;
}

export interface ConfirmController {
  confirm(message: string): Promise<boolean>;
  /** True while the dialog is open (tests). */
  isOpen(): boolean;
}

export function createConfirmDialog(host: HTMLElement, lang: UiLang): ConfirmController {
  const titleId = "ind-confirm-title";
  const messageId = "ind-confirm-message";
  const message = el("p", { attrs: { id: messageId }, className: "ind-confirm-message" });
  const ok = el("fluent-button", {
    attrs: { appearance: "primary", "data-action": "ok" },
    text: t(lang, "confirmOk"),
  });
  // autofocus: Fluent focuses it once the modal is open; Cancel is the safe answer, one keypress away.
  const cancel = el("fluent-button", {
    attrs: { "data-action": "cancel", autofocus: true },
    text: t(lang, "confirmCancel"),
  });
  const body = el("fluent-dialog-body", {}, [
    el("span", { attrs: { slot: "title", id: titleId }, text: t(lang, "confirmTitle") }),
    message,
    el("div", { attrs: { slot: "action" }, className: "ind-confirm-actions" }, [cancel, ok]),
  ]);
  const dialog: DialogElement = el(
    "fluent-dialog",
    {
      className: "ind-confirm",
      attrs: { type: "alert", "aria-labelledby": titleId, "aria-describedby": messageId, hidden: true },
    },
    [body],
  );
  host.append(dialog);

  let open = false;
  let settle: ((answer: boolean) => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let returnFocus: HTMLElement | null = null;

  function close(answer: boolean): void {
    if (!open) return;
    open = false;
    if (typeof dialog.hide === "function") dialog.hide();
    dialog.hidden = true;
    const done = settle;
    settle = null;
    returnFocus?.focus?.();
    done?.(answer);
  }

  ok.addEventListener("click", () => close(true));
  cancel.addEventListener("click", () => close(false));
  dialog.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape") {
      event.preventDefault();
      close(false);
    }
  });
  // The native <dialog> inside fires "cancel" on Escape; Fluent re-emits toggles. Either way: answer false.
  dialog.addEventListener("toggle", () => {
    const inner = dialog.shadowRoot?.querySelector("dialog");
    if (open && inner && !inner.open) close(false);
  });

  function ask(text: string): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      message.textContent = text;
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      settle = resolve;
      open = true;
      dialog.hidden = false;
      if (typeof dialog.show === "function") dialog.show();
      // Fallback where the element is not upgraded (no Fluent show()): focus Cancel ourselves.
      if (typeof dialog.show !== "function") setTimeout(() => cancel.focus(), 0);
    });
  }

  return {
    confirm(text: string): Promise<boolean> {
      const answer = queue.then(() => ask(text));
      queue = answer.catch(() => undefined);
      return answer;
    },
    isOpen: () => open,
  };
}
