import type { Principal } from "../auth/roles";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { clockOfRequest } from "./request-clock";

/**
 * The agency admin edits the agency's holidays; every open request's due moment is recomputed in
 * the same transaction, so a changed calendar moves future deadlines at once (and the audit trail
 * says who changed what, when).
 */
type Tx = Prisma.TransactionClient;

function ensureAgencyAdmin(principal: Principal, agencyId: string) {
  if (principal.isPlatformAdmin) return;
  if (!principal.memberships.some((m) => m.agencyId === agencyId && m.role === "ADMIN")) {
    throw new ForbiddenError("Hanya admin instansi yang dapat mengubah kalender kerja.");
  }
}

/** Recomputes the due moment of every open request of the agency whose clock is running. */
export async function recomputeOpenDeadlines(tx: Tx, agencyId: string, now = new Date()): Promise<number> {
  const open = await tx.serviceRequest.findMany({
    where: { agencyId, stagePosition: { not: null }, receivedCompleteAt: { not: null } },
    select: { id: true, dueAt: true },
  });
  let moved = 0;
  for (const r of open) {
    const clock = await clockOfRequest(tx, r.id, now);
    const dueAt = clock?.dueAt ?? null;
    if ((dueAt?.getTime() ?? null) !== (r.dueAt?.getTime() ?? null)) {
      await tx.serviceRequest.update({ where: { id: r.id }, data: { dueAt } });
      moved++;
    }
  }
  return moved;
}

export async function addLocalHoliday(
  prisma: PrismaClient,
  principal: Principal,
  input: { agencyId: string; date: string; name: string },
): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  const date = new Date(`${input.date}T00:00:00Z`);
  return prisma.$transaction(async (tx) => {
    const exists = await tx.holiday.findUnique({ where: { agencyId_date: { agencyId: input.agencyId, date } }, select: { name: true } });
    if (exists) throw new ConflictError(`Tanggal ${input.date} sudah tercatat sebagai hari libur: ${exists.name}.`);
    const h = await tx.holiday.create({ data: { agencyId: input.agencyId, date, name: input.name, kind: "LOKAL", createdById: principal.id } });
    await tx.auditEntry.create({
      data: { agencyId: input.agencyId, actorId: principal.id, actorName: principal.name, action: "HOLIDAY_ADDED", entity: "Holiday", entityId: h.id, after: { date: input.date, name: input.name } },
    });
    return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
  }, { timeout: 60_000 });
}

export async function removeHoliday(prisma: PrismaClient, principal: Principal, input: { agencyId: string; holidayId: string }): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  return prisma.$transaction(async (tx) => {
    const h = await tx.holiday.findFirst({ where: { id: input.holidayId, agencyId: input.agencyId } });
    if (!h) throw new UserError("Hari libur tidak ditemukan pada kalender instansi ini.");
    await tx.holiday.delete({ where: { id: h.id } });
    await tx.auditEntry.create({
      data: { agencyId: input.agencyId, actorId: principal.id, actorName: principal.name, action: "HOLIDAY_REMOVED", entity: "Holiday", entityId: h.id, before: { date: h.date.toISOString().slice(0, 10), name: h.name, kind: h.kind } },
    });
    return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
  }, { timeout: 60_000 });
}
