import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx, writeXlsx } from "../../src/workbook/xlsx";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ind-track-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

describe("ind track", () => {
  it("writes the tracking sheet into a copy, never the input", async () => {
    const input = path.join(dir, "sample.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = sha(input);
    const io = capture();
    expect(await main(["track", input, "--period", "1-10月"], io)).toBe(0);
    expect(sha(input)).toBe(before);
    const out = path.join(dir, "sample.tracked.xlsx");
    expect(io.stdout.join("\n")).toContain("达标 5, 基本达标 2, 未达标 1");
    const wb = await readXlsx(fs.readFileSync(out));
    expect(wb.sheetNames()).toContain("指标跟踪");
    const snap = wb.getSheet("指标跟踪");
    expect(snap.tables.map((t) => t.name)).toEqual(["指标跟踪", "同级位次", "地区表述"]);
    const summary = wb.getSheet("跟踪汇总");
    expect(summary.tables.map((t) => t.name)).toEqual(["落后指标"]);
    expect(summary.values[1]![0]).toBe("达标5项，基本达标2项，未达标1项，其他3项；明细见“指标跟踪”");
    const behind = summary.values.slice(summary.tables[0]!.rect.top + 1).map((r) => r[0]);
    expect(behind.slice(0, 3)).toEqual(["固定资产投资", "原煤产量", "地区生产总值"]);
    // the status summary by category (a PivotTable in Excel; computed in the .xlsx)
    expect(summary.values.some((r) => r[0] === "经济增长")).toBe(true);
    const t = snap.tables[0]!;
    const header = snap.values[t.rect.top]!;
    const col = (h: string) => header.indexOf(h);
    const row = (name: string) => snap.values.find((r) => r[0] === name)!;
    expect(row("固定资产投资")[col("状态")]).toBe("未达标");
    expect(row("地区生产总值")[col("状态")]).toBe("基本达标");
    expect(row("社会消费品零售总额")[col("状态")]).toBe("缺少目标");
    const f = snap.formulas[snap.values.indexOf(row("固定资产投资"))]!;
    expect(f[col("增速(%)")]).toBe("=IND.GROWTH('主要指标'!N7,'主要指标'!W7)");
    expect(row("固定资产投资")[col("增速(%)")] as number).toBeCloseTo(13.107, 3);
    const ranks = snap.values.find((r) => r[0] === "锡林浩特市" && typeof r[2] === "number")!;
    expect(ranks.slice(1, 4)).toEqual([8.52, 5, 1]);
    expect(
      snap.values.some(
        (r) =>
          r[2] ===
          "1-10月，锡林浩特市规上工业增加值同比增长8.5%，高于全盟平均1.3个百分点，并列全盟第5位，较上月前移1位",
      ),
    ).toBe(true);
  });

  it("prints the rows as JSON with --json", async () => {
    const io = capture();
    const out = path.join(dir, "json.xlsx");
    expect(await main(["track", SAMPLE, "--period", "前三季度", "--out", out, "--json"], io)).toBe(0);
    const j = JSON.parse(io.stdout.join("\n"));
    expect(j.period).toBe("1-9月");
    expect(j.rows).toHaveLength(11);
    expect(j.rows.find((r: { name: string }) => r.name === "地区生产总值")).toMatchObject({
      growth: 5.8,
      months: 9,
    });
    expect(j.peers.map((p: { indicator: string }) => p.indicator)).toContain("规上工业增加值");
    expect(fs.existsSync(out)).toBe(true);
  });

  it.each([
    [["track", SAMPLE, "--period", "1-10月", "--out", SAMPLE], /must not be the input/],
    [["track", SAMPLE], /missing --period/],
    [["track", SAMPLE, "--period", "十三月"], /cannot read the period/],
    [["track", SAMPLE, "--period", "二季度"], /cumulative from January/],
    [["track", "/nonexistent.xlsx", "--period", "1-10月"], /no such file/],
    [["track", SAMPLE, "--period", "1-10月", "--tolerance", "-1"], /--tolerance/],
    [["track", SAMPLE, "--period", "1-10月", "--sheet", "没有这张表"], /no sheet named/],
    [["track", SAMPLE, "--period", "1-10月", "--out", "/nonexistent-ind-dir/out.xlsx"], /cannot write/],
  ])("bad input %j → exit 2 with a message", async (argv, re) => {
    const io = capture();
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(re);
  });

  it("refuses a file that is not an .xlsx and a workbook without an indicator table", async () => {
    const txt = path.join(dir, "not.xlsx");
    fs.writeFileSync(txt, "指标名称,单位\n");
    let io = capture();
    expect(await main(["track", txt, "--period", "1-10月"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/cannot open/);
    const empty = path.join(dir, "empty.xlsx");
    fs.writeFileSync(
      empty,
      await writeXlsx(
        new MemoryWorkbook([
          {
            name: "Sheet1",
            values: [
              ["a", 1],
              ["b", 2],
            ],
          },
        ]),
      ),
    );
    io = capture();
    expect(await main(["track", empty, "--period", "1-10月"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/no header row/i);
  });

  it("does not overwrite a sheet named 指标跟踪 that the add-in does not own", async () => {
    const file = path.join(dir, "foreign.xlsx");
    const src = await readXlsx(fs.readFileSync(SAMPLE));
    const wb = new MemoryWorkbook([
      ...src
        .sheetNames()
        .map((n) => ({ name: n, values: src.getSheet(n).values, merges: src.getSheet(n).merges })),
      { name: "指标跟踪", values: [["我的笔记"]] },
    ]);
    fs.writeFileSync(file, await writeXlsx(wb));
    const io = capture();
    expect(await main(["track", file, "--period", "1-10月"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/--output-sheet/);
    const io2 = capture();
    expect(await main(["track", file, "--period", "1-10月", "--output-sheet", "跟踪10月"], io2)).toBe(0);
    const back = await readXlsx(fs.readFileSync(path.join(dir, "foreign.tracked.xlsx")));
    expect(back.getSheet("指标跟踪").values[0]![0]).toBe("我的笔记");
    expect(back.sheetNames()).toContain("跟踪10月");
  });
});
