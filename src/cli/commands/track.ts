/** `ind track`: not built yet (its issue is open). Exits 2 with a clear message rather than pretending. */
import { CliError, type CliIO } from "../io";

export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new CliError("the track command is not available in this build yet");
}
