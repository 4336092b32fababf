// `npm test`: every check, in order of speed: lint, formatting, type-check, unit tests, database tests
// (embedded PGlite, or the PostgreSQL server in DATABASE_URL), end-to-end tests in Chromium.
// Runs every stage even after a failure, so one run shows everything that is wrong.
import { spawnSync } from "node:child_process";

const stages = [
  ["lint", ["eslint", "--max-warnings=0", "."]],
  ["format", ["prettier", "--check", "."]],
  ["typecheck", ["tsc", "--noEmit"]],
  ["unit", ["vitest", "run", "--project", "unit"]],
  ["db", ["vitest", "run", "--project", "db"]],
  ["e2e", ["playwright", "test"]],
];
const only = process.argv.slice(2);
const results = [];
console.log(
  `Database for tests: ${process.env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite (set DATABASE_URL to use a server)"}`,
);
for (const [name, args] of stages) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name}: npx ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync("npx", ["--no-install", ...args], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  results.push({ name, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
