import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

describe("ind COMMAND dispatch", () => {
  it.each(["toString", "constructor", "hasOwnProperty", "__proto__", "valueOf", "nosuch"])(
    "an unknown command %s (even an Object.prototype member) → exit 2 with usage",
    async (name) => {
      const io = capture();
      expect(await main([name], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain(`unknown command "${name}"`);
      expect(io.stderr.join("\n")).toContain("usage:");
    },
  );

  it("no command → usage and exit 2; --help → exit 0", async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.stdout.join("\n")).toContain("usage:");
    expect(await main(["--help"], capture())).toBe(0);
  });
});
