// `npm run bench -- <name>` runs scripts/bench/<name>.mjs (or <name>.ts, through tsx); with no
// name, every benchmark in turn.
// Benchmarks print their figures as `BENCH <bench> <figure> <value> <unit>` lines and exit non-zero
// when a figure misses its budget.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.join(import.meta.dirname, "bench");
const available = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => /\.(mjs|ts)$/.test(f))
      .map((f) => f.replace(/\.(mjs|ts)$/, ""))
      .sort()
  : [];

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}`);
  console.error(`Available: ${available.join(", ") || "(none)"}`);
  console.error("Usage: npm run bench -- [name ...]");
  process.exit(2);
}

const names = requested.length > 0 ? requested : available;
const failed = [];
for (const name of names) {
  console.log(`── bench ${name}`);
  const file = fs.existsSync(path.join(dir, `${name}.mjs`)) ? `${name}.mjs` : `${name}.ts`;
  const args = file.endsWith(".ts") ? ["--import", "tsx", path.join(dir, file)] : [path.join(dir, file)];
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) failed.push(`${name} (${result.status ?? result.signal})`);
}
if (failed.length > 0) {
  console.error(`Benchmarks failed: ${failed.join(", ")}`);
  process.exit(1);
}
