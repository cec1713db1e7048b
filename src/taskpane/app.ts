/** Placeholder app shell; replaced by the task pane work (issue 2). */
export function startApp(): void {
  const root = document.getElementById("app");
  if (root) root.textContent = "指标通";
}
