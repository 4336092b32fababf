import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { startBackgroundJobs } from "../jobs/in-process";
import { prepareDatabase } from "./prepare";

/**
 * What the server does once at start, before the first request: open the database (taking the
 * embedded folder's lock), apply migrations and demo data, then start the in-process jobs. Any
 * failure stops the process with the reason, instead of failing on a visitor's request.
 */
export async function startServer(): Promise<void> {
  try {
    const e = env();
    const database = await getDatabase();
    await prepareDatabase(database, { migrate: e.autoMigrate, demoData: e.demoData, log: (line) => logger.info(line) });
    startBackgroundJobs();
  } catch (error) {
    console.error(`\nLoket cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
