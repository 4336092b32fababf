import { superiorRoleOf, type Role } from "../auth/roles";
import { deskLink, notifyUsers } from "../notifications/notify";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/time/zones";
import { businessMinutesBetween } from "./business-time";
import { SLA_WARNING_FRACTION } from "./clock";
import type { BusinessCalendar } from "./calendar";
import { loadBusinessCalendar } from "./calendar-store";
import { clocksOfRequests } from "./request-clock";
import { recordAudit } from "../audit/record";

/**
 * SLA alerts: at 75% of the allowed time a warning to the current actor; at breach a notice to them
 * and an escalation to their superior in the chain. Each (request, threshold) happens exactly once:
 * the alert row's unique key decides, so restarts and several workers cannot repeat it, and the
 * notifications are written in the same transaction as that row.
 */
export async function raiseSlaAlerts(
  prisma: PrismaClient,
  now = new Date(),
  limit = 500,
): Promise<{ warnings: number; breaches: number; stageNorms: number }> {
  const stageNorms = await raiseStageNormAlerts(prisma, now, limit);
  return { ...(await raiseClockAlerts(prisma, now, limit)), stageNorms };
}

/** Recipients and their messages, as notices (in-app and outbox mail) written in `tx`. */
async function notifyAll(
  tx: Prisma.TransactionClient,
  r: { id: string; agencyId: string },
  messages: { userId: string; message: string }[],
) {
  const unique = [...new Map(messages.map((m) => [m.userId, m])).values()];
  for (const m of unique)
    await notifyUsers(tx, { agencyId: r.agencyId, requestId: r.id, userIds: [m.userId], message: m.message, link: deskLink(r.id) });
}

async function holders(tx: Prisma.TransactionClient, agencyId: string, role: string | undefined): Promise<string[]> {
  if (!role) return [];
  return (await tx.membership.findMany({ where: { agencyId, role: role as never }, select: { userId: true } })).map((m) => m.userId);
}

/**
 * A stage that took longer than its own norm (Bangka Belitung: 30 minutes for the Kepala Dinas'
 * disposition, 15 for the next two), counted in working time from when the stage was entered:
 * once per stage visit's position, to the holder and their superior.
 */
async function raiseStageNormAlerts(prisma: PrismaClient, now: Date, limit: number): Promise<number> {
  const normed = await prisma.workflowStage.findMany({
    where: { normMinutes: { not: null } },
    select: { serviceId: true, position: true, role: true, name: true, normMinutes: true, normText: true },
  });
  if (normed.length === 0) return 0;
  const candidates = await prisma.serviceRequest.findMany({
    where: {
      status: { in: ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"] },
      OR: normed.map((s) => ({ serviceId: s.serviceId, stagePosition: s.position })),
    },
    orderBy: { stageEnteredAt: "asc" },
    take: limit,
    select: {
      id: true,
      agencyId: true,
      registrationNumber: true,
      serviceId: true,
      stagePosition: true,
      assigneeId: true,
      stageEnteredAt: true,
    },
  });
  const calendars = new Map<string, BusinessCalendar>();
  let raised = 0;
  for (const r of candidates) {
    const stage = normed.find((s) => s.serviceId === r.serviceId && s.position === r.stagePosition)!;
    if (!calendars.has(r.agencyId)) calendars.set(r.agencyId, await loadBusinessCalendar(prisma, r.agencyId));
    const elapsed = businessMinutesBetween(calendars.get(r.agencyId)!, r.stageEnteredAt, now);
    if (elapsed <= stage.normMinutes!) continue;
    const done = await prisma.$transaction(async (tx) => {
      const inserted = await tx.slaAlert.createMany({
        data: [{ agencyId: r.agencyId, requestId: r.id, threshold: "STAGE_NORM", stagePosition: stage.position }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return false;
      const norm = stage.normText ?? `${stage.normMinutes} menit`;
      const actors = r.assigneeId ? [r.assigneeId] : await holders(tx, r.agencyId, stage.role);
      const superiors = await holders(tx, r.agencyId, superiorRoleOf(stage.role as Role));
      await notifyAll(tx, r, [
        ...actors.map((userId) => ({
          userId,
          message: `Norma waktu terlampaui: permohonan ${r.registrationNumber}, tahap “${stage.name}” (norma ${norm}).`,
        })),
        ...superiors.map((userId) => ({
          userId,
          message: `Eskalasi norma tahap: permohonan ${r.registrationNumber} melewati norma ${norm} pada tahap “${stage.name}”.`,
        })),
      ]);
      await recordAudit(tx, {
        agencyId: r.agencyId,
        requestId: r.id,
        action: "STAGE_NORM_EXCEEDED",
        entity: "ServiceRequest",
        entityId: r.id,
        after: { stagePosition: stage.position, normMinutes: stage.normMinutes, elapsedMinutes: elapsed },
      });
      return true;
    });
    if (done) raised++;
  }
  return raised;
}

async function raiseClockAlerts(prisma: PrismaClient, now: Date, limit: number): Promise<{ warnings: number; breaches: number }> {
  // Open requests with a running clock that still lack an alert.
  const candidates = await prisma.serviceRequest.findMany({
    where: {
      stagePosition: { not: null },
      status: { in: ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"] },
      dueAt: { not: null },
      alerts: { none: { threshold: "BREACH" } },
    },
    orderBy: { dueAt: "asc" },
    take: limit,
    select: {
      id: true,
      agencyId: true,
      registrationNumber: true,
      serviceId: true,
      stagePosition: true,
      assigneeId: true,
      service: { select: { stages: { select: { position: true, role: true } } } },
    },
  });
  const clocks = await clocksOfRequests(
    prisma,
    candidates.map((r) => r.id),
    now,
  );
  let warnings = 0;
  let breaches = 0;
  for (const r of candidates) {
    const clock = clocks.get(r.id);
    if (!clock || clock.usedFraction === null || clock.state === "paused") continue;
    const threshold = clock.state === "breached" ? "BREACH" : clock.usedFraction >= SLA_WARNING_FRACTION ? "WARNING" : null;
    if (!threshold) continue;
    const stageRole = r.service.stages.find((s) => s.position === r.stagePosition)?.role;
    const raised = await prisma.$transaction(async (tx) => {
      const inserted = await tx.slaAlert.createMany({
        data: [{ agencyId: r.agencyId, requestId: r.id, threshold, stagePosition: 0 }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return false; // another worker (or an earlier run) raised it
      const actors = r.assigneeId ? [r.assigneeId] : await holders(tx, r.agencyId, stageRole);
      const superiors = threshold === "BREACH" && stageRole ? await holders(tx, r.agencyId, superiorRoleOf(stageRole as Role)) : [];
      const due = clock.dueAt ? formatDateTime(clock.dueAt, clock.timeZone) : "";
      await notifyAll(tx, r, [
        ...actors.map((userId) => ({
          userId,
          message:
            threshold === "WARNING"
              ? `Peringatan SLA: permohonan ${r.registrationNumber} telah memakai ${Math.round(clock.usedFraction! * 100)}% waktu layanan; batas ${due}.`
              : `SLA terlampaui: permohonan ${r.registrationNumber} melewati batas ${due}.`,
        })),
        ...superiors.map((userId) => ({
          userId,
          message: `Eskalasi SLA: permohonan ${r.registrationNumber} melewati batas ${due} pada tahap yang menjadi tanggung jawab bawahan Anda.`,
        })),
      ]);
      await recordAudit(tx, {
        agencyId: r.agencyId,
        requestId: r.id,
        action: threshold === "WARNING" ? "SLA_WARNING" : "SLA_BREACH",
        entity: "ServiceRequest",
        entityId: r.id,
        after: { usedFraction: clock.usedFraction, dueAt: clock.dueAt?.toISOString() ?? null },
      });
      return true;
    });
    if (raised) {
      if (threshold === "WARNING") warnings++;
      else breaches++;
    }
  }
  return { warnings, breaches };
}
