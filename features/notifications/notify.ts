import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mailTransport } from "./mailer";
import { notificationMail } from "./templates";

/**
 * The one way to tell people about a request: an in-app notice and an e-mail copy per recipient,
 * written in the caller's transaction (they exist exactly when the change does); mail is
 * delivered after commit by the outbox. Disabled accounts get neither.
 */
export interface Notice {
  agencyId: string;
  requestId?: string | null;
  userIds: readonly (string | null | undefined)[];
  message: string;
  /** A path inside Loket, e.g. "/meja/permohonan/<id>". */
  link: string;
}

export async function notifyUsers(tx: Prisma.TransactionClient, notice: Notice): Promise<void> {
  const ids = [...new Set(notice.userIds.filter((u): u is string => Boolean(u)))];
  if (ids.length === 0) return;
  const users = await tx.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true, email: true } });
  if (users.length === 0) return;
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      agencyId: notice.agencyId,
      requestId: notice.requestId ?? null,
      message: notice.message,
      link: notice.link,
    })),
  });
  const transport = mailTransport();
  const mail = notificationMail(notice.message, `${env().appUrl}${notice.link}`);
  await tx.mailMessage.createMany({ data: users.map((u) => ({ to: u.email, transport, ...mail })) });
}

/**
 * Work notices of a request stop being "new" once the request has moved on: called by every
 * transition, so "Pemberitahuan baru" never lists work already done.
 */
export async function settleWorkNotices(tx: Prisma.TransactionClient, requestId: string, now: Date): Promise<void> {
  await tx.notification.updateMany({
    where: { requestId, readAt: null, link: { startsWith: "/meja/" } },
    data: { readAt: now },
  });
}

export const deskLink = (requestId: string) => `/meja/permohonan/${requestId}`;
export const applicantLink = (requestId: string) => `/permohonan/${requestId}`;
