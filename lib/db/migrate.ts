import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records them in Prisma's own
 * `_prisma_migrations` ledger, so `prisma migrate status/deploy` agree wherever the real schema
 * engine is available. Safe for concurrent starts: the whole run holds Prisma's advisory lock.
 * See docs/decisions/001-migrations-offline.md.
 */

/** The advisory lock key Prisma's schema engine uses for migrations. */
const PRISMA_MIGRATION_LOCK = 72707369;

export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(script: string): Promise<void>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export function defaultMigrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir: string = defaultMigrationsDir()): MigrationFile[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const buf = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"));
      return { name, sql: buf.toString("utf8"), checksum: createHash("sha256").update(buf).digest("hex") };
    });
}

const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface LedgerRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export async function applyMigrations(
  session: SqlSession,
  migrations: MigrationFile[] = readMigrations(),
  log: (line: string) => void = () => {},
): Promise<MigrationReport> {
  await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATION_LOCK})`);
  try {
    await session.exec(LEDGER_DDL);
    const rows = await session.query<LedgerRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const done = new Map<string, LedgerRow>();
    for (const row of rows) {
      if (row.rolled_back_at !== null) continue;
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed earlier and is marked unfinished in _prisma_migrations. ` +
            `Fix the database by hand, then delete that ledger row (or mark it rolled back) and start again.`,
        );
      }
      done.set(row.migration_name, row);
    }

    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was changed after it was applied (checksum differs). ` +
              `Migrations are append-only: restore the file and add a new migration instead.`,
          );
        }
        report.alreadyApplied++;
        continue;
      }
      log(`applying migration ${m.name}`);
      await session.exec("BEGIN");
      try {
        await session.exec(m.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK").catch(() => {});
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`, {
          cause: error,
        });
      }
      report.applied.push(m.name);
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      log(`warning: the database has migrations this code does not know: ${unknown.join(", ")}`);
    }
    return report;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATION_LOCK})`).catch(() => {});
  }
}
