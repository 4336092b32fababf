// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database).
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";

try {
  const e = loadEnv();
  const database = await openDatabase(
    e.DATABASE_URL ? { kind: "server", url: e.DATABASE_URL, poolMax: 1 } : { kind: "embedded", dataDir: e.dataDir },
  );
  try {
    const report = await database.migrate(undefined, (line) => console.log(line));
    console.log(`${report.applied.length} migration(s) applied, ${report.alreadyApplied} already applied.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`db:migrate failed: ${(error as Error).message}`);
  process.exit(1);
}
