// `npm run worker`: runs the background jobs (SLA alerts, mail delivery) in a process of its own, for
// deployments that set LOKET_INPROCESS_JOBS=0 on the web processes. Needs a PostgreSQL server (DATABASE_URL).
import { BACKGROUND_JOBS } from "../features/jobs/background-jobs";
import { createScheduler } from "../features/jobs/scheduler";
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";
import { logger } from "../lib/logger";

const e = loadEnv();
if (!e.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: the embedded database belongs to the web process, which runs jobs itself.");
  process.exit(2);
}
if (!e.APP_URL && !e.demoData) {
  // The jobs write e-mails with links into the portal: they must point at its public origin.
  console.error("npm run worker needs APP_URL (the portal's public origin, as the web processes have it).");
  process.exit(2);
}
if (!e.SMTP_URL) console.warn("SMTP_URL is not set: mail stays in the outbox; the worker raises SLA alerts only.");
const database = await openDatabase({ kind: "server", url: e.DATABASE_URL, poolMax: 2 });
const scheduler = createScheduler(BACKGROUND_JOBS, { database: async () => database.prisma, log: logger });
scheduler.start();
console.log(`Loket worker: ${scheduler.jobNames.join(", ")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void scheduler
      .stop()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}
