import type { Principal } from "../auth/roles";
import { weeklyHoursSchema } from "../catalog/content";
import { deskAgencies } from "../workflow/desk-queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deadlinesCoveringHolidays } from "./holiday-impact";

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
  // Only admins delete holidays, so only they need to know how many deadlines a removal moves.
  const impacts = new Map<string, Map<string, number>>();
  for (const agency of agencies) {
    if (!isAdminOf(principal, agency.id)) continue;
    const own = holidays.filter((h) => h.agencyId === agency.id && h.date.getTime() >= Date.now() - 366 * 86_400_000);
    impacts.set(
      agency.id,
      await deadlinesCoveringHolidays(
        prisma,
        agency.id,
        agency.timeZone,
        own.map((h) => h.date),
      ),
    );
  }
  return agencies.map((agency) => ({
    agency,
    weekly: weeklyOf.get(agency.id)!,
    holidays: holidays
      .filter((h) => h.agencyId === agency.id)
      .map((h) => ({ ...h, movesDeadlines: impacts.get(agency.id)?.get(h.date.toISOString().slice(0, 10)) ?? 0 })),
    periods: periods.filter((p) => p.agencyId === agency.id),
    isAdmin: isAdminOf(principal, agency.id),
  }));
}

const isAdminOf = (principal: Principal, agencyId: string) =>
  principal.isPlatformAdmin || principal.memberships.some((m) => m.agencyId === agencyId && m.role === "ADMIN");

export type CalendarPageAgency = Awaited<ReturnType<typeof loadCalendarPage>>[number];
