import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { raiseSlaAlerts } from "../sla/alerts";
import { deliverPendingMail, mailTransport } from "./mailer";

/**
 * Runs background jobs in the app process: mail delivery every few seconds and at once after a
 * change queued mail (`kickMailDelivery`, only with SMTP), and SLA alerts every minute.
 */
const holder = globalThis as unknown as {
  __loketMailTimer?: NodeJS.Timeout;
  __loketMailRunning?: boolean;
  __loketSlaTimer?: NodeJS.Timeout;
  __loketSlaRunning?: boolean;
};

async function tick(): Promise<void> {
  if (holder.__loketMailRunning) return;
  holder.__loketMailRunning = true;
  try {
    let batch;
    do batch = await deliverPendingMail(await db());
    while (batch.sent + batch.failed >= 20);
  } catch (error) {
    logger.error("mail delivery failed", { error: (error as Error).message });
  } finally {
    holder.__loketMailRunning = false;
  }
}

async function slaTick(): Promise<void> {
  if (holder.__loketSlaRunning) return;
  holder.__loketSlaRunning = true;
  try {
    const raised = await raiseSlaAlerts(await db());
    if (raised.warnings + raised.breaches + raised.stageNorms > 0) {
      logger.info("sla alerts", raised);
      kickMailDelivery();
    }
  } catch (error) {
    logger.error("sla alerts failed", { error: (error as Error).message });
  } finally {
    holder.__loketSlaRunning = false;
  }
}

/** Background jobs of the web process: mail delivery (with SMTP) and SLA alerts (every minute). */
export function startBackgroundJobs(mailIntervalMs = 3000, slaIntervalMs = 60_000): void {
  if (env().LOKET_INPROCESS_JOBS === false) return;
  if (mailTransport() === "smtp" && !holder.__loketMailTimer) {
    holder.__loketMailTimer = setInterval(() => void tick(), mailIntervalMs);
    holder.__loketMailTimer.unref();
  }
  if (!holder.__loketSlaTimer) {
    holder.__loketSlaTimer = setInterval(() => void slaTick(), slaIntervalMs);
    holder.__loketSlaTimer.unref();
    void slaTick();
  }
}

export function kickMailDelivery(): void {
  if (mailTransport() === "smtp" && env().LOKET_INPROCESS_JOBS !== false) void tick();
}
