/**
 * @summary .docx → 纯文本 / the paragraphs of a Word document as text lines
 *
 * A .docx is a zip whose `word/document.xml` holds the body: paragraphs `<w:p>` made of runs with text in
 * `<w:t>`, tabs `<w:tab/>` and line breaks `<w:br/>`. We read it with jszip (already a dependency, works in
 * Node and in the browser) and walk the XML with one linear regular-expression scan instead of a DOM parser,
 * so this file runs in the command line and the task pane alike. Tables' cell paragraphs come out as lines;
 * headers, footers, comments and footnotes are not read.
 *
 * Edge cases: not a zip, or no word/document.xml → a DocxError with a clear message (callers turn it into a
 * CLI error or a UI message); entities (&amp; &lt; &#x4E2D;) are decoded.
 */
import JSZip from "jszip";

export class DocxError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, e: string) => {
    if (e.startsWith("#x")) return safeFromCodePoint(parseInt(e.slice(2), 16), whole);
    if (e.startsWith("#")) return safeFromCodePoint(parseInt(e.slice(1), 10), whole);
    return ENTITIES[e] ?? whole;
  });
}

function safeFromCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/** The text of `word/document.xml`: one line per paragraph. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let cur = "";
  let inPara = false;
  const re =
    /<w:p[ >]|<w:p\/>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const tag = m[0];
    if (tag === "<w:p/>") {
      lines.push("");
    } else if (tag.startsWith("<w:p")) {
      if (inPara) lines.push(cur);
      cur = "";
      inPara = true;
    } else if (tag === "</w:p>") {
      lines.push(cur);
      cur = "";
      inPara = false;
    } else if (tag === "<w:tab/>") {
      cur += "\t";
    } else if (tag.startsWith("<w:t")) {
      cur += decodeXml(m[1] ?? "");
    } else {
      cur += "\n";
    }
  }
  if (inPara && cur) lines.push(cur);
  return lines.join("\n");
}

/** Read the text of a .docx file's bytes. */
export async function readDocxText(data: Uint8Array | ArrayBuffer): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError("not a .docx file (it is not a zip archive)");
  }
  const doc = zip.file("word/document.xml");
  if (!doc) throw new DocxError("not a .docx file (word/document.xml is missing)");
  return documentXmlToText(await doc.async("string"));
}
