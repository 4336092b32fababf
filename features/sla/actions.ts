"use server";

import { z } from "zod";
import { guardedAction, type SignedInContext } from "../auth/guard";
import { addLocalHoliday, removeHoliday } from "./calendar-admin";

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
