import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { localYearMonth } from "@/lib/time/zones";
import { serviceStats } from "./sla-report";

/**
 * What the public sees of an agency's performance: per published service, for the current year in
 * the agency's zone, counts, compliance against the target and the average handling time. Only
 * aggregates: no request numbers, names, OPDs or anything else that points at a person.
 */
type Db = PrismaClient | Prisma.TransactionClient;

export interface PublicServicePerformance {
  slug: string;
  name: string;
  received: number;
  completed: number;
  /** On time ÷ completed with a due moment, 0–1; null when none was completed. */
  compliance: number | null;
  targetPercent: number;
  meetsTarget: boolean | null;
  avgHours: number | null;
}

export interface PublicPerformance {
  year: number;
  services: PublicServicePerformance[];
  generatedAt: Date;
}

export async function publicPerformance(
  prisma: Db,
  agency: { id: string; timeZone: string },
  now = new Date(),
): Promise<PublicPerformance> {
  const { year } = localYearMonth(now, agency.timeZone);
  const stats = await serviceStats(prisma, agency.id, { year }, { now, publishedOnly: true });
  return {
    year,
    generatedAt: now,
    services: stats.services.map((s) => ({
      slug: s.slug,
      name: s.name,
      received: s.total.received,
      completed: s.total.completed,
      compliance: s.total.compliance,
      targetPercent: s.targetPercent,
      meetsTarget: s.total.meetsTarget,
      avgHours: s.total.avgHours,
    })),
  };
}
