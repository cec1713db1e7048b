import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { writeXlsx } from "../../src/workbook/xlsx";
import { sheets } from "../fixtures/fill/workbook004";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const FIX = path.join(__dirname, "../fixtures/check");
let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ind-check-"));
  xlsx = path.join(dir, "data.xlsx");
  const wb = new MemoryWorkbook(sheets.map((s) => ({ name: s.name, values: s.values })));
  fs.writeFileSync(xlsx, await writeXlsx(wb));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

async function docx(name: string, paragraphs: string[]): Promise<string> {
  const zip = new JSZip();
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  const f = path.join(dir, name);
  fs.writeFileSync(f, await zip.generateAsync({ type: "uint8array" }));
  return f;
}

describe("ind check", () => {
  it("exit 1 and one JSON line per check when the text's arithmetic disagrees", async () => {
    const f = write("bad.txt", "标题\n全县规上工业企业由25家增加到42家，增长58%。民生支出10.4亿元。\n");
    const io = capture();
    expect(await main(["check", f, "--json"], io)).toBe(1);
    const rows = io.stdout.map((l) => JSON.parse(l));
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        kind: "growth_vs_levels",
        stated: "58%",
        computed: "68%",
        status: "disagree",
        quotes: ["增长58%", "全县规上工业企业由25家增加到42家"],
      }),
    ]);
  });

  it("exit 0 on the three sample reports (no disagreement in them)", async () => {
    for (const f of ["000_008dee05da16c37c.txt", "001_9f860a2bdebb59a8.txt", "004_30631a15f41f696c.txt"]) {
      const io = capture();
      expect(await main(["check", path.join(FIX, f)], io)).toBe(0);
      expect(io.stdout[io.stdout.length - 1]).toMatch(/不一致 0/);
    }
  });

  it("checks claims against an .xlsx workbook: agree, disagree with both values and the cell, not found", async () => {
    const f = write(
      "draft.txt",
      "2022年，全县地区生产总值完成48.6亿元，同比增长6.9%；城镇常住居民人均可支配收入41236元；年末常住人口12.3万人。\n",
    );
    const io = capture();
    expect(await main(["check", f, "--workbook", xlsx, "--json"], io)).toBe(1);
    const rows = io.stdout.map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.kind, r.stated, r.computed, r.status, r.cell?.address ?? null])).toEqual([
      ["workbook", "48.6亿元", "48.6亿元", "agree", "C3"],
      ["workbook", "6.9%", "6.8%", "disagree", "D3"],
      ["workbook", "41236元", "41236元", "agree", "C22"],
      ["workbook", "12.3万人", null, "not_found", null],
    ]);
    expect(rows[1].cell.sheet).toBe("2022年指标");
  });

  it("reads the bundled sample workbook: two header rows, last year's columns, a table of regions", async () => {
    const f = write(
      "sample.txt",
      "1-10月，全盟规上工业增加值同比增长7.2%，锡林浩特市规上工业增加值增长8.6%，固定资产投资完成426.3亿元。\n",
    );
    const io = capture();
    const sample = path.join(__dirname, "../../assets/sample.xlsx");
    expect(await main(["check", f, "--workbook", sample, "--period", "2024", "--json"], io)).toBe(1);
    const rows = io.stdout.map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.stated, r.computed, r.status, `${r.cell?.sheet}!${r.cell?.address}`])).toEqual([
      // The bureau's own figure (the Read engine reads 全盟 as scope, not as a region of the region table).
      ["7.2%", "7.2%", "agree", "主要指标!AF6"],
      // 8.52 → 8.5, not 8.6
      ["8.6%", "8.5%", "disagree", "旗县市区!E6"],
      // 2024年1-10月 (N7), not the 上年同期 column (W7)
      ["426.3亿元", "426.3亿元", "agree", "主要指标!N7"],
    ]);
  });

  it("reads drafts in traditional script", async () => {
    const f = write("trad.txt", "全縣規上工業企業由25家增加到42家，增長58%。");
    const io = capture();
    expect(await main(["check", f, "--json"], io)).toBe(1);
    expect(JSON.parse(io.stdout[0] as string)).toMatchObject({ kind: "growth_vs_levels", computed: "68%" });
  });

  it("reads .docx drafts", async () => {
    const f = await docx("draft.docx", ["一、经济运行", "全县规上工业企业由25家增加到42家，增长68%。"]);
    const io = capture();
    expect(await main(["check", f, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout[0] as string)).toMatchObject({ line: 2, status: "agree" });
  });

  it("exit 2 on bad input, with a message", async () => {
    const cases: string[][] = [
      ["check"],
      ["check", path.join(dir, "missing.txt")],
      ["check", write("ok.txt", "增长6%"), "--workbook", write("fake.xlsx", "not a zip")],
      ["check", write("ok2.txt", "增长6%"), "--bogus"],
      ["check", write("fake.docx", "plain text, not a docx")],
    ];
    for (const argv of cases) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.join("\n")).toMatch(/^ind check: /);
    }
  });
});
