/**
 * `npm run --silent ind -- COMMAND …`: batch work and checks over .xlsx/.txt files, with the same core and
 * text code as the add-in. Exit codes: 0 ok, 1 the check found problems (check), 2 bad input or usage.
 */
import { CliError, type CliIO } from "./io";

type Command = { summary: string; load: () => Promise<{ run(args: string[], io: CliIO): Promise<number> }> };

const commands: Record<string, Command> = {
  extract: {
    summary: "extract FILE [--json|--csv]            report text → indicator records",
    load: () => import("./commands/extract"),
  },
  track: {
    summary: "track WORKBOOK.xlsx --period 1-10月 [--out OUT.xlsx] [--json]",
    load: () => import("./commands/track"),
  },
  fill: { summary: "fill TEMPLATE.txt --workbook DATA.xlsx [--json]", load: () => import("./commands/fill") },
  check: {
    summary: "check DRAFT.txt [--workbook DATA.xlsx] [--json]",
    load: () => import("./commands/check"),
  },
};

export function usage(): string {
  return [
    "usage: npm run --silent ind -- COMMAND [options]",
    "",
    ...Object.values(commands).map((c) => `  ${c.summary}`),
  ].join("\n");
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  // Own keys only: "toString" or "constructor" must not reach Object.prototype.
  const cmd = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!cmd) {
    io.err(`ind: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    const mod = await cmd.load();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`ind ${name}: ${e.message}`);
      return 2;
    }
    io.err(`ind ${name}: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  const io: CliIO = {
    out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
    err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
  };
  main(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (e) => {
      io.err(String(e));
      process.exit(1);
    },
  );
}
