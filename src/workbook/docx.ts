/**
 * Plain text of a .docx (a report draft or a work report) for the Read and Check views and the CLI: each
 * paragraph of `word/document.xml` becomes a line; tabs (`w:tab`) and line breaks (`w:br`, `w:cr`) are
 * kept; a table row becomes one line with its cells separated by tabs. Tracked deletions, field codes and
 * the fallback copy of text boxes (`mc:Fallback`, which repeats `mc:Choice`) are left out.
 *
 * JSZip (already a dependency through ExcelJS) is loaded lazily. The XML is scanned with a small tokenizer
 * rather than a DOM parser so the same code runs in the browser, in Node and in workers: only a handful of
 * WordprocessingML elements matter here.
 *
 * Bad input rejects with a WorkbookError: wbEmptyFile, wbTooLarge, wbNotDocx, wbCorrupt.
 */
import { describeError, WorkbookError } from "./errors";

export const MAX_DOCX_BYTES = 30 * 1024 * 1024;

/** Elements whose content is not text of the document (w:pPr holds tab stops written as <w:tab/>). */
const SKIPPED = new Set(["w:delText", "w:instrText", "mc:Fallback", "w:pPr", "w:rPr"]);

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The text of a WordprocessingML body (the content of word/document.xml). */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = "";
  let para = "";
  let inText = false;
  let skip = 0; // inside one of SKIPPED
  let cellDepth = 0;
  let cells: string[] = [];
  let cell = "";
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    if (m[6] !== undefined) {
      if (inText && skip === 0) para += decodeXml(m[6]);
      continue;
    }
    const closing = m[1] === "/";
    const prefix = m[2] ?? "";
    const name = m[3] as string;
    const selfClosing = m[5] === "/";
    const full = prefix + name;
    if (SKIPPED.has(full)) {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    switch (full) {
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        if (!closing) para += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!closing) para += "\n";
        break;
      case "w:noBreakHyphen":
        if (!closing) para += "-";
        break;
      case "w:p":
        if (closing || selfClosing) {
          if (cellDepth > 0) cell += (cell && para ? " " : "") + para;
          else {
            line = para;
            lines.push(...line.split("\n"));
          }
          para = "";
        }
        break;
      case "w:tc":
        if (!closing && !selfClosing) {
          cellDepth++;
          cell = "";
        } else if (closing) {
          cellDepth--;
          cells.push(cell.replace(/\t/g, " "));
          cell = "";
        }
        break;
      case "w:tr":
        if (closing) {
          lines.push(cells.join("\t"));
          cells = [];
        } else if (!selfClosing) cells = [];
        break;
      default:
        break;
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

/** Read the text of a .docx file. Rejects with a WorkbookError for anything that is not a readable .docx. */
export async function readDocxText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) throw new WorkbookError("wbEmptyFile");
  if (bytes.byteLength > MAX_DOCX_BYTES)
    throw new WorkbookError("wbTooLarge", {
      size: (bytes.byteLength / 1024 / 1024).toFixed(1),
      limit: MAX_DOCX_BYTES / 1024 / 1024,
    });
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new WorkbookError("wbNotDocx");
  const mod = (await import(/* webpackChunkName: "jszip" */ "jszip")) as unknown as {
    default?: typeof import("jszip");
    loadAsync?: unknown;
  };
  const JSZip = (mod.loadAsync ? mod : mod.default) as typeof import("jszip");
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file("word/document.xml");
    if (!doc) throw new WorkbookError("wbNotDocx");
    xml = await doc.async("string");
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError("wbCorrupt", { detail: describeError(e) });
  }
  return documentXmlToText(xml);
}
