// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the
// migrations up to prisma/schema.prisma. Review the file, add hand-written SQL (triggers, checks)
// where the schema cannot express it, and commit it with the schema change.
import fs from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema } from "../prisma/tooling/schema-diff";

const name = (process.argv[2] ?? "").toLowerCase();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name_in_snake_case>");
  process.exit(2);
}
const diff = await diffMigrationsToSchema();
if (!diff.changed) {
  console.log("schema.prisma and the migrations already agree; nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(process.cwd(), "prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), diff.sql + "\n");
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
