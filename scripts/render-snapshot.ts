/**
 * Writes docs/report.snapshot.md: the standard sentences for a fixed set of situations (src/text/phrase/snapshot.ts),
 * so a reviewer reads the real Chinese in the diff. `--check` exits 1 when the committed file is stale.
 *
 *   npx tsx scripts/render-snapshot.ts [--check]
 */
import * as fs from "fs";
import * as path from "path";
import { renderSnapshot } from "../src/text/phrase/snapshot";

const file = path.join(__dirname, "..", "docs", "report.snapshot.md");
const text = renderSnapshot();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), file)} is stale: run npx tsx scripts/render-snapshot.ts`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)} is up to date`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, "utf8");
  console.log(`wrote ${path.relative(process.cwd(), file)} (${text.split("\n").length} lines)`);
}
