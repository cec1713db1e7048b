/**
 * Opening a report file in the Read view: .docx through the workbook layer's Word reader (src/workbook/docx.ts,
 * which loads jszip on demand), anything else as text (UTF-8, UTF-16, GB18030: src/text/decode).
 */
import { formatMessage } from "../../core/messages";
import { decodeTextBytes } from "../../text/decode";
import { readDocxText } from "../../workbook/docx";
import { isWorkbookError } from "../../workbook/errors";

export type FileText = { ok: true; text: string } | { ok: false; detail: string };

export async function readFileText(file: Blob & { name?: string }, lang: "zh" | "en"): Promise<FileText> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  if (/\.docx$/i.test(file.name ?? "")) {
    try {
      return { ok: true, text: await readDocxText(bytes) };
    } catch (e) {
      return {
        ok: false,
        detail: isWorkbookError(e) ? e.text(lang) : e instanceof Error ? e.message : String(e),
      };
    }
  }
  const text = decodeTextBytes(bytes);
  return text === null ? { ok: false, detail: formatMessage("readFileEncoding", lang) } : { ok: true, text };
}
