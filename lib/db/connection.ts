import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { acquireDataDirLock } from "./embedded-lock";
import { applyMigrations, type MigrationFile, type MigrationReport, readMigrations, type SqlSession } from "./migrate";

/**
 * Opens Loket's database: a PostgreSQL server when a URL is given, otherwise embedded PostgreSQL
 * (PGlite) in a data folder this process owns, or in memory for tests. The same Prisma client
 * code runs on all three. Framework-free so that scripts and tests use it directly.
 */
export type DatabaseTarget = { kind: "server"; url: string; poolMax?: number } | { kind: "embedded"; dataDir: string } | { kind: "memory" };

export interface Database {
  kind: DatabaseTarget["kind"];
  prisma: PrismaClient;
  migrate(migrations?: MigrationFile[], log?: (line: string) => void): Promise<MigrationReport>;
  /** Runs raw SQL on a session of its own (for checks and tests). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function pgliteSession(db: PGlite): SqlSession {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params as unknown[])).rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}

async function openPglite(db: PGlite, kind: "embedded" | "memory", release: () => void): Promise<Database> {
  await db.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  const session = pgliteSession(db);
  return {
    kind,
    prisma,
    migrate: (migrations = readMigrations(), log) => applyMigrations(session, migrations, log),
    withSession: (fn) => fn(session),
    async close() {
      await prisma.$disconnect();
      if (!db.closed) await db.close();
      release();
    },
  };
}

async function withPgClient<T>(url: string, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn({
      async query<R>(sql: string, params?: unknown[]) {
        return (await client.query(sql, params)).rows as R[];
      },
      async exec(script: string) {
        await client.query(script);
      },
    });
  } finally {
    await client.end();
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  switch (target.kind) {
    case "server": {
      const prisma = new PrismaClient({
        adapter: new PrismaPg({ connectionString: target.url, max: target.poolMax ?? 10 }),
      });
      return {
        kind: "server",
        prisma,
        migrate: (migrations = readMigrations(), log) => withPgClient(target.url, (session) => applyMigrations(session, migrations, log)),
        withSession: (fn) => withPgClient(target.url, fn),
        close: () => prisma.$disconnect(),
      };
    }
    case "embedded": {
      const release = acquireDataDirLock(target.dataDir);
      try {
        return await openPglite(new PGlite(path.join(target.dataDir, "pglite")), "embedded", release);
      } catch (error) {
        release();
        throw error;
      }
    }
    case "memory":
      return openPglite(new PGlite(), "memory", () => {});
  }
}
