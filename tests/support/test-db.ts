import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../lib/db/connection";

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named
 * by DATABASE_URL when set (as in CI), otherwise an in-memory PGlite. Never the app's own data.
 */
export interface TestDatabase extends Database {
  /** Connection URL of the fresh database (server mode only). */
  url?: string;
  drop(): Promise<void>;
}

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createEmptyServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = serverUrl();
  if (!admin) throw new Error("createEmptyServerDatabase needs DATABASE_URL");
  const name = `loket_test_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  // FORCE cannot end a superuser's backend (an autovacuum worker that just entered the new
  // database): wait for it and try again rather than fail the test file.
  const drop = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (error) {
        if (attempt >= 10 || (error as { code?: string }).code !== "42501") throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  return { url: withDatabaseName(admin, name), drop };
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const admin = serverUrl();
  let database: Database;
  let url: string | undefined;
  let dropDatabase = async () => {};
  if (admin) {
    const created = await createEmptyServerDatabase();
    url = created.url;
    dropDatabase = created.drop;
    database = await openDatabase({ kind: "server", url, poolMax: 4 });
  } else {
    database = await openDatabase({ kind: "memory" });
  }
  if (options.migrate ?? true) await database.migrate();
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      await dropDatabase();
    },
  };
}
