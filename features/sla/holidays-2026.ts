/**
 * Hari libur nasional and cuti bersama 2026, as set by the joint decree (SKB) of the Minister of
 * Religious Affairs, the Minister of Manpower and the Minister for Administrative and Bureaucratic
 * Reform. Seed data for each agency's editable holiday table: the SKB is sometimes revised mid-year,
 * and local holidays are added per agency, so the SLA engine reads the agency's table, not this list.
 *
 * Cuti bersama count as non-working days for the SLA clock: the offices are closed on them.
 */
export const HOLIDAYS_2026_SOURCE = "SKB 1497/2/5 Tahun 2025";

export type HolidayKind = "libur_nasional" | "cuti_bersama";

export type Holiday = { date: string; name: string; kind: HolidayKind };

export const HOLIDAYS_2026: readonly Holiday[] = [
  { date: "2026-01-01", name: "Tahun Baru 2026 Masehi", kind: "libur_nasional" },
  { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2026-02-16", name: "Cuti Bersama Tahun Baru Imlek 2577 Kongzili", kind: "cuti_bersama" },
  { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili", kind: "libur_nasional" },
  { date: "2026-03-18", name: "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)", kind: "cuti_bersama" },
  { date: "2026-03-19", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)", kind: "libur_nasional" },
  { date: "2026-03-20", name: "Cuti Bersama Idulfitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-03-21", name: "Idulfitri 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-03-22", name: "Idulfitri 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-03-23", name: "Cuti Bersama Idulfitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-03-24", name: "Cuti Bersama Idulfitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-04-03", name: "Wafat Yesus Kristus", kind: "libur_nasional" },
  { date: "2026-04-05", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "libur_nasional" },
  { date: "2026-05-01", name: "Hari Buruh Internasional", kind: "libur_nasional" },
  { date: "2026-05-14", name: "Kenaikan Yesus Kristus", kind: "libur_nasional" },
  { date: "2026-05-15", name: "Cuti Bersama Kenaikan Yesus Kristus", kind: "cuti_bersama" },
  { date: "2026-05-27", name: "Iduladha 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-05-28", name: "Cuti Bersama Iduladha 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE", kind: "libur_nasional" },
  { date: "2026-06-01", name: "Hari Lahir Pancasila", kind: "libur_nasional" },
  { date: "2026-06-16", name: "Tahun Baru Islam 1448 Hijriah", kind: "libur_nasional" },
  { date: "2026-08-17", name: "Hari Kemerdekaan Republik Indonesia", kind: "libur_nasional" },
  { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2026-12-24", name: "Cuti Bersama Kelahiran Yesus Kristus", kind: "cuti_bersama" },
  { date: "2026-12-25", name: "Hari Raya Natal (Kelahiran Yesus Kristus)", kind: "libur_nasional" },
];

/** The dates of `HOLIDAYS_2026` (both kinds), ready for `calendarFor`. */
export const HOLIDAY_DATES_2026: readonly string[] = HOLIDAYS_2026.map((h) => h.date);
