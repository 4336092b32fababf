import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { deliverPendingMail, mailTransport } from "../notifications/mailer";
import { raiseSlaAlerts } from "../sla/alerts";
import { expiredRowsJob } from "./expired-rows";
import type { PeriodicJob } from "./scheduler";

/**
 * Loket's periodic jobs, by name. Free of Next.js so that `npm run worker` runs them as they are.
 * - "mail": delivers the outbox over SMTP (only configured with SMTP_URL), in batches until empty.
 * - "sla-alerts": SLA warnings and breaches, and stage norms exceeded (features/sla/alerts.ts); the
 *   messages they queue are delivered right after.
 * - "expired-rows": finished rate-limit windows and expired sign-in links (features/jobs/expired-rows.ts), hourly.
 */
export const MAIL_JOB = "mail";
export const SLA_ALERTS_JOB = "sla-alerts";

const MAIL_BATCH = 20;

export const mailDeliveryJob: PeriodicJob<PrismaClient> = {
  name: MAIL_JOB,
  everyMs: 3000,
  enabled: () => mailTransport() === "smtp",
  async run(prisma) {
    const batch = await deliverPendingMail(prisma, MAIL_BATCH);
    return { more: batch.sent + batch.failed >= MAIL_BATCH };
  },
};

export const slaAlertsJob: PeriodicJob<PrismaClient> = {
  name: SLA_ALERTS_JOB,
  everyMs: 60_000,
  async run(prisma) {
    const raised = await raiseSlaAlerts(prisma);
    if (raised.warnings + raised.breaches + raised.stageNorms === 0) return;
    logger.info("sla alerts", raised);
    return { follow: [MAIL_JOB] };
  },
};

export const BACKGROUND_JOBS: readonly PeriodicJob<PrismaClient>[] = [slaAlertsJob, mailDeliveryJob, expiredRowsJob];
