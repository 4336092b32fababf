import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { deliverPendingMail, mailTransport } from "../notifications/mailer";
import { raiseSlaAlerts } from "../sla/alerts";
import { expiredRowsJob } from "./expired-rows";
import { sweepOrphanFiles } from "../documents/orphan-sweep";
import { type DocumentStore, LocalDocumentStore } from "../documents/store";
import { anonymizeExpiredRequests } from "../privacy/anonymize";
import type { PeriodicJob } from "./scheduler";

/**
 * Loket's periodic jobs, by name. Free of Next.js so that `npm run worker` runs them as they are.
 * - "mail": delivers the outbox over SMTP (only configured with SMTP_URL), in batches until empty.
 * - "sla-alerts": SLA warnings and breaches, and stage norms exceeded (features/sla/alerts.ts); the
 *   messages they queue are delivered right after.
 * - "expired-rows": finished rate-limit windows and expired sign-in links (features/jobs/expired-rows.ts), hourly.
 * - "retention": anonymizes closed requests whose agency's retention has run out
 *   (features/privacy/anonymize.ts), in batches until none is left.
 * - "orphan-files": stored files no document row references, older than an hour
 *   (features/documents/orphan-sweep.ts), at start and every 6 hours.
 */
export const MAIL_JOB = "mail";
export const SLA_ALERTS_JOB = "sla-alerts";
export const RETENTION_JOB = "retention";

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

const RETENTION_BATCH = 200;

export const retentionJob: PeriodicJob<PrismaClient> = {
  name: RETENTION_JOB,
  everyMs: 6 * 3600_000,
  async run(prisma) {
    const { anonymized } = await anonymizeExpiredRequests(prisma, jobStore(), { batch: RETENTION_BATCH });
    if (anonymized.length > 0) logger.info("retention", { anonymized: anonymized.length });
    return { more: anonymized.length >= RETENTION_BATCH };
  },
};

export const ORPHAN_FILES_JOB = "orphan-files";

export const orphanFilesJob: PeriodicJob<PrismaClient> = {
  name: ORPHAN_FILES_JOB,
  everyMs: 6 * 3600_000,
  async run(prisma) {
    const report = await sweepOrphanFiles(prisma, jobStore());
    if (report.removed + report.unfinishedWrites > 0) logger.info("orphan files removed", { ...report });
  },
};

/** The same folder as features/documents (which is server-only, and this module is not). */
function jobStore(): DocumentStore {
  return new LocalDocumentStore(path.join(env().dataDir, "files"));
}

export const BACKGROUND_JOBS: readonly PeriodicJob<PrismaClient>[] = [
  slaAlertsJob,
  mailDeliveryJob,
  expiredRowsJob,
  retentionJob,
  orphanFilesJob,
];
