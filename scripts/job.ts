// `npm run job -- <name> [--as-of YYYY-MM-DD [--instansi <slug>]] [--grace-minutes N]`: runs one background job once, until it
// reports no more waiting work, and prints what it did. For operators: deliver mail now, clean expired rows, or
// apply retention. `--as-of` (retention only) runs retention as if the clock read that date: for
// rehearsing what next year's retention will anonymize on a restored copy of the database, never
// on the live one; `--instansi` limits that rehearsal to one office. `--grace-minutes` (orphan-files
// only) removes unreferenced files older than N minutes instead of an hour: only with every web
// process stopped (or in a test), since a live submission stores its files moments before its rows.
// With the embedded database the web server must be stopped (it owns the folder).
import path from "node:path";
import { parseArgs } from "node:util";
import { BACKGROUND_JOBS, ORPHAN_FILES_JOB, RETENTION_JOB } from "../features/jobs/background-jobs";
import { sweepOrphanFiles } from "../features/documents/orphan-sweep";
import { LocalDocumentStore } from "../features/documents/store";
import { anonymizeExpiredRequests } from "../features/privacy/anonymize";
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    `Usage: npm run job -- <${BACKGROUND_JOBS.map((j) => j.name).join("|")}> [--as-of YYYY-MM-DD [--instansi <slug>]] [--grace-minutes N]`,
  );
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { "as-of": { type: "string" }, instansi: { type: "string" }, "grace-minutes": { type: "string" } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
const name = args.positionals[0];
const job = BACKGROUND_JOBS.find((j) => j.name === name);
if (!job || args.positionals.length > 1) usage();
const value = args.values["as-of"];
const agencySlug = args.values.instansi;
const graceText = args.values["grace-minutes"];
let asOf: Date | undefined;
if (value !== undefined) {
  if (name !== RETENTION_JOB || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    usage("--as-of YYYY-MM-DD is accepted for the retention job only.");
  }
  asOf = new Date(`${value}T00:00:00Z`);
}
if (agencySlug !== undefined && (!asOf || !/^[a-z0-9-]{1,80}$/.test(agencySlug))) {
  usage("--instansi <slug> follows --as-of, for the retention job only.");
}
let graceMinutes: number | undefined;
if (graceText !== undefined) {
  if (name !== ORPHAN_FILES_JOB || !/^\d{1,6}$/.test(graceText))
    usage("--grace-minutes N (a whole number) is accepted for the orphan-files job only.");
  graceMinutes = Number(graceText);
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
  } else if (graceMinutes !== undefined) {
    const store = new LocalDocumentStore(path.join(e.dataDir, "files"));
    const report = await sweepOrphanFiles(database.prisma, store, { graceMs: graceMinutes * 60_000 });
    console.log(
      `${job.name} with ${graceMinutes} minute(s) of grace: ${report.checked} file(s) checked, ${report.removed} removed, ${report.unfinishedWrites} unfinished write(s) removed`,
    );
  } else {
    let runs = 0;
    while ((await job.run(database.prisma))?.more && runs < 10_000) runs++;
    console.log(`${job.name}: done`);
  }
} finally {
  await database.close();
}
