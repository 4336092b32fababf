// A content hash of everything that goes into the production build, so `npm start` rebuilds
// exactly when the sources changed since the last build (e.g. after a `git pull`).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "features", "lib", "public", "prisma/schema.prisma", "prisma/seed"];
const FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else out.push(p);
}

export function buildStamp(cwd = process.cwd()) {
  const files = [];
  for (const r of [...ROOTS, ...FILES]) walk(path.join(cwd, r), files);
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(path.relative(cwd, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest("hex");
}

export const STAMP_FILE = path.join(".next", "loket-build-stamp");

export function buildIsCurrent(cwd = process.cwd()) {
  const file = path.join(cwd, STAMP_FILE);
  return fs.existsSync(path.join(cwd, ".next", "BUILD_ID")) && fs.existsSync(file) && fs.readFileSync(file, "utf8") === buildStamp(cwd);
}
