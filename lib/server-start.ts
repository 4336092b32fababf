import { startBackgroundJobs } from "../features/notifications/dispatcher";
import { getDatabase } from "./db";

/** Opens the database at server start, or stops the process with the reason. */
export async function startServer(): Promise<void> {
  try {
    await getDatabase();
    startBackgroundJobs();
  } catch (error) {
    console.error(`\nLoket cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
