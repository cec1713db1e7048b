#!/usr/bin/env node
/**
 * Gzip size of every JavaScript file in a production build: `node scripts/size-report.js [DIST]`
 * (default: $IND_DIST or dist). Microsoft's office.js files (dist/office/) are listed apart: we serve them
 * but do not build them. The size budget itself is enforced by test/build/bundle.test.ts.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(process.argv[2] || process.env.IND_DIST || "dist");
if (!fs.existsSync(dist)) {
  console.error(`size-report: no build at ${dist} (run: npx webpack --mode production)`);
  process.exit(2);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = walk(dist)
  .filter((f) => f.endsWith(".js"))
  .map((f) => {
    const raw = fs.readFileSync(f);
    return { file: path.relative(dist, f), raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

for (const [title, list] of [
  ["Our code", rows.filter((r) => !r.file.startsWith(`office${path.sep}`))],
  ["office.js (Microsoft, served locally)", rows.filter((r) => r.file.startsWith(`office${path.sep}`))],
]) {
  if (list.length === 0) continue;
  console.log(`\n${title}`);
  console.log(`${"file".padEnd(56)} ${"raw".padStart(11)} ${"gzip".padStart(11)}`);
  for (const r of list)
    console.log(`${r.file.padEnd(56)} ${kb(r.raw).padStart(11)} ${kb(r.gzip).padStart(11)}`);
  const raw = list.reduce((s, r) => s + r.raw, 0);
  const gz = list.reduce((s, r) => s + r.gzip, 0);
  console.log(`${"total".padEnd(56)} ${kb(raw).padStart(11)} ${kb(gz).padStart(11)}`);
}
