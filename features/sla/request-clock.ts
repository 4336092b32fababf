import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { slaClock, type SlaClock } from "./business-time";
import type { BusinessCalendar } from "./calendar";
import { loadBusinessCalendar } from "./calendar-store";
import { type SlaPolicy, slaPolicySchema } from "./policy";

/**
 * Requests' SLA clocks from the database: the policy (the scope's own, else the service's), the
 * agency's calendar, the start (file found complete, or submission when the policy says so),
 * pauses and completion. Batched: a fixed number of queries for any number of requests (one
 * per agency calendar), so jobs over many open requests stay cheap.
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

export async function clocksOfRequests(prisma: Db, requestIds: string[], now = new Date()): Promise<Map<string, RequestClock>> {
  const result = new Map<string, RequestClock>();
  if (requestIds.length === 0) return result;
  const rows = await prisma.serviceRequest.findMany({
    where: { id: { in: requestIds } },
    select: {
      id: true,
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
  const services = await prisma.service.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.serviceId))] } },
    select: { id: true, slaPolicy: true, scopes: { select: { code: true, slaPolicy: true } } },
  });
  const calendars = new Map<string, BusinessCalendar>();
  for (const agencyId of new Set(rows.map((r) => r.agencyId))) calendars.set(agencyId, await loadBusinessCalendar(prisma, agencyId));

  for (const r of rows) {
    const service = services.find((s) => s.id === r.serviceId);
    const raw = service?.scopes.find((c) => c.code === r.scopeCode)?.slaPolicy ?? service?.slaPolicy;
    if (raw == null) continue;
    const policy = slaPolicySchema.parse(raw);
    const startedAt = policy.startsAt === "submitted" ? r.submittedAt : r.receivedCompleteAt;
    if (!startedAt) continue;
    const clock = slaClock(policy, calendars.get(r.agencyId)!, {
      startedAt,
      pauses: r.pauses.map((p) => ({ from: p.startedAt, to: p.endedAt, reason: p.reason })),
      completedAt: r.status === "SELESAI" ? r.completedAt : null,
      now,
      targetWorkingDays: r.targetWorkingDays ?? undefined,
    });
    result.set(r.id, { ...clock, pauses: r.pauses, timeZone: r.agency.timeZone });
  }
  return result;
}

export async function clockOfRequest(prisma: Db, requestId: string, now = new Date()): Promise<RequestClock | null> {
  return (await clocksOfRequests(prisma, [requestId], now)).get(requestId) ?? null;
}
