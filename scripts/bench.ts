/**
 * `npm run bench`: every benchmark in scripts/bench/*.ts, in one process. Each section prints its figures and
 * its ratio against a baseline measured in the same process (never a fixed number of milliseconds).
 */
import * as fs from "fs";
import * as path from "path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const dir = path.join(__dirname, "bench");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort();
  for (const f of files) {
    if (only && !f.includes(only)) continue;
    const mod = (await import(path.join(dir, f))) as { default?: () => Promise<void> | void };
    console.log(`\n=== ${f.replace(/\.ts$/, "")} ===`);
    if (typeof mod.default === "function") await mod.default();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
