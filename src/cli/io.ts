/** Output channels and the error type for bad input (exit code 2, message on stderr). */
import * as fs from "fs";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Bad input or usage: the command prints the message and exits with code 2. */
export class CliError extends Error {}

/** Read a whole file, or fail with a clear CliError (missing, a directory, unreadable). */
export function readInputFile(file: string | undefined, what = "file"): Buffer {
  if (!file) throw new CliError(`missing ${what} argument`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`cannot read ${what} "${file}": no such file`);
  }
  if (!stat.isFile()) throw new CliError(`cannot read ${what} "${file}": not a regular file`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${what} "${file}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Parse `--flag value` / `--flag` options; unknown flags are an error. */
export function parseArgs(
  args: string[],
  spec: Record<string, "string" | "boolean">,
): { positional: string[]; options: Record<string, string | boolean> } {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("--")) {
      const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      const kind = spec[key];
      if (!kind) throw new CliError(`unknown option --${key}`);
      if (kind === "boolean") options[key] = true;
      else {
        const v = inline ?? args[++i];
        if (v === undefined || v.startsWith("--")) throw new CliError(`option --${key} needs a value`);
        options[key] = v;
      }
    } else positional.push(a);
  }
  return { positional, options };
}
