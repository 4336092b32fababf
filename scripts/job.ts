// `npm run job -- <name> [--as-of YYYY-MM-DD [--instansi <slug>]]`: runs one background job once, until it reports no
// more waiting work, and prints what it did. For operators: deliver mail now, clean expired rows, or
// apply retention. `--as-of` (retention only) runs retention as if the clock read that date: for
// rehearsing what next year's retention will anonymize on a restored copy of the database, never
// on the live one; `--instansi` limits that rehearsal to one office. With the embedded database the web server must be stopped (it owns the folder).
import path from "node:path";
import { BACKGROUND_JOBS, RETENTION_JOB } from "../features/jobs/background-jobs";
import { LocalDocumentStore } from "../features/documents/store";
import { anonymizeExpiredRequests } from "../features/privacy/anonymize";
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";

const [name, flag, value, agencyFlag, agencySlug] = process.argv.slice(2);
const job = BACKGROUND_JOBS.find((j) => j.name === name);
if (!job) {
  console.error(`Usage: npm run job -- <${BACKGROUND_JOBS.map((j) => j.name).join("|")}> [--as-of YYYY-MM-DD]`);
  process.exit(2);
}
let asOf: Date | undefined;
if (flag !== undefined) {
  if (flag !== "--as-of" || name !== RETENTION_JOB || !/^\d{4}-\d{2}-\d{2}$/.test(value ?? "") || Number.isNaN(Date.parse(value!))) {
    console.error("--as-of YYYY-MM-DD is accepted for the retention job only.");
    process.exit(2);
  }
  asOf = new Date(`${value}T00:00:00Z`);
}
if (agencyFlag !== undefined && (agencyFlag !== "--instansi" || !asOf || !/^[a-z0-9-]{1,80}$/.test(agencySlug ?? ""))) {
  console.error("--instansi <slug> follows --as-of, for the retention job only.");
  process.exit(2);
}

const e = loadEnv();
const database = await openDatabase(
  e.DATABASE_URL ? { kind: "server", url: e.DATABASE_URL, poolMax: 2 } : { kind: "embedded", dataDir: e.dataDir },
);
try {
  if (asOf) {
    const store = new LocalDocumentStore(path.join(e.dataDir, "files"));
    const agency = agencySlug ? await database.prisma.agency.findUnique({ where: { slug: agencySlug }, select: { id: true } }) : null;
    if (agencySlug && !agency) throw new Error(`no office with slug "${agencySlug}"`);
    let total = 0;
    for (;;) {
      const { anonymized } = await anonymizeExpiredRequests(database.prisma, store, { now: asOf, batch: 200, agencyId: agency?.id });
      total += anonymized.length;
      if (anonymized.length < 200) break;
    }
    console.log(`retention as of ${value}${agencySlug ? ` for ${agencySlug}` : ""}: ${total} request(s) anonymized`);
  } else {
    let runs = 0;
    while ((await job.run(database.prisma))?.more && runs < 10_000) runs++;
    console.log(`${job.name}: done`);
  }
} finally {
  await database.close();
}
