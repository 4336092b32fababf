import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadBusinessCalendar } from "./calendar-store";
import { type SlaPolicy, slaPolicySchema } from "./policy";
import { type SlaMark, slaMark } from "./status";

/** SLA marks for a page of one agency's queue: one calendar and one policy lookup for the page. */
export async function slaMarksFor(
  prisma: PrismaClient,
  agencyId: string,
  rows: { id: string; status: string; receivedCompleteAt: Date | null; dueAt: Date | null; targetWorkingDays: number | null; serviceId: string; scopeCode: string | null }[],
  now = new Date(),
): Promise<Map<string, SlaMark>> {
  if (rows.length === 0) return new Map();
  const [calendar, services] = await Promise.all([
    loadBusinessCalendar(prisma, agencyId),
    prisma.service.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.serviceId))] } },
      select: { id: true, slaPolicy: true, scopes: { select: { code: true, slaPolicy: true } } },
    }),
  ]);
  const policy = (serviceId: string, scope: string | null): SlaPolicy | null => {
    const s = services.find((x) => x.id === serviceId);
    const raw = s?.scopes.find((c) => c.code === scope)?.slaPolicy ?? s?.slaPolicy;
    return raw == null ? null : slaPolicySchema.parse(raw);
  };
  return new Map(rows.map((r) => [r.id, slaMark(r, policy(r.serviceId, r.scopeCode), calendar, now).mark]));
}
