import type { AuditAction } from "../lifecycle";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one way to append to the audit trail (the table refuses updates and deletes). `action` is
 * typed, so every entry has an Indonesian label (features/lifecycle/events.ts).
 */
export interface AuditWrite {
  agencyId: string;
  requestId?: string | null;
  /** Who acted; absent for the system's own jobs (an SLA alert). */
  actor?: { id: string; name: string } | null;
  onBehalfOfId?: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  createdAt?: Date;
}

export async function recordAudit(db: PrismaClient | Prisma.TransactionClient, w: AuditWrite): Promise<void> {
  await db.auditEntry.create({
    data: {
      agencyId: w.agencyId,
      requestId: w.requestId ?? null,
      actorId: w.actor?.id ?? null,
      actorName: w.actor?.name ?? null,
      onBehalfOfId: w.onBehalfOfId ?? null,
      action: w.action,
      entity: w.entity,
      entityId: w.entityId,
      before: w.before ?? undefined,
      after: w.after ?? undefined,
      createdAt: w.createdAt,
    },
  });
}
