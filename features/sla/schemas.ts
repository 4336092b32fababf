import { z } from "@/lib/validation";

/** Input of the agency admin's calendar edits (holidays, weekly hours, special periods). */
export const DAY_NAMES: Record<string, string> = {
  "1": "Senin",
  "2": "Selasa",
  "3": "Rabu",
  "4": "Kamis",
  "5": "Jumat",
  "6": "Sabtu",
  "7": "Minggu",
};

const localDate = (missing: string, invalid: string) => z.string({ error: missing }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: invalid });

/** One text field per weekday ("07.30–12.00, 13.00–16.00"), parsed by `parseWeeklyHoursInput`. */
const hoursFields = {
  "hours.1": z.string().max(80).optional(),
  "hours.2": z.string().max(80).optional(),
  "hours.3": z.string().max(80).optional(),
  "hours.4": z.string().max(80).optional(),
  "hours.5": z.string().max(80).optional(),
  "hours.6": z.string().max(80).optional(),
  "hours.7": z.string().max(80).optional(),
};

export const addHolidaySchema = z.object({
  agencyId: z.uuid(),
  date: localDate("Isi tanggal.", "Isi tanggal yang valid."),
  name: z
    .string({ error: "Isi nama hari libur." })
    .trim()
    .min(3, { error: "Nama hari libur minimal 3 karakter." })
    .max(120, { error: "Nama paling banyak 120 karakter." }),
});

/** Removing a holiday moves running deadlines: the form asks first and sends `confirm=1`. */
export const removeHolidaySchema = z.object({
  agencyId: z.uuid(),
  holidayId: z.uuid(),
  confirm: z.literal("1", { error: "Konfirmasi dahulu penghapusan hari libur ini." }),
});

export const workingHoursSchema = z.object({ agencyId: z.uuid(), ...hoursFields });

export const specialPeriodSchema = z.object({
  agencyId: z.uuid(),
  label: z.string({ error: "Isi nama periode." }).trim().min(3, { error: "Nama periode minimal 3 karakter." }).max(80),
  startsOn: localDate("Isi tanggal mulai.", "Isi tanggal mulai yang valid."),
  endsOn: localDate("Isi tanggal selesai.", "Isi tanggal selesai yang valid."),
  ...hoursFields,
});

export const removeSpecialPeriodSchema = z.object({ agencyId: z.uuid(), periodId: z.uuid() });
