"use server";

import { z } from "zod";
import { guardedAction, type SignedInContext } from "../auth/guard";
import { invalidateCatalog } from "../catalog/queries";
import { UserError } from "@/lib/errors";
import { addLocalHoliday, addSpecialPeriod, removeHoliday, removeSpecialPeriod, setWorkingHours } from "./calendar-admin";
import { parseWeeklyHoursInput } from "./calendar-store";

/** The agency admin's calendar edits (checked again in calendar-admin.ts). */
const agencyAdmin = { kind: "agency-role" as const, roles: ["ADMIN"] as const, agencyOf: async (i: { agencyId: string }) => i.agencyId };

const addSchema = z.object({
  agencyId: z.uuid(),
  date: z.string({ error: "Isi tanggal." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Isi tanggal yang valid." }),
  name: z.string({ error: "Isi nama hari libur." }).trim().min(3, { error: "Nama hari libur minimal 3 karakter." }).max(120, { error: "Nama paling banyak 120 karakter." }),
});

export const addHolidayAction = guardedAction<typeof addSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.addHoliday", schema: addSchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await addLocalHoliday(ctx.prisma, ctx.principal, input)) }),
);

const removeSchema = z.object({ agencyId: z.uuid(), holidayId: z.uuid() });

export const removeHolidayAction = guardedAction<typeof removeSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.removeHoliday", schema: removeSchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await removeHoliday(ctx.prisma, ctx.principal, input)) }),
);

const DAY_NAMES: Record<string, string> = { "1": "Senin", "2": "Selasa", "3": "Rabu", "4": "Kamis", "5": "Jumat", "6": "Sabtu", "7": "Minggu" };
const hoursFields = {
  "hours.1": z.string().max(80).optional(),
  "hours.2": z.string().max(80).optional(),
  "hours.3": z.string().max(80).optional(),
  "hours.4": z.string().max(80).optional(),
  "hours.5": z.string().max(80).optional(),
  "hours.6": z.string().max(80).optional(),
  "hours.7": z.string().max(80).optional(),
};
function hoursOf(input: Record<string, string | undefined>) {
  const parsed = parseWeeklyHoursInput(
    Object.fromEntries(Object.keys(DAY_NAMES).map((d) => [d, input[`hours.${d}`]])),
    DAY_NAMES,
  );
  if (!parsed.ok) {
    throw new UserError(
      Object.values(parsed.errors).flat().join(" "),
      Object.fromEntries(Object.entries(parsed.errors).map(([d, m]) => [`hours.${d}`, m])),
    );
  }
  return parsed.hours;
}

const hoursSchema = z.object({ agencyId: z.uuid(), ...hoursFields });

export const setWorkingHoursAction = guardedAction<typeof hoursSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.setWorkingHours", schema: hoursSchema, access: agencyAdmin },
  async (input, ctx) => {
    const result = await setWorkingHours(ctx.prisma, ctx.principal, { agencyId: input.agencyId, hours: hoursOf(input) });
    invalidateCatalog(); // the public agency page shows the hours
    return { done: true as const, ...result };
  },
);

const periodSchema = z.object({
  agencyId: z.uuid(),
  label: z.string({ error: "Isi nama periode." }).trim().min(3, { error: "Nama periode minimal 3 karakter." }).max(80),
  startsOn: z.string({ error: "Isi tanggal mulai." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Isi tanggal mulai yang valid." }),
  endsOn: z.string({ error: "Isi tanggal selesai." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Isi tanggal selesai yang valid." }),
  ...hoursFields,
});

export const addSpecialPeriodAction = guardedAction<typeof periodSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.addSpecialPeriod", schema: periodSchema, access: agencyAdmin },
  async (input, ctx) => ({
    done: true as const,
    ...(await addSpecialPeriod(ctx.prisma, ctx.principal, { agencyId: input.agencyId, label: input.label, startsOn: input.startsOn, endsOn: input.endsOn, hours: hoursOf(input) })),
  }),
);

const removePeriodSchema = z.object({ agencyId: z.uuid(), periodId: z.uuid() });

export const removeSpecialPeriodAction = guardedAction<typeof removePeriodSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.removeSpecialPeriod", schema: removePeriodSchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await removeSpecialPeriod(ctx.prisma, ctx.principal, input)) }),
);
