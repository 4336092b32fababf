import "server-only";
import { env } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { onShutdown } from "../shutdown";
import { type Database, openDatabase } from "./connection";

/**
 * The app's database, opened once per process (kept on globalThis: a production build may
 * evaluate this module once per bundle, and each copy must not open its own pool or, worse, its
 * own PGlite on the same folder). Migrations and demo data are applied by the server's start-up
 * (features/runtime/start.ts) before the first request.
 */
const holder = globalThis as unknown as { __loketDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__loketDatabase ??= start().catch((error: unknown) => {
    holder.__loketDatabase = undefined;
    throw error;
  });
  return holder.__loketDatabase;
}

async function start(): Promise<Database> {
  const e = env();
  const database = await openDatabase(
    e.DATABASE_URL ? { kind: "server", url: e.DATABASE_URL, poolMax: e.LOKET_DB_POOL_MAX } : { kind: "embedded", dataDir: e.dataDir },
  );
  // Closed last, after in-flight requests and running jobs have finished (lib/shutdown.ts).
  onShutdown(() => database.close());
  return database;
}

/** The Prisma client of the app's database. */
export async function db(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
