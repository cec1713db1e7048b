/**
 * Fluent UI for the pane: Fluent web components v3 (`@fluentui/web-components`) with the Fluent 2 design
 * tokens (`@fluentui/tokens`).
 *
 * Why web components and not Fluent UI React v9: the pane is a few panels of plain DOM that four engineers
 * extend independently; custom elements need no framework runtime or JSX build (React + ReactDOM alone are
 * ~45 KB gzip before any Fluent component, and React v9 components pull Griffel CSS-in-JS), while the web
 * components share one small FAST runtime, ship their own Fluent 2 styles, and keep the task pane's
 * JavaScript well inside its 250 KB gzip budget. Only the components the shell uses are registered (the
 * package marks only `define*` files as side effects, so the rest is tree-shaken); a view that needs another
 * component adds its definition here.
 *
 * This module touches `document`/`customElements` at load (via the library), so only `index.ts` imports it;
 * the shell logic (`app.ts` & co.) stays testable in jsdom.
 */
import {
  Button,
  ButtonDefinition,
  Dialog,
  DialogBody,
  DialogBodyDefinition,
  DialogDefinition,
  MessageBar,
  MessageBarDefinition,
  setTheme,
  Tab,
  TabDefinition,
  Tablist,
  TablistDefinition,
} from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import type { ThemeName } from "./env";

let registered = false;

/** Register the Fluent elements the pane uses (idempotent). */
export function registerFluent(): void {
  if (registered) return;
  registered = true;
  const define = (name: string, run: () => void) => {
    if (!customElements.get(name)) run();
  };
  define(ButtonDefinition.name, () => Button.define(ButtonDefinition));
  define(TabDefinition.name, () => Tab.define(TabDefinition));
  define(TablistDefinition.name, () => Tablist.define(TablistDefinition));
  define(MessageBarDefinition.name, () => MessageBar.define(MessageBarDefinition));
  define(DialogDefinition.name, () => Dialog.define(DialogDefinition));
  define(DialogBodyDefinition.name, () => DialogBody.define(DialogBodyDefinition));
}

/** Apply the Fluent 2 web light or dark theme tokens to the document. */
export function applyTheme(theme: ThemeName): void {
  setTheme(theme === "dark" ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}
