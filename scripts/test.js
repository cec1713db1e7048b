#!/usr/bin/env node
/**
 * `npm test`: the whole check, in order: typecheck → lint → format check → production build → jest (unit,
 * dom, build and browser projects). Ends with a plain `N passed, N failed` line (CI reads it).
 * Options: `--no-build` reuses dist/ (for quick local runs); extra arguments are passed on to jest.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const args = process.argv.slice(2);
const noBuild = args.includes("--no-build");
const jestArgs = args.filter((a) => a !== "--no-build");
const bin = (name) => path.join(__dirname, "..", "node_modules", ".bin", name);

let failedSteps = 0;
let passedSteps = 0;
function step(name, cmd, cmdArgs, env) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  process.stdout.write(`${ok ? "✔" : "✘"} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  if (ok) passedSteps++;
  else failedSteps++;
  return ok;
}

step("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
step("lint", bin("eslint"), ["src", "test", "scripts"]);
step("format", bin("prettier"), ["--check", "."]);
if (!noBuild) step("production build", bin("webpack"), ["--mode", "production"]);

const report = path.join(os.tmpdir(), `ind-jest-${process.pid}.json`);
step("jest", bin("jest"), ["--json", `--outputFile=${report}`, ...jestArgs]);

let passed = passedSteps;
let failed = failedSteps;
try {
  const j = JSON.parse(fs.readFileSync(report, "utf8"));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numRuntimeErrorTestSuites || 0);
  fs.unlinkSync(report);
} catch {
  failed += 1;
  console.error("jest wrote no report");
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
