"use server";

import { guardedAction, type SignedInContext } from "../auth/guard";
import { invalidateCatalog } from "../catalog/queries";
import { UserError } from "@/lib/errors";
import { addLocalHoliday, addSpecialPeriod, removeHoliday, removeSpecialPeriod, setWorkingHours } from "./calendar-admin";
import { parseWeeklyHoursInput } from "./calendar-store";
import {
  addHolidaySchema,
  DAY_NAMES,
  removeHolidaySchema,
  removeSpecialPeriodSchema,
  specialPeriodSchema,
  workingHoursSchema,
} from "./schemas";

/** The agency admin's calendar edits (checked again in calendar-admin.ts). */
const agencyAdmin = { kind: "agency-role" as const, roles: ["ADMIN"] as const, agencyOf: async (i: { agencyId: string }) => i.agencyId };

export const addHolidayAction = guardedAction<typeof addHolidaySchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.addHoliday", schema: addHolidaySchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await addLocalHoliday(ctx.prisma, ctx.principal, input)) }),
);

export const removeHolidayAction = guardedAction<typeof removeHolidaySchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.removeHoliday", schema: removeHolidaySchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await removeHoliday(ctx.prisma, ctx.principal, input)) }),
);

function hoursOf(input: Record<string, string | undefined>) {
  const parsed = parseWeeklyHoursInput(Object.fromEntries(Object.keys(DAY_NAMES).map((d) => [d, input[`hours.${d}`]])), DAY_NAMES);
  if (!parsed.ok) {
    throw new UserError(
      Object.values(parsed.errors).flat().join(" "),
      Object.fromEntries(Object.entries(parsed.errors).map(([d, m]) => [`hours.${d}`, m])),
    );
  }
  return parsed.hours;
}

export const setWorkingHoursAction = guardedAction<typeof workingHoursSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.setWorkingHours", schema: workingHoursSchema, access: agencyAdmin },
  async (input, ctx) => {
    const result = await setWorkingHours(ctx.prisma, ctx.principal, { agencyId: input.agencyId, hours: hoursOf(input) });
    invalidateCatalog(); // the public agency page shows the hours
    return { done: true as const, ...result };
  },
);

export const addSpecialPeriodAction = guardedAction<typeof specialPeriodSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.addSpecialPeriod", schema: specialPeriodSchema, access: agencyAdmin },
  async (input, ctx) => ({
    done: true as const,
    ...(await addSpecialPeriod(ctx.prisma, ctx.principal, {
      agencyId: input.agencyId,
      label: input.label,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hours: hoursOf(input),
    })),
  }),
);

export const removeSpecialPeriodAction = guardedAction<typeof removeSpecialPeriodSchema, { done: true; moved: number }, SignedInContext>(
  { name: "calendar.removeSpecialPeriod", schema: removeSpecialPeriodSchema, access: agencyAdmin },
  async (input, ctx) => ({ done: true as const, ...(await removeSpecialPeriod(ctx.prisma, ctx.principal, input)) }),
);
