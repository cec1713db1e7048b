/**
 * Small DOM helpers shared by the shell and the views. Plain DOM (no framework): the task pane is a handful of
 * panels, and the Fluent web components are ordinary custom elements, so `el("fluent-button", …)` works too.
 */

export type Child = Node | string | null | undefined | false;

export interface ElOptions {
  /** Attributes (set with setAttribute; `true` sets an empty attribute, false/undefined/null skip it). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  className?: string;
  text?: string;
  /** Event listeners. */
  on?: Record<string, (event: Event) => void>;
}

/** Create an element with attributes, listeners and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options?: ElOptions,
  children?: Child[],
): HTMLElementTagNameMap[K];
export function el(tag: string, options?: ElOptions, children?: Child[]): HTMLElement;
export function el(tag: string, options: ElOptions = {}, children: Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  if (options.text !== undefined) node.textContent = options.text;
  for (const [type, listener] of Object.entries(options.on ?? {})) node.addEventListener(type, listener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export interface EmptyStateContent {
  /** The view's heading. */
  title: string;
  /** One or two sentences: what the view does. */
  summary: string;
  /** What to do first, as short steps. */
  steps: string[];
  /** Optional note (e.g. which part is not available yet). */
  note?: string;
}

/**
 * The empty state of a view: heading, what the view is for, numbered first steps. Returns the container so a
 * view can append its own controls below it.
 */
export function emptyState(content: EmptyStateContent): HTMLElement {
  return el("section", { className: "ind-empty", attrs: { "aria-label": content.title } }, [
    el("h2", { className: "ind-empty-title", text: content.title }),
    el("p", { className: "ind-empty-summary", text: content.summary }),
    el(
      "ol",
      { className: "ind-empty-steps" },
      content.steps.map((step) => el("li", { text: step })),
    ),
    content.note ? el("p", { className: "ind-empty-note", text: content.note }) : null,
  ]);
}
