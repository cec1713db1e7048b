/**
 * `ind fill TEMPLATE.txt --workbook DATA.xlsx [--period 2023] [--json]`: fill a template's `x` slots.
 *
 * Without --json: the filled text on stdout, then (on stderr) the slots left as `x` with their reasons.
 * With --json: one JSON object per slot {line, offset, status, value | reason, detail, indicator, cells}, and
 * a last line {"text": filled text}.
 * Exit codes: 0 on success (slots may be left: that is a result, not an error), 2 on bad input.
 */
import { fillTemplate } from "../../text/fill";
import { prepare } from "../../text/opencc";
import { CliError, parseArgs, type CliIO } from "../io";
import { loadFacts, loadText } from "./check";

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { workbook: "string", period: "string", json: "boolean" });
  if (positional.length !== 1) throw new CliError(`expected one TEMPLATE file, got ${positional.length}`);
  if (typeof options.workbook !== "string") throw new CliError("missing --workbook DATA.xlsx");
  const text = await loadText(positional[0], "template");
  const { facts } = await loadFacts(options.workbook);
  const period = typeof options.period === "string" ? options.period : null;
  const { convert } = await prepare(text);
  const r = fillTemplate(text, facts, { period, convert });
  if (options.json) {
    for (const s of r.slots) {
      io.out(
        JSON.stringify({
          line: s.line,
          offset: s.offset,
          status: s.status,
          ...(s.status === "filled" ? { value: s.value } : { reason: s.reason }),
          indicator: s.indicator,
          detail: s.detail,
          ...(s.cells ? { cells: s.cells } : {}),
        }),
      );
    }
    io.out(JSON.stringify({ text: r.text }));
  } else {
    io.out(r.text);
    const left = r.slots.filter((s) => s.status === "left");
    const filled = r.slots.length - left.length;
    io.err(`ind fill: ${filled} of ${r.slots.length} slots filled; ${left.length} left as x:`);
    for (const s of left)
      io.err(`  第${s.line}行 第${s.offset + 1}字\t${s.reason}\t${s.detail}\t「${s.quote}」`);
  }
  return 0;
}
