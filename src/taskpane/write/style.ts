/** Styles of the Write view, injected once as a <style> (kept in TS so jsdom tests need no CSS loader). */
export const WRITE_CSS = `
.ind-write { display: flex; flex-direction: column; gap: 10px; padding: 4px 0; }
.ind-write-row { display: flex; flex-direction: column; gap: 4px; }
.ind-write-row > label, .ind-write-legend { font-weight: 600; font-size: 12px; }
.ind-write select, .ind-write input[type="text"] { font: inherit; padding: 4px 6px; min-height: 28px;
  border: 1px solid var(--colorNeutralStroke1, #d1d1d1); border-radius: 4px;
  background: var(--colorNeutralBackground1, #fff); color: var(--colorNeutralForeground1, #242424); }
.ind-write-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ind-write-list { display: flex; flex-direction: column; gap: 2px; max-height: 180px; overflow: auto;
  border: 1px solid var(--colorNeutralStroke2, #e0e0e0); border-radius: 4px; padding: 4px 6px; }
.ind-write-list label { display: flex; gap: 6px; align-items: center; font-size: 13px; }
.ind-write-output { font: inherit; line-height: 1.7; min-height: 160px; width: 100%; box-sizing: border-box;
  padding: 8px; border: 1px solid var(--colorNeutralStroke1, #d1d1d1); border-radius: 4px; resize: vertical;
  background: var(--colorNeutralBackground1, #fff); color: var(--colorNeutralForeground1, #242424); }
.ind-write-notes { margin: 0; padding-left: 18px; font-size: 12px; color: var(--colorNeutralForeground3, #616161); }
.ind-write-actions { display: flex; gap: 8px; flex-wrap: wrap; }
`;

export function ensureWriteStyles(doc: Document): void {
  if (doc.querySelector("style[data-ind-write]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-ind-write", "");
  style.textContent = WRITE_CSS;
  doc.head.append(style);
}
