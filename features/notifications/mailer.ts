import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

let transporter: Transporter | undefined;
function smtp(url: string): Transporter {
  // A URL string, not an object: nodemailer merges an object with empty credentials.
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

/** "smtp" when SMTP_URL is configured (rows are delivered), otherwise "outbox" (kept, readable in demo mode). */
export function mailTransport(): "smtp" | "outbox" {
  return env().SMTP_URL ? "smtp" : "outbox";
}

/**
 * Sends one message now and records it: for messages the user is waiting for (sign-in links).
 * Everything else is written to the outbox table in the same transaction as the change it reports,
 * and delivered after commit by `deliverPendingMail`.
 */
export async function sendMail(prisma: PrismaClient, to: string, content: MailContent): Promise<void> {
  const e = env();
  if (!e.SMTP_URL) {
    await prisma.mailMessage.create({ data: { to, ...content, transport: "outbox" } });
    logger.info("mail kept in outbox", { subject: content.subject });
    return;
  }
  try {
    await smtp(e.SMTP_URL).sendMail({ from: e.MAIL_FROM, to, ...content });
    await prisma.mailMessage.create({ data: { to, ...content, transport: "smtp", sentAt: new Date(), attempts: 1 } });
  } catch (error) {
    await prisma.mailMessage.create({
      data: { to, ...content, transport: "smtp", attempts: 1, error: (error as Error).message.slice(0, 500) },
    });
    throw error;
  }
}

const LEASE_MINUTES = 5;
const MAX_ATTEMPTS = 6;

/**
 * Delivers pending SMTP rows. Rows are claimed with a short lease (no lock is held while talking
 * to the SMTP server), so several processes can run this at once; a crashed sender's rows are
 * retried when the lease ends. Failures back off exponentially; after MAX_ATTEMPTS a row stays
 * with its last error for an operator to look at.
 */
export async function deliverPendingMail(prisma: PrismaClient, limit = 20): Promise<{ sent: number; failed: number }> {
  const url = env().SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  const claimed = await prisma.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string; attempts: number }[]>`
    UPDATE "MailMessage" SET "attempts" = "attempts" + 1,
      "nextAttemptAt" = now() + make_interval(mins => ${LEASE_MINUTES})
    WHERE "id" IN (
      SELECT "id" FROM "MailMessage"
      WHERE "transport" = 'smtp' AND "sentAt" IS NULL AND "attempts" < ${MAX_ATTEMPTS} AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const m of claimed) {
    try {
      await smtp(url).sendMail({ from: env().MAIL_FROM, to: m.to, subject: m.subject, text: m.text, html: m.html });
      await prisma.mailMessage.update({ where: { id: m.id }, data: { sentAt: new Date(), error: null } });
      sent++;
    } catch (error) {
      const backoffMinutes = Math.min(60, 2 ** m.attempts);
      await prisma.mailMessage.update({
        where: { id: m.id },
        data: { error: (error as Error).message.slice(0, 500), nextAttemptAt: new Date(Date.now() + backoffMinutes * 60_000) },
      });
      failed++;
    }
  }
  if (sent || failed) logger.info("mail delivery", { sent, failed });
  return { sent, failed };
}
