/**
 * Copy text: the async Clipboard API where the host allows it, else the classic hidden-textarea
 * `execCommand("copy")` (Office's older webviews), else false so the caller can select the text for Ctrl+C.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const nav = (doc.defaultView ?? globalThis).navigator as Navigator | undefined;
  try {
    if (nav?.clipboard && typeof nav.clipboard.writeText === "function") {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall back */
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.append(area);
  try {
    area.select();
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
