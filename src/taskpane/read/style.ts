/** Styles of the Read view, injected once as a <style> (kept in TS so jsdom tests need no CSS loader). */
export const READ_CSS = `
.ind-read { display: flex; flex-direction: column; gap: 10px; padding: 4px 0; }
.ind-read-row { display: flex; flex-direction: column; gap: 4px; }
.ind-read-row > label { font-weight: 600; font-size: 12px; }
.ind-read-input { font: inherit; line-height: 1.6; min-height: 120px; width: 100%; box-sizing: border-box;
  padding: 8px; border: 1px solid var(--colorNeutralStroke1, #d1d1d1); border-radius: 4px; resize: vertical;
  background: var(--colorNeutralBackground1, #fff); color: var(--colorNeutralForeground1, #242424); }
.ind-read-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ind-read-file { position: absolute; width: 1px; height: 1px; opacity: 0; pointer-events: none; }
.ind-read-status { font-size: 12px; color: var(--colorNeutralForeground2, #424242); min-height: 1em; }
.ind-read-tablewrap { max-height: 320px; overflow: auto; border: 1px solid var(--colorNeutralStroke2, #e0e0e0);
  border-radius: 4px; }
.ind-read-table { border-collapse: collapse; width: 100%; font-size: 12px; }
.ind-read-table th { position: sticky; top: 0; background: var(--colorNeutralBackground3, #f5f5f5);
  text-align: left; font-weight: 600; padding: 4px 6px; white-space: nowrap; }
.ind-read-table td { padding: 3px 6px; border-top: 1px solid var(--colorNeutralStroke3, #f0f0f0); vertical-align: top; }
.ind-read-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ind-read-table tr[aria-selected="true"] td { background: var(--colorBrandBackground2, #ebf3fc); }
.ind-read-table tr.off td { color: var(--colorNeutralForeground4, #8a8a8a); }
.ind-read-table tbody tr { cursor: pointer; }
.ind-read-quote { color: var(--colorNeutralForeground2, #424242); }
.ind-read mark { background: var(--colorPaletteYellowBackground2, #fff4ce); color: inherit; padding: 0 1px; }
.ind-read mark.ind-read-value { background: var(--colorPaletteYellowBackground3, #fde300); font-weight: 600; }
.ind-read-source { font-size: 13px; line-height: 1.7; padding: 8px; border-radius: 4px; max-height: 160px; overflow: auto;
  background: var(--colorNeutralBackground2, #fafafa); border: 1px solid var(--colorNeutralStroke2, #e0e0e0); }
.ind-read-source-line { font-size: 11px; color: var(--colorNeutralForeground3, #616161); }
.ind-read-actions { display: flex; gap: 8px; flex-wrap: wrap; }
`;

export function ensureReadStyles(doc: Document): void {
  if (doc.querySelector("style[data-ind-read]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-ind-read", "");
  style.textContent = READ_CSS;
  doc.head.append(style);
}
