import { mailTransport } from "../notifications/mailer";
import { notificationMail } from "../notifications/templates";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/time/zones";
import { SLA_WARNING_FRACTION } from "./business-time";
import { clocksOfRequests } from "./request-clock";

/**
 * SLA alerts: at 75% of the allowed time a warning to the current actor; at breach a notice to them
 * and an escalation to their superior in the chain. Each (request, threshold) happens exactly once:
 * the alert row's unique key decides, so restarts and several workers cannot repeat it, and the
 * notifications are written in the same transaction as that row.
 */
const SUPERIOR: Record<string, string> = {
  PENANGGUNG_JAWAB_TEKNIS: "SUB_KOORDINATOR",
  PETUGAS_LAYANAN: "SUB_KOORDINATOR",
  SUB_KOORDINATOR: "KEPALA_BIDANG",
  KEPALA_BIDANG: "KEPALA_DINAS",
  KEPALA_DINAS: "ADMIN",
  ADMIN: "KEPALA_DINAS",
};

export async function raiseSlaAlerts(prisma: PrismaClient, now = new Date(), limit = 500): Promise<{ warnings: number; breaches: number }> {
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
  const clocks = await clocksOfRequests(prisma, candidates.map((r) => r.id), now);
  let warnings = 0;
  let breaches = 0;
  for (const r of candidates) {
    const clock = clocks.get(r.id);
    if (!clock || clock.usedFraction === null || clock.state === "paused") continue;
    const threshold = clock.state === "breached" ? "BREACH" : clock.usedFraction >= SLA_WARNING_FRACTION ? "WARNING" : null;
    if (!threshold) continue;
    const stageRole = r.service.stages.find((s) => s.position === r.stagePosition)?.role;
    const raised = await prisma.$transaction(async (tx) => {
      const inserted = await tx.slaAlert.createMany({ data: [{ agencyId: r.agencyId, requestId: r.id, threshold }], skipDuplicates: true });
      if (inserted.count === 0) return false; // another worker (or an earlier run) raised it
      const actors = r.assigneeId
        ? [r.assigneeId]
        : (await tx.membership.findMany({ where: { agencyId: r.agencyId, role: stageRole as never }, select: { userId: true } })).map((m) => m.userId);
      const superiors =
        threshold === "BREACH" && stageRole
          ? (await tx.membership.findMany({ where: { agencyId: r.agencyId, role: SUPERIOR[stageRole] as never }, select: { userId: true } })).map((m) => m.userId)
          : [];
      const due = clock.dueAt ? formatDateTime(clock.dueAt, clock.timeZone) : "";
      const link = `/meja/permohonan/${r.id}`;
      const messages = [
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
      ];
      const unique = [...new Map(messages.map((m) => [m.userId, m])).values()];
      await tx.notification.createMany({ data: unique.map((m) => ({ userId: m.userId, agencyId: r.agencyId, requestId: r.id, message: m.message, link })) });
      const users = await tx.user.findMany({ where: { id: { in: unique.map((m) => m.userId) }, disabledAt: null }, select: { id: true, email: true } });
      const transport = mailTransport();
      await tx.mailMessage.createMany({
        data: users.map((u) => ({
          to: u.email,
          transport,
          ...notificationMail(unique.find((m) => m.userId === u.id)!.message, `${env().appUrl}${link}`),
        })),
      });
      await tx.auditEntry.create({
        data: { agencyId: r.agencyId, requestId: r.id, action: threshold === "WARNING" ? "SLA_WARNING" : "SLA_BREACH", entity: "ServiceRequest", entityId: r.id, after: { usedFraction: clock.usedFraction, dueAt: clock.dueAt?.toISOString() ?? null } },
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
