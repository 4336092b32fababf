import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadBusinessCalendar } from "./calendar-store";
import { effectiveSlaPolicy } from "./policy";
import { comparisonStart, policySourcesSelect } from "./request-clock";
import { type SlaMark, slaMark } from "./status";

/** SLA marks for a page of one agency's queue: one calendar and one policy lookup for the page. */
export async function slaMarksFor(
  prisma: PrismaClient,
  agencyId: string,
  rows: {
    id: string;
    status: string;
    submittedAt: Date;
    receivedCompleteAt: Date | null;
    dueAt: Date | null;
    targetWorkingDays: number | null;
    serviceId: string;
    scopeCodes: string[];
  }[],
  now = new Date(),
): Promise<Map<string, SlaMark>> {
  if (rows.length === 0) return new Map();
  const [calendar, services] = await Promise.all([
    loadBusinessCalendar(prisma, agencyId),
    prisma.service.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.serviceId))] } }, select: policySourcesSelect }),
  ]);
  return new Map(
    rows.map((r) => {
      const service = services.find((s) => s.id === r.serviceId);
      const policy = service ? effectiveSlaPolicy(service, r.scopeCodes, { calendar, startedAt: comparisonStart(r) }).policy : null;
      return [r.id, slaMark(r, policy, calendar, now).mark];
    }),
  );
}
