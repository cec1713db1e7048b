import JSZip from "jszip";
import { documentXmlToText, readDocxText, MAX_DOCX_BYTES } from "../../src/workbook/docx";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:jc w:val="left"/></w:pPr>${runs.join("")}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocxText", () => {
  test("paragraphs become lines; runs join; tabs and breaks are kept; entities decoded", async () => {
    const bytes = await docx(
      p(r("全旗地区生产总值完成"), r("135.6亿元，")) +
        p(r("增长6.1%")) +
        p() +
        p(r("指标"), "<w:r><w:tab/></w:r>", r("2024")) +
        p(r("第一行"), "<w:r><w:br/></w:r>", r("第二行 &lt;注&gt; &amp; &#x4E00;")),
    );
    expect(await readDocxText(bytes)).toBe(
      "全旗地区生产总值完成135.6亿元，\n增长6.1%\n\n指标\t2024\n第一行\n第二行 <注> & 一",
    );
  });

  test("a table row is one line, cells separated by tabs", async () => {
    const tc = (t: string) => `<w:tc><w:tcPr/>${p(r(t))}</w:tc>`;
    const body =
      p(r("表1")) +
      `<w:tbl><w:tr>${tc("指标")}${tc("增速(%)")}</w:tr><w:tr>${tc("规上工业增加值")}${tc("8.5")}</w:tr></w:tbl>` +
      p(r("完"));
    expect(await readDocxText(await docx(body))).toBe("表1\n指标\t增速(%)\n规上工业增加值\t8.5\n完");
  });

  test("tracked deletions, field codes and text-box fallbacks are left out", () => {
    const xml =
      `<w:document ${W}><w:body>` +
      p(r("增长"), "<w:del><w:r><w:delText>5</w:delText></w:r></w:del>", r("6%")) +
      p("<w:r><w:instrText> PAGE </w:instrText></w:r>", r("正文")) +
      p(
        `<mc:AlternateContent><mc:Choice>${r("框内")}</mc:Choice><mc:Fallback>${r("框内")}</mc:Fallback></mc:AlternateContent>`,
      ) +
      "</w:body></w:document>";
    expect(documentXmlToText(xml)).toBe("增长6%\n正文\n框内");
  });

  test("clear errors: empty, too large, not a zip (.doc, text), a zip without a document, a damaged zip", async () => {
    const key = async (b: Uint8Array) =>
      (await readDocxText(b).then(
        () => "ok",
        (e) => e.key,
      )) as string;
    expect(await key(new Uint8Array(0))).toBe("wbEmptyFile");
    const big = new Uint8Array(MAX_DOCX_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect(await key(big)).toBe("wbTooLarge");
    expect(await key(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe("wbNotDocx");
    expect(await key(new TextEncoder().encode("plain text"))).toBe("wbNotDocx");
    const zip = new JSZip();
    zip.file("a.txt", "x");
    expect(await key(await zip.generateAsync({ type: "uint8array" }))).toBe("wbNotDocx");
    const good = await docx(p(r("x")));
    expect(await key(good.slice(0, 40))).toBe("wbCorrupt");
  });
});
