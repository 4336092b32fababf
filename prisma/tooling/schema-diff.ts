import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Prisma's schema engine, compiled to WebAssembly, driven over an in-memory PGlite. It computes
 * the SQL between the migrations folder (replayed in a throwaway PGlite "shadow" database) and
 * schema.prisma, with no binary download. Development tooling only; the app never loads it.
 * Used by `npm run db:migration:new` and by the schema/migrations agreement test.
 */

const require = createRequire(import.meta.url);
let started = false;

async function startEngine(): Promise<engineGlue.SchemaEngine> {
  if (!started) {
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports,
    });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    started = true;
  }
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
  return engineGlue.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}

const filters = { externalTables: [], externalEnums: [] };

export interface SchemaDiff {
  /** Empty when the migrations already produce what schema.prisma describes. */
  sql: string;
  changed: boolean;
}

/** SQL that takes a database built by `migrationsDir` to what `schemaPath` describes. */
export async function diffMigrationsToSchema(
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
  schemaPath = path.join(process.cwd(), "prisma", "schema.prisma"),
): Promise<SchemaDiff> {
  const engine = await startEngine();
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  const result = await engine.diff({
    from: {
      tag: "migrations",
      baseDir: migrationsDir,
      lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
      shadowDbInitScript: "",
      migrationDirectories: dirs.map((name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] },
    script: true,
    exitCode: true,
    filters,
  });
  engine.free();
  const sql = (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  return { sql, changed: result.exitCode === 2 };
}
