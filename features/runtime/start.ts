import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { listenForCatalogChanges } from "../catalog/invalidation";
import { startBackgroundJobs } from "../jobs/in-process";
import { prepareDatabase } from "./prepare";

/** The start-up warning of a demo run: what it exposes, and how to run for real. */
export function demoWarning(reason: "chosen" | "local-default" | null): string {
  const why = reason === "chosen" ? "LOKET_DEMO_DATA is on" : "embedded database on a local origin, no LOKET_DEMO_DATA";
  return (
    `DEMO MODE (${why}): demo accounts with published passwords, a public outbox at /kotak-surat showing every e-mail. ` +
    "Not for real data. For a real deployment set APP_URL to the public https origin (and LOKET_DEMO_DATA=0 or DATABASE_URL); see README."
  );
}

/**
 * What the server does once at start, before the first request: open the database (taking the
 * embedded folder's lock), apply migrations and demo data, then start the in-process jobs. Any
 * failure stops the process with the reason, instead of failing on a visitor's request.
 */
export async function startServer(): Promise<void> {
  try {
    const e = env();
    const database = await getDatabase();
    if (e.demoData) logger.warn(demoWarning(e.demoReason));
    await prepareDatabase(database, { migrate: e.autoMigrate, demoData: e.demoData, log: (line) => logger.info(line) });
    startBackgroundJobs();
    listenForCatalogChanges();
  } catch (error) {
    console.error(`\nLoket cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
