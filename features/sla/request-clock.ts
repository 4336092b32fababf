import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { slaClock, type SlaClock } from "./clock";
import type { BusinessCalendar } from "./calendar";
import { loadBusinessCalendar } from "./calendar-store";
import { effectiveSlaPolicy, type SlaPolicy } from "./policy";

/**
 * Requests' SLA clocks from the database: the request's effective policy (`effectiveSlaPolicy`), the
 * agency's calendar, the start (file found complete, or submission when the policy says so),
 * pauses and completion. Batched: a fixed number of queries for any number of requests (one
 * per agency calendar), so jobs over many open requests stay cheap.
 */
type Db = PrismaClient | Prisma.TransactionClient;

/** What `effectiveSlaPolicy` reads of a service. */
export const policySourcesSelect = {
  id: true,
  slaPolicy: true,
  slaText: true,
  scopes: { orderBy: { position: "asc" }, select: { code: true, slaPolicy: true, slaText: true } },
} satisfies Prisma.ServiceSelect;

/**
 * The instant the lingkup's terms are compared from: the clock's start once the file is complete,
 * else the submission (the earliest the clock can start).
 */
export function comparisonStart(r: { receivedCompleteAt: Date | null; submittedAt: Date }): Date {
  return r.receivedCompleteAt ?? r.submittedAt;
}

/**
 * The effective SLA policy of a request of `serviceId` asking for `scopeCodes` (a single code reads
 * as a list of one), its lingkup compared from `comparedFrom` (see `comparisonStart`).
 */
export async function policyOfRequest(
  prisma: Db,
  serviceId: string,
  scopeCodes: readonly string[] | string | null,
  comparedFrom = new Date(),
): Promise<SlaPolicy | null> {
  const codes = scopeCodes == null ? [] : typeof scopeCodes === "string" ? [scopeCodes] : scopeCodes;
  const service = await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, select: { ...policySourcesSelect, agencyId: true } });
  // The calendar only matters when several lingkup are compared.
  const calendar = codes.length > 1 ? await loadBusinessCalendar(prisma, service.agencyId) : null;
  return effectiveSlaPolicy(service, codes, calendar && { calendar, startedAt: comparedFrom }).policy;
}

export interface RequestClock extends SlaClock {
  /** The pauses since the clock started (a pause before it stood nothing still), clipped to its start. */
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
      scopeCodes: true,
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
    select: policySourcesSelect,
  });
  const calendars = new Map<string, BusinessCalendar>();
  for (const agencyId of new Set(rows.map((r) => r.agencyId))) calendars.set(agencyId, await loadBusinessCalendar(prisma, agencyId));

  for (const r of rows) {
    const service = services.find((s) => s.id === r.serviceId);
    const calendar = calendars.get(r.agencyId)!;
    if (!service) continue;
    const { policy } = effectiveSlaPolicy(service, r.scopeCodes, { calendar, startedAt: comparisonStart(r) });
    if (!policy) continue;
    const startedAt = policy.startsAt === "submitted" ? r.submittedAt : r.receivedCompleteAt;
    if (!startedAt) continue;
    const pauses = r.pauses
      .filter((p) => p.endedAt === null || p.endedAt > startedAt)
      .map((p) => ({ ...p, startedAt: p.startedAt < startedAt ? startedAt : p.startedAt }));
    const clock = slaClock(policy, calendar, {
      startedAt,
      pauses: pauses.map((p) => ({ from: p.startedAt, to: p.endedAt, reason: p.reason })),
      completedAt: r.status === "SELESAI" ? r.completedAt : null,
      now,
      targetWorkingDays: r.targetWorkingDays ?? undefined,
    });
    result.set(r.id, { ...clock, pauses, timeZone: r.agency.timeZone });
  }
  return result;
}

export async function clockOfRequest(prisma: Db, requestId: string, now = new Date()): Promise<RequestClock | null> {
  return (await clocksOfRequests(prisma, [requestId], now)).get(requestId) ?? null;
}
