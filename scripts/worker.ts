// `npm run worker`: runs background jobs (mail delivery) in a process of its own, for deployments
// that set LOKET_INPROCESS_JOBS=0 on the web processes. Needs a PostgreSQL server (DATABASE_URL).
import { openDatabase } from "../lib/db/connection";
import { loadEnv } from "../lib/env";
import { deliverPendingMail } from "../features/notifications/mailer";

const e = loadEnv();
if (!e.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: the embedded database belongs to the web process, which runs jobs itself.");
  process.exit(2);
}
if (!e.SMTP_URL) console.warn("SMTP_URL is not set: there is no mail to deliver; the worker will idle.");
const database = await openDatabase({ kind: "server", url: e.DATABASE_URL, poolMax: 2 });
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stopping = true));
console.log("Loket worker: delivering mail every 2 s");
while (!stopping) {
  try {
    const r = await deliverPendingMail(database.prisma);
    if (r.sent + r.failed === 0) await new Promise((res) => setTimeout(res, 2000));
  } catch (error) {
    console.error(`mail delivery failed: ${(error as Error).message}`);
    await new Promise((res) => setTimeout(res, 5000));
  }
}
await database.close();
