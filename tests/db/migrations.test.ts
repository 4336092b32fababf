import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, readMigrations } from "../../lib/db/migrate";
import { createEmptyServerDatabase, createTestDatabase, serverUrl, type TestDatabase } from "../support/test-db";

const open: TestDatabase[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.drop();
});

async function fresh(migrate = false) {
  const database = await createTestDatabase({ migrate });
  open.push(database);
  return database;
}

async function ledger(database: TestDatabase) {
  return database.withSession((s) =>
    s.query<{ migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    ),
  );
}

describe("migration runner", () => {
  it("applies every migration once, in order, into Prisma's ledger", async () => {
    const database = await fresh();
    const migrations = readMigrations();
    const first = await database.migrate();
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const rows = await ledger(database);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(migrations.map((m) => [m.name, m.checksum, 1]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    const second = await database.migrate();
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
    expect(await ledger(database)).toHaveLength(migrations.length);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const database = await fresh();
    await database.migrate();
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(database.migrate(edited)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const database = await fresh();
    await database.migrate();
    const broken = {
      name: "99990101000000_broken",
      sql: `CREATE TABLE "half_done" (id int); INSERT INTO "no_such_table" VALUES (1);`,
      checksum: "f".repeat(64),
    };
    const error = await database.migrate([...readMigrations(), broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/99990101000000_broken failed and was rolled back/);
    const tables = await database.withSession((s) => s.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`));
    expect(tables).toHaveLength(0);
    expect((await ledger(database)).map((r) => r.migration_name)).not.toContain(broken.name);
  });
});

function runMigrateProcess(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.skipIf(!serverUrl())("two processes against one PostgreSQL server", () => {
  it("apply the migrations exactly once between them", async () => {
    const { url, drop } = await createEmptyServerDatabase();
    try {
      const [a, b] = await Promise.all([runMigrateProcess(url), runMigrateProcess(url)]);
      expect(a.code, a.output).toBe(0);
      expect(b.code, b.output).toBe(0);
      const count = readMigrations().length;
      const applied = [a.output, b.output].map((o) => Number(/(\d+) migration\(s\) applied/.exec(o)?.[1]));
      expect(applied.sort()).toEqual([0, count]);
      const pg = await import("pg");
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      const rows = (await client.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`)).rows;
      await client.end();
      expect(rows).toHaveLength(count);
      expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    } finally {
      await drop();
    }
  });
});

describe("migrations folder", () => {
  it("is in Prisma's layout with a lock file", () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    expect(fs.readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);
    for (const m of readMigrations(dir)) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});
