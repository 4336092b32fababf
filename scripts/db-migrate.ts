// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database).
import { loadEnv } from "../lib/env";
import { openDatabase } from "../lib/db/connection";

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
