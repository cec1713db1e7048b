/**
 * `ind extract FILE [--json|--csv]` through main() with a fake CliIO: JSON lines in the records format,
 * CSV with a header, .txt in UTF-8/UTF-8 BOM/UTF-16/GB18030, .docx, and exit code 2 for bad input.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { decodeText } from "../../src/cli/commands/extract";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const TEXT =
  "一、2023年工作回顾\n地区生产总值增长6%，一般公共预算收入完成35.6亿元，居全区首位。\n二、2024年主要目标\n地区生产总值增长6%左右。\n";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ind-extract-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = capture();
  const code = await main(["extract", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

describe("ind extract", () => {
  it("prints JSON lines in the records format", async () => {
    const f = path.join(dir, "report.txt");
    fs.writeFileSync(f, TEXT, "utf8");
    const { code, out } = await run([f]);
    expect(code).toBe(0);
    const recs = out.split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(4);
    expect(Object.keys(recs[0])).toEqual([
      "file",
      "line",
      "quote",
      "indicator",
      "indicator_implicit",
      "kind",
      "period",
      "metric",
      "value",
      "unit",
      "qualifier",
      "scope",
    ]);
    expect(recs[0]).toMatchObject({
      file: "report.txt",
      line: 2,
      indicator: "地区生产总值",
      kind: "actual",
      period: "2023",
      metric: "growth",
      value: 6,
    });
    expect(recs[2]).toMatchObject({ metric: "rank", value: 1, scope: "全区" });
    expect(recs[3]).toMatchObject({ kind: "target", period: "2024", qualifier: "左右", line: 4 });
    expect((await run([f, "--json"])).out).toBe(out);
  });

  it("prints CSV with a header on --csv, quoting cells that need it", async () => {
    const f = path.join(dir, "r2.txt");
    fs.writeFileSync(f, "三次产业结构调整为47：23：30，“双随机，一公开”事项467项。", "utf8");
    const { code, out } = await run([f, "--csv"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe(
      "line,indicator,kind,period,metric,value,unit,qualifier,scope,implicit,rank_change,note,quote",
    );
    expect(lines[1]).toContain(",structure,47：23：30,");
    expect(lines.length).toBe(3);
  });

  it("reads UTF-8 with BOM, UTF-16 (with and without BOM) and GB18030", async () => {
    const utf8 = Buffer.from("地区生产总值增长6%", "utf8");
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe("地区生产总值增长6%");
    const le = Buffer.from("增长6%", "utf16le");
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe("增长6%");
    expect(decodeText(Buffer.from("abc增长6%", "utf16le"))).toBe("abc增长6%");
    const gb = Buffer.from([0xd4, 0xf6, 0xb3, 0xa4, 0x36, 0x25]); // 增长6% in GB18030
    expect(decodeText(gb)).toBe("增长6%");
    const f = path.join(dir, "gb.txt");
    fs.writeFileSync(
      f,
      Buffer.concat([
        Buffer.from([0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5]),
        gb,
      ]),
    );
    const { code, out } = await run([f]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ indicator: "地区生产总值", value: 6 });
  });

  it("reads a .docx file's paragraphs as lines", async () => {
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>标题</w:t></w:r></w:p>' +
        '<w:p><w:pPr/><w:r><w:t xml:space="preserve">地区生产总值</w:t></w:r><w:r><w:t>增长6% &amp; 完成35.6亿元</w:t></w:r></w:p></w:body></w:document>',
    );
    const f = path.join(dir, "report.docx");
    fs.writeFileSync(f, await zip.generateAsync({ type: "nodebuffer" }));
    const { code, out } = await run([f]);
    expect(code).toBe(0);
    const recs = out.split("\n").map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.line, r.value, r.unit])).toEqual([
      [2, 6, "%"],
      [2, 35.6, "亿元"],
    ]);
  });

  it("exits 2 with a clear message for a missing file, a directory, a broken .docx or bad options", async () => {
    const missing = await run([path.join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
    expect((await run([dir])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    const bad = path.join(dir, "bad.docx");
    fs.writeFileSync(bad, "not a zip");
    const b = await run([bad]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/docx/i);
    const f = path.join(dir, "ok.txt");
    fs.writeFileSync(f, TEXT);
    expect((await run([f, "--json", "--csv"])).code).toBe(2);
    expect((await run([f, "--xml"])).code).toBe(2);
  });

  it("reports on stderr when a text has no indicator statements, with exit 0", async () => {
    const f = path.join(dir, "empty.txt");
    fs.writeFileSync(f, "同志们，让我们团结一心。");
    const r = await run([f]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/no indicator statements/);
  });
});
