// `npm run db:seed`: (re)load the catalog seed: the four agencies and five services of the
// source documents, with their OPD lists. Repeatable; restores seeded text if it was edited.
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";
import { seedCatalog } from "../prisma/seed/catalog";

try {
  const e = loadEnv();
  const database = await openDatabase(
    e.DATABASE_URL ? { kind: "server", url: e.DATABASE_URL, poolMax: 2 } : { kind: "embedded", dataDir: e.dataDir },
  );
  try {
    await database.migrate(undefined, (line) => console.log(line));
    await seedCatalog(database.prisma);
    console.log("Catalog seed loaded.");
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`db:seed failed: ${(error as Error).message}`);
  process.exit(1);
}
