import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { deliverPendingMail, mailTransport } from "./mailer";

/**
 * Runs mail delivery in the app process: every few seconds, and at once after a change queued
 * mail (`kickMailDelivery`). Only with SMTP configured.
 */
const holder = globalThis as unknown as { __loketMailTimer?: NodeJS.Timeout; __loketMailRunning?: boolean };

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

export function startMailDispatcher(intervalMs = 3000): void {
  if (mailTransport() !== "smtp" || holder.__loketMailTimer || env().LOKET_INPROCESS_JOBS === false) return;
  holder.__loketMailTimer = setInterval(() => void tick(), intervalMs);
  holder.__loketMailTimer.unref();
}

export function kickMailDelivery(): void {
  if (mailTransport() === "smtp" && env().LOKET_INPROCESS_JOBS !== false) void tick();
}
