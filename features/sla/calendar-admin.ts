import type { Principal } from "../auth/roles";
import type { WeeklyHours } from "../catalog/content";
import { ConflictError, ForbiddenError, UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { clocksOfRequests } from "./request-clock";
import { recordAudit } from "../audit/record";

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
  const clocks = await clocksOfRequests(
    tx,
    open.map((r) => r.id),
    now,
  );
  let moved = 0;
  for (const r of open) {
    const dueAt = clocks.get(r.id)?.dueAt ?? null;
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
  return prisma.$transaction(
    async (tx) => {
      const exists = await tx.holiday.findUnique({ where: { agencyId_date: { agencyId: input.agencyId, date } }, select: { name: true } });
      if (exists) throw new ConflictError(`Tanggal ${input.date} sudah tercatat sebagai hari libur: ${exists.name}.`);
      const h = await tx.holiday.create({
        data: { agencyId: input.agencyId, date, name: input.name, kind: "LOKAL", createdById: principal.id },
      });
      await recordAudit(tx, {
        agencyId: input.agencyId,
        actor: principal,
        action: "HOLIDAY_ADDED",
        entity: "Holiday",
        entityId: h.id,
        after: { date: input.date, name: input.name },
      });
      return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
    },
    { timeout: 60_000 },
  );
}

export async function removeHoliday(
  prisma: PrismaClient,
  principal: Principal,
  input: { agencyId: string; holidayId: string },
): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  return prisma.$transaction(
    async (tx) => {
      const h = await tx.holiday.findFirst({ where: { id: input.holidayId, agencyId: input.agencyId } });
      if (!h) throw new UserError("Hari libur tidak ditemukan pada kalender instansi ini.");
      await tx.holiday.delete({ where: { id: h.id } });
      await recordAudit(tx, {
        agencyId: input.agencyId,
        actor: principal,
        action: "HOLIDAY_REMOVED",
        entity: "Holiday",
        entityId: h.id,
        before: { date: h.date.toISOString().slice(0, 10), name: h.name, kind: h.kind },
      });
      return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
    },
    { timeout: 60_000 },
  );
}

/** Replaces the agency's weekly working hours; open deadlines move at once. */
export async function setWorkingHours(
  prisma: PrismaClient,
  principal: Principal,
  input: { agencyId: string; hours: WeeklyHours },
): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  return prisma.$transaction(
    async (tx) => {
      const before = await tx.agency.findUniqueOrThrow({ where: { id: input.agencyId }, select: { workingHours: true } });
      await tx.agency.update({ where: { id: input.agencyId }, data: { workingHours: input.hours } });
      await recordAudit(tx, {
        agencyId: input.agencyId,
        actor: principal,
        action: "WORKING_HOURS_CHANGED",
        entity: "Agency",
        entityId: input.agencyId,
        before: before.workingHours,
        after: input.hours,
      });
      return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
    },
    { timeout: 60_000 },
  );
}

/** Adds a period with other hours (e.g. Ramadan); open deadlines move at once. */
export async function addSpecialPeriod(
  prisma: PrismaClient,
  principal: Principal,
  input: { agencyId: string; label: string; startsOn: string; endsOn: string; hours: WeeklyHours },
): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  if (input.endsOn < input.startsOn)
    throw new UserError("Tanggal selesai harus sama dengan atau setelah tanggal mulai.", { endsOn: ["Periksa tanggal."] });
  return prisma.$transaction(
    async (tx) => {
      const p = await tx.specialPeriod.create({
        data: {
          agencyId: input.agencyId,
          label: input.label,
          startsOn: new Date(`${input.startsOn}T00:00:00Z`),
          endsOn: new Date(`${input.endsOn}T00:00:00Z`),
          workingHours: input.hours,
          createdById: principal.id,
        },
      });
      await recordAudit(tx, {
        agencyId: input.agencyId,
        actor: principal,
        action: "SPECIAL_PERIOD_ADDED",
        entity: "SpecialPeriod",
        entityId: p.id,
        after: { label: input.label, startsOn: input.startsOn, endsOn: input.endsOn, hours: input.hours },
      });
      return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
    },
    { timeout: 60_000 },
  );
}

export async function removeSpecialPeriod(
  prisma: PrismaClient,
  principal: Principal,
  input: { agencyId: string; periodId: string },
): Promise<{ moved: number }> {
  ensureAgencyAdmin(principal, input.agencyId);
  return prisma.$transaction(
    async (tx) => {
      const p = await tx.specialPeriod.findFirst({ where: { id: input.periodId, agencyId: input.agencyId } });
      if (!p) throw new UserError("Periode tidak ditemukan pada kalender instansi ini.");
      await tx.specialPeriod.delete({ where: { id: p.id } });
      await recordAudit(tx, {
        agencyId: input.agencyId,
        actor: principal,
        action: "SPECIAL_PERIOD_REMOVED",
        entity: "SpecialPeriod",
        entityId: p.id,
        before: { label: p.label, startsOn: p.startsOn.toISOString().slice(0, 10), endsOn: p.endsOn.toISOString().slice(0, 10) },
      });
      return { moved: await recomputeOpenDeadlines(tx, input.agencyId) };
    },
    { timeout: 60_000 },
  );
}
