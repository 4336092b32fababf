// `npm run worker`: runs background jobs (SLA alerts, mail delivery) in a process of its own, for deployments
// that set LOKET_INPROCESS_JOBS=0 on the web processes. Needs a PostgreSQL server (DATABASE_URL).
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";
import { deliverPendingMail } from "../features/notifications/mailer";
import { raiseSlaAlerts } from "../features/sla/alerts";

const e = loadEnv();
if (!e.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: the embedded database belongs to the web process, which runs jobs itself.");
  process.exit(2);
}
if (!e.SMTP_URL) console.warn("SMTP_URL is not set: mail stays in the outbox; the worker raises SLA alerts only.");
const database = await openDatabase({ kind: "server", url: e.DATABASE_URL, poolMax: 2 });
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stopping = true));
console.log("Loket worker: SLA alerts every minute, mail delivery every 2 s");
let lastSla = 0;
while (!stopping) {
  try {
    if (Date.now() - lastSla > 60_000) {
      lastSla = Date.now();
      const alerts = await raiseSlaAlerts(database.prisma);
      if (alerts.warnings + alerts.breaches + alerts.stageNorms) {
        console.log(`sla alerts: ${alerts.warnings} warning(s), ${alerts.breaches} breach(es), ${alerts.stageNorms} stage norm(s)`);
      }
    }
    const r = await deliverPendingMail(database.prisma);
    if (r.sent + r.failed === 0) await new Promise((res) => setTimeout(res, 2000));
  } catch (error) {
    console.error(`mail delivery failed: ${(error as Error).message}`);
    await new Promise((res) => setTimeout(res, 5000));
  }
}
await database.close();
