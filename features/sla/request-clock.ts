import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { slaClock, type SlaClock } from "./business-time";
import { loadBusinessCalendar } from "./calendar-store";
import { type SlaPolicy, slaPolicySchema } from "./policy";

/**
 * A request's SLA clock from the database: its policy (the scope's own, else the service's), its
 * agency's calendar, the start (file received complete), pauses and completion.
 */
type Db = PrismaClient | Prisma.TransactionClient;

export async function policyOfRequest(prisma: Db, serviceId: string, scopeCode: string | null): Promise<SlaPolicy | null> {
  const service = await prisma.service.findUniqueOrThrow({
    where: { id: serviceId },
    select: { slaPolicy: true, scopes: { where: { code: scopeCode ?? "" }, select: { slaPolicy: true } } },
  });
  const raw = service.scopes[0]?.slaPolicy ?? service.slaPolicy;
  return raw == null ? null : slaPolicySchema.parse(raw);
}

export interface RequestClock extends SlaClock {
  pauses: { startedAt: Date; endedAt: Date | null; reason: string }[];
  timeZone: string;
}

export async function clockOfRequest(prisma: Db, requestId: string, now = new Date()): Promise<RequestClock | null> {
  const r = await prisma.serviceRequest.findUnique({
    where: { id: requestId },
    select: {
      agencyId: true,
      serviceId: true,
      scopeCode: true,
      receivedCompleteAt: true,
      submittedAt: true,
      completedAt: true,
      status: true,
      targetWorkingDays: true,
      agency: { select: { timeZone: true } },
      pauses: { orderBy: { startedAt: "asc" }, select: { startedAt: true, endedAt: true, reason: true } },
    },
  });
  if (!r) return null;
  const policy = await policyOfRequest(prisma, r.serviceId, r.scopeCode);
  if (!policy) return null;
  // The clock starts when the file is found complete, or at submission when the policy says so.
  const startedAt = policy.startsAt === "submitted" ? r.submittedAt : r.receivedCompleteAt;
  if (!startedAt) return null;
  const calendar = await loadBusinessCalendar(prisma, r.agencyId);
  const clock = slaClock(policy, calendar, {
    startedAt,
    pauses: r.pauses.map((p) => ({ from: p.startedAt, to: p.endedAt, reason: p.reason })),
    completedAt: r.status === "SELESAI" ? r.completedAt : null,
    now,
    targetWorkingDays: r.targetWorkingDays ?? undefined,
  });
  return { ...clock, pauses: r.pauses, timeZone: r.agency.timeZone };
}
