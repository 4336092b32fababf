import { weeklyHoursSchema } from "../catalog/content";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type BusinessCalendar, calendarFor } from "./calendar";
import { HOLIDAYS_2026 } from "./holidays-2026";

/**
 * Agencies' business calendars as stored: weekly hours on the agency, holidays per agency (the
 * national list seeded for everyone, local ones added by the agency admin).
 */
type Db = PrismaClient | Prisma.TransactionClient;

const KIND = { libur_nasional: "LIBUR_NASIONAL", cuti_bersama: "CUTI_BERSAMA" } as const;

/** Gives every agency the national holidays and cuti bersama it does not have yet (idempotent). */
export async function ensureNationalHolidays(prisma: Db): Promise<number> {
  const agencies = await prisma.agency.findMany({ select: { id: true } });
  const result = await prisma.holiday.createMany({
    data: agencies.flatMap((a) =>
      HOLIDAYS_2026.map((h) => ({ agencyId: a.id, date: new Date(`${h.date}T00:00:00Z`), name: h.name, kind: KIND[h.kind] })),
    ),
    skipDuplicates: true,
  });
  return result.count;
}

export async function loadBusinessCalendar(prisma: Db, agencyId: string): Promise<BusinessCalendar> {
  const [agency, holidays] = await Promise.all([
    prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { timeZone: true, workingHours: true } }),
    prisma.holiday.findMany({ where: { agencyId }, select: { date: true } }),
  ]);
  return calendarFor(
    { timeZone: agency.timeZone, workingHours: weeklyHoursSchema.parse(agency.workingHours) },
    holidays.map((h) => h.date.toISOString().slice(0, 10)),
  );
}
