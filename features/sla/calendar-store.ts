import { type WeeklyHours, weeklyHoursSchema } from "../catalog/content";
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
  const [agency, holidays, periods] = await Promise.all([
    prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { timeZone: true, workingHours: true } }),
    prisma.holiday.findMany({ where: { agencyId }, select: { date: true } }),
    prisma.specialPeriod.findMany({
      where: { agencyId },
      orderBy: { startsOn: "asc" },
      select: { label: true, startsOn: true, endsOn: true, workingHours: true },
    }),
  ]);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return calendarFor(
    { timeZone: agency.timeZone, workingHours: weeklyHoursSchema.parse(agency.workingHours) },
    holidays.map((h) => day(h.date)),
    periods.map((p) => ({
      label: p.label,
      from: day(p.startsOn),
      to: day(p.endsOn),
      weeklyHours: weeklyHoursSchema.parse(p.workingHours),
    })),
  );
}

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/**
 * Parses the hours an admin types per weekday, e.g. "07.30-12.00, 13.00-16.00" (empty = no working
 * time). Periods must be in order and must not overlap. Messages name the day and the problem.
 */
export function parseWeeklyHoursInput(
  input: Record<string, string | undefined>,
  dayNames: Record<string, string>,
): { ok: true; hours: WeeklyHours } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const hours = {} as Record<(typeof WEEKDAYS)[number], { start: string; end: string }[]>;
  for (const d of WEEKDAYS) {
    const text = (input[d] ?? "").trim();
    hours[d] = [];
    if (!text) continue;
    let previousEnd = "00:00";
    for (const part of text.split(",")) {
      const m = /^\s*(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*$/.exec(part);
      const start = m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : "";
      const end = m ? `${m[3]!.padStart(2, "0")}:${m[4]}` : "";
      if (!m || start >= end || start > "23:59" || end > "24:00" || Number(m[2]) > 59 || Number(m[4]) > 59) {
        (errors[d] ??= []).push(`${dayNames[d]}: tulis jam seperti 07.30-12.00, 13.00-16.00 (awal sebelum akhir).`);
        break;
      }
      if (start < previousEnd) {
        (errors[d] ??= []).push(`${dayNames[d]}: rentang jam tumpang tindih atau tidak berurutan.`);
        break;
      }
      previousEnd = end;
      hours[d].push({ start, end });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = weeklyHoursSchema.safeParse(hours);
  return parsed.success ? { ok: true, hours: parsed.data } : { ok: false, errors: { _form: ["Jam kerja tidak valid."] } };
}

export function formatWeeklyHoursInput(hours: WeeklyHours): Record<string, string> {
  return Object.fromEntries(
    WEEKDAYS.map((d) => [d, hours[d].map((p) => `${p.start.replace(":", ".")}-${p.end.replace(":", ".")}`).join(", ")]),
  );
}
