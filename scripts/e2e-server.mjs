// The server Playwright tests run against (playwright.config.ts → webServer): the production build
// (rebuilt only when the sources changed) served by `next start` on E2E_PORT (3210), on a fresh
// database every run:
//   - DATABASE_URL set: a new database `loket_e2e` on that PostgreSQL server, with the demo catalog;
//   - otherwise: the embedded database in a new temporary folder, removed on exit.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrls, freshServerDatabase } from "./lib/database.mjs";
import { ensureBuild, startServer } from "./lib/server.mjs";

const E2E_DATABASE = "loket_e2e";
const port = process.env.E2E_PORT || "3210";
const log = (msg) => console.log(`[e2e-server] ${msg}`);

function build() {
  const started = Date.now();
  let built;
  try {
    built = ensureBuild({ log, captureOutput: true });
  } catch (error) {
    console.error(`[e2e-server] ${error.message}`);
    process.exit(error.status || 1);
  }
  if (built) log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  else log("production build is current");
}

/** Recreates `loket_e2e` on the server DATABASE_URL names; returns the URL of the new database. */
async function freshE2eDatabase(url) {
  const { target, admin } = databaseUrls(url, E2E_DATABASE);
  await freshServerDatabase(admin, E2E_DATABASE);
  const where = new URL(target);
  log(`fresh database ${E2E_DATABASE} on ${where.hostname}:${where.port || 5432}`);
  return target;
}

build();

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  APP_URL: `http://127.0.0.1:${port}`,
  PORT: port,
};
// Stored files and the embedded database (when used) live in a fresh folder per run.
let tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-e2e-"));
env.LOKET_DATA_DIR = tempDir;
delete env.SMTP_URL;
if (process.env.DATABASE_URL) {
  env.AUTH_SECRET = randomBytes(32).toString("hex");
  try {
    env.DATABASE_URL = await freshE2eDatabase(process.env.DATABASE_URL);
  } catch (error) {
    console.error(`[e2e-server] cannot prepare database ${E2E_DATABASE} from DATABASE_URL: ${error.message}`);
    process.exit(1);
  }
  env.LOKET_DEMO_DATA = "1";
} else {
  log(`embedded database in ${tempDir}`);
}

function cleanUp() {
  if (!tempDir) return;
  fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}
process.on("exit", cleanUp);

// Where this run keeps its data, for tests that work on it from outside the browser (e.g. running a
// job with the clock set forward against the server database).
const infoFile = path.join(os.tmpdir(), `loket-e2e-${port}.json`);
fs.writeFileSync(infoFile, JSON.stringify({ dataDir: tempDir, databaseUrl: env.DATABASE_URL ?? null }));
process.on("exit", () => fs.rmSync(infoFile, { force: true }));

const { server } = startServer({ env, port, stdio: "inherit" });
log(`server on http://127.0.0.1:${port} (PID ${server.pid})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on("exit", (code) => {
  cleanUp();
  // Asked to stop: a clean stop (`next start` itself exits 143 on SIGTERM).
  process.exit(stopping ? 0 : (code ?? 1));
});
