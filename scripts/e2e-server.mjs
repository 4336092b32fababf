// The server Playwright tests run against (playwright.config.ts → webServer): the production build
// (rebuilt only when the sources changed) served by `next start` on E2E_PORT (3210), on a fresh
// database every run:
//   - DATABASE_URL set: a new database `loket_e2e` on that PostgreSQL server, with the demo catalog;
//   - otherwise: the embedded database in a new temporary folder, removed on exit.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent } from "./build-stamp.mjs";

const E2E_DATABASE = "loket_e2e";
const port = process.env.E2E_PORT || "3210";
const log = (msg) => console.log(`[e2e-server] ${msg}`);

function build() {
  if (buildIsCurrent()) {
    log("production build is current");
    return;
  }
  log("building (sources changed since the last build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    console.error(`[e2e-server] build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Recreates `loket_e2e` on the server DATABASE_URL names; returns the URL of the new database. */
async function freshServerDatabase(url) {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  target.pathname = `/${E2E_DATABASE}`;
  // A database cannot be dropped from a connection to itself: administer it from `postgres` then.
  const admin = new URL(url);
  if (decodeURIComponent(admin.pathname.slice(1)) === E2E_DATABASE) admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${E2E_DATABASE}`);
  } finally {
    await client.end();
  }
  log(`fresh database ${E2E_DATABASE} on ${target.hostname}:${target.port || 5432}`);
  return target.toString();
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
    env.DATABASE_URL = await freshServerDatabase(process.env.DATABASE_URL);
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

const server = spawn(process.execPath, ["scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
});
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
