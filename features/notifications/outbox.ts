import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** The demo outbox is readable only in demo mode without SMTP: it holds everyone's mail. */
export function outboxEnabled(): boolean {
  const e = env();
  return e.demoData && !e.SMTP_URL;
}

export async function listOutbox(limit = 50) {
  return (await db()).mailMessage.findMany({
    where: { transport: "outbox" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export async function getOutboxMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return (await db()).mailMessage.findFirst({
    where: { id, transport: "outbox" },
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
