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

/**
 * Sends one message and records it. With SMTP_URL the message is delivered (a failure is recorded
 * and rethrown); without it the message stays in the local outbox, readable at /kotak-surat in
 * demo mode.
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
    await prisma.mailMessage.create({ data: { to, ...content, transport: "smtp", sentAt: new Date() } });
  } catch (error) {
    await prisma.mailMessage.create({
      data: { to, ...content, transport: "smtp", error: (error as Error).message.slice(0, 500) },
    });
    throw error;
  }
}
