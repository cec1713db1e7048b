/** Styles of the Check view, injected once as a <style> (kept in TS so jsdom tests need no CSS loader). */
export const CHECK_CSS = `
.ind-check { display: flex; flex-direction: column; gap: 10px; padding: 4px 0; }
.ind-check-modes { display: flex; gap: 6px; }
.ind-check-modes button { font: inherit; padding: 4px 10px; border-radius: 4px; cursor: pointer;
  border: 1px solid var(--colorNeutralStroke1, #d1d1d1); background: var(--colorNeutralBackground1, #fff);
  color: var(--colorNeutralForeground1, #242424); }
.ind-check-modes button[aria-pressed="true"] { background: var(--colorBrandBackground, #0f6cbd);
  color: var(--colorNeutralForegroundOnBrand, #fff); border-color: transparent; }
.ind-check-row { display: flex; flex-direction: column; gap: 4px; }
.ind-check-row > label { font-weight: 600; font-size: 12px; }
.ind-check textarea, .ind-check input[type="text"] { font: inherit; padding: 6px; box-sizing: border-box;
  width: 100%; border: 1px solid var(--colorNeutralStroke1, #d1d1d1); border-radius: 4px;
  background: var(--colorNeutralBackground1, #fff); color: var(--colorNeutralForeground1, #242424); }
.ind-check textarea { min-height: 140px; line-height: 1.6; resize: vertical; }
.ind-check-actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
.ind-check-summary { font-size: 12px; color: var(--colorNeutralForeground2, #424242); margin: 0; }
.ind-check-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.ind-check-item { border: 1px solid var(--colorNeutralStroke2, #e0e0e0); border-left-width: 4px; border-radius: 4px;
  padding: 6px 8px; font-size: 13px; }
.ind-check-item[data-status="agree"] { border-left-color: #107c10; }
.ind-check-item[data-status="disagree"] { border-left-color: #c50f1f; background: #fdf3f4; }
.ind-check-item[data-status="not_found"] { border-left-color: #8a8886; }
.ind-check-item[data-cell] { cursor: pointer; }
.ind-check-item[data-cell]:hover, .ind-check-item[data-cell]:focus { outline: 2px solid var(--colorBrandStroke1, #0f6cbd); }
.ind-check-badge { font-weight: 600; margin-right: 6px; }
.ind-check-item[data-status="agree"] .ind-check-badge { color: #107c10; }
.ind-check-item[data-status="disagree"] .ind-check-badge { color: #c50f1f; }
.ind-check-item[data-status="not_found"] .ind-check-badge { color: #605e5c; }
.ind-check-quote { color: var(--colorNeutralForeground3, #616161); font-size: 12px; margin-top: 2px; }
.ind-check-filled-text { white-space: pre-wrap; line-height: 1.8; border: 1px solid var(--colorNeutralStroke2, #e0e0e0);
  border-radius: 4px; padding: 8px; max-height: 360px; overflow: auto; font-size: 13px; }
.ind-check-filled-text mark { background: #dff6dd; color: inherit; padding: 0 1px; border-radius: 2px; cursor: pointer; }
.ind-check-filled-text .ind-check-slot-left { background: #fde7e9; padding: 0 2px; border-radius: 2px; }
`;

export function ensureCheckStyles(doc: Document): void {
  if (doc.querySelector("style[data-ind-check]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-ind-check", "");
  style.textContent = CHECK_CSS;
  doc.head.append(style);
}
