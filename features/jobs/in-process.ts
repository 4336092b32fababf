import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { onShutdown } from "@/lib/shutdown";
import { BACKGROUND_JOBS, MAIL_JOB } from "./background-jobs";
import { createScheduler, type Scheduler } from "./scheduler";

/**
 * The web process's own scheduler, unless LOKET_INPROCESS_JOBS=0 hands the jobs to `npm run worker`.
 * Kept on globalThis: a production build may evaluate this module once per bundle, and the jobs
 * must run once per process.
 */
const holder = globalThis as unknown as { __loketScheduler?: Scheduler };

export function startBackgroundJobs(): void {
  if (env().LOKET_INPROCESS_JOBS === false || holder.__loketScheduler) return;
  holder.__loketScheduler = createScheduler(BACKGROUND_JOBS, { database: db, log: logger, unref: true });
  holder.__loketScheduler.start();
  const scheduler = holder.__loketScheduler;
  // Before the database closes: running jobs finish, none starts (their leases are released by finishing).
  onShutdown(() => scheduler.stop());
}

/** Delivers mail queued by a change that just committed, instead of at the next interval. */
export function kickMailDelivery(): void {
  holder.__loketScheduler?.kick(MAIL_JOB);
}
