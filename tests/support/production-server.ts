import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../lib/db/connection";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../../scripts/lib/database.mjs";
import { freePort, startServer, waitForHealth } from "../../scripts/lib/server.mjs";

/**
 * A production server of the e2e build of its own, for the fault tests (SIGTERM, SIGKILL, a
 * database outage) that must stop, kill or cut off the server they talk to: scripts/server.mjs
 * on a free port with the demo data, its files (and the embedded database) in `dataDir`, or on
 * the PostgreSQL database `databaseUrl` names. Mail stays in the outbox.
 */
export interface ProductionServer {
  origin: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>;
}

export interface ProductionServerOptions {
  dataDir: string;
  /** A PostgreSQL database; the embedded one in `dataDir` without. */
  databaseUrl?: string;
  /** The same port again, e.g. for a restart that keeps the signed-in cookies' origin. */
  port?: number;
  logLevel?: "debug" | "info" | "warn" | "error";
  /** More variables, e.g. test hooks. */
  env?: Record<string, string>;
}

/** Signs sessions in server mode; the same on every start, so a restart keeps the sessions. */
const AUTH_SECRET = "x".repeat(48);

export async function startProductionServer(options: ProductionServerOptions): Promise<ProductionServer> {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOKET_DATA_DIR: options.dataDir,
    LOKET_DEMO_DATA: "1",
    APP_URL: origin,
    LOG_LEVEL: options.logLevel ?? "warn",
    ...options.env,
  };
  for (const name of ["DATABASE_URL", "SMTP_URL", "NEXTAUTH_URL", "LOKET_WORKERS", "AUTH_SECRET"]) delete env[name];
  // One process in both modes: a signal sent to it reaches the process that serves.
  if (options.databaseUrl) Object.assign(env, { DATABASE_URL: options.databaseUrl, AUTH_SECRET, LOKET_WORKERS: "1" });
  const { server, output } = startServer({ env, port });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await waitForHealth(origin, server, output);
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }
  return { origin, port, process: server, output, exited };
}

/** SIGKILL unless it has exited; resolves once it has. */
export async function killServer(server: ProductionServer | undefined): Promise<void> {
  if (!server) return;
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill("SIGKILL");
  await server.exited;
}

/** A fresh temporary folder for a server's files (and embedded database). */
export function tempDataDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `loket-${prefix}-`));
}

/** Stored document files under `dataDir` (unfinished `.tmp` writes left out), as store keys. */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, "files");
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith(".tmp"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/**
 * Where a fault test keeps its rows: a fresh database `name` on the PostgreSQL server when
 * DATABASE_URL is set (dropped by `drop`), else the embedded database in `dataDir`.
 */
export async function testDatabase(name: string, dataDir: string) {
  const urls = process.env.DATABASE_URL ? databaseUrls(process.env.DATABASE_URL, name) : null;
  if (urls) await freshServerDatabase(urls.admin, name);
  return {
    url: urls?.target,
    /** Opens it from the test process (for the embedded one: only while no server owns the folder). */
    open: () => openDatabase(urls ? { kind: "server", url: urls.target, poolMax: 1 } : { kind: "embedded", dataDir }),
    drop: async () => {
      if (urls) await dropServerDatabase(urls.admin, name).catch(() => {});
    },
  };
}
