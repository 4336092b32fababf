import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../prisma/tooling/schema-diff";

/**
 * schema.prisma and prisma/migrations must describe the same database. The schema engine replays
 * the migrations in a throwaway database and diffs the result against the schema.
 */
const root = process.cwd();
const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");

function copyProject(): { schema: string; migrations: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-schema-"));
  fs.cpSync(migrationsDir, path.join(dir, "migrations"), { recursive: true });
  fs.copyFileSync(schemaPath, path.join(dir, "schema.prisma"));
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

describe("schema.prisma and migrations", () => {
  it("agree", async () => {
    const diff = await diffMigrationsToSchema(migrationsDir, schemaPath);
    expect(diff.sql, `Write a migration: npm run db:migration:new -- <name>\n${diff.sql}`).toBe("");
    expect(diff.changed).toBe(false);
  });

  it("disagree when only the schema changes", async () => {
    const copy = copyProject();
    const schema = fs.readFileSync(copy.schema, "utf8").replace("model Opd {\n", "model Opd {\n  phone     String?\n");
    fs.writeFileSync(copy.schema, schema);
    const diff = await diffMigrationsToSchema(copy.migrations, copy.schema);
    expect(diff.changed).toBe(true);
    expect(diff.sql).toMatch(/ALTER TABLE "Opd" ADD COLUMN\s+"phone" TEXT/);
  });

  it("disagree when only the migrations change", async () => {
    const copy = copyProject();
    const dir = path.join(copy.migrations, "29990101000000_extra");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "migration.sql"), `ALTER TABLE "Opd" ADD COLUMN "fax" TEXT;\n`);
    const diff = await diffMigrationsToSchema(copy.migrations, copy.schema);
    expect(diff.changed).toBe(true);
    expect(diff.sql).toMatch(/DROP COLUMN "fax"/);
  });
});
