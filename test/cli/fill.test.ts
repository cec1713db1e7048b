import * as fs from "fs";
import * as os from "os";
import * as path from "path";
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

const TEMPLATE = path.join(__dirname, "../fixtures/check/004_30631a15f41f696c.txt");
let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ind-fill-"));
  xlsx = path.join(dir, "data.xlsx");
  fs.writeFileSync(
    xlsx,
    await writeXlsx(new MemoryWorkbook(sheets.map((s) => ({ name: s.name, values: s.values })))),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("ind fill", () => {
  it("prints the filled template and lists the slots left as x", async () => {
    const io = capture();
    expect(await main(["fill", TEMPLATE, "--workbook", xlsx, "--period", "2022"], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("城乡常住居民人均可支配收入分别完成41236元和17508元，分别增长4.6%和7.1%");
    expect(text).toContain("三次产业结构由2022年的15.2：38.5：46.3演进为x：x：x");
    expect(io.stderr[0]).toBe("ind fill: 49 of 84 slots filled; 35 left as x:");
    expect(io.stderr).toHaveLength(36);
  });

  it("--json: one line per slot, then the text", async () => {
    const io = capture();
    expect(await main(["fill", TEMPLATE, "--workbook", xlsx, "--period", "2022", "--json"], io)).toBe(0);
    const rows = io.stdout.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(85);
    expect(rows.filter((r) => r.status === "filled")).toHaveLength(49);
    expect(rows.find((r) => r.line === 17 && r.offset === 123)).toMatchObject({
      status: "left",
      reason: "ambiguous",
    });
    expect(rows.find((r) => r.line === 12 && r.offset === 51)).toMatchObject({
      status: "filled",
      value: "41236",
      cells: [{ sheet: "2022年指标", address: "C22" }],
    });
    expect(typeof rows[84].text).toBe("string");
  });

  it("exit 2 without --workbook or with a bad workbook", async () => {
    for (const argv of [
      ["fill", TEMPLATE],
      ["fill", TEMPLATE, "--workbook", path.join(dir, "none.xlsx")],
      ["fill", "--workbook", xlsx],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.join("\n")).toMatch(/^ind fill: /);
    }
  });
});
