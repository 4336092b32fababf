import type { Principal } from "../auth/roles";
import { weeklyHoursSchema } from "../catalog/content";
import { deskAgencies } from "../workflow/desk-queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The "Kalender kerja" page: for each agency whose desk the principal may open, its weekly hours,
 * special periods (e.g. Ramadan) and holidays, and whether the principal may change them (the
 * agency admin or a platform admin; the actions check the same rule again).
 */
export async function loadCalendarPage(prisma: PrismaClient, principal: Principal) {
  const agencies = await deskAgencies(prisma, principal);
  const ids = agencies.map((a) => a.id);
  // Three queries for all agencies together, not three per agency.
  const [hours, holidays, periods] = await Promise.all([
    prisma.agency.findMany({ where: { id: { in: ids } }, select: { id: true, workingHours: true } }),
    prisma.holiday.findMany({
      where: { agencyId: { in: ids } },
      orderBy: { date: "asc" },
      select: { id: true, agencyId: true, date: true, name: true, kind: true },
    }),
    prisma.specialPeriod.findMany({
      where: { agencyId: { in: ids } },
      orderBy: { startsOn: "asc" },
      select: { id: true, agencyId: true, label: true, startsOn: true, endsOn: true },
    }),
  ]);
  const weeklyOf = new Map(hours.map((h) => [h.id, weeklyHoursSchema.parse(h.workingHours)]));
  return agencies.map((agency) => ({
    agency,
    weekly: weeklyOf.get(agency.id)!,
    holidays: holidays.filter((h) => h.agencyId === agency.id),
    periods: periods.filter((p) => p.agencyId === agency.id),
    isAdmin: principal.isPlatformAdmin || principal.memberships.some((m) => m.agencyId === agency.id && m.role === "ADMIN"),
  }));
}

export type CalendarPageAgency = Awaited<ReturnType<typeof loadCalendarPage>>[number];
