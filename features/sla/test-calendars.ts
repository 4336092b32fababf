import { DEFAULT_WEEKLY_HOURS, type WeeklyHours } from "../catalog/content";
import { type SpecialPeriod, calendarFor } from "./calendar";
import { HOLIDAY_DATES_2026 } from "./holidays-2026";
import type { SlaPolicy } from "./policy";

/** Calendars and policies the SLA arithmetic is tested against: the 2026 SKB holidays in every zone. */
export const at = (iso: string) => new Date(iso);
export const iso = (d: Date | null) => d?.toISOString() ?? null;

const BABEL_DAY = [{ start: "08:00", end: "16:00" }];
export const BABEL_HOURS: WeeklyHours = {
  "1": BABEL_DAY,
  "2": BABEL_DAY,
  "3": BABEL_DAY,
  "4": BABEL_DAY,
  "5": BABEL_DAY,
  "6": [],
  "7": [],
};

/** Shorter Ramadan hours, as an agency might enter them (test data, not a regulation). */
const RAMADAN_DAY = [
  { start: "08:00", end: "12:00" },
  { start: "12:30", end: "15:00" },
];
const RAMADAN_HOURS: WeeklyHours = {
  "1": RAMADAN_DAY,
  "2": RAMADAN_DAY,
  "3": RAMADAN_DAY,
  "4": RAMADAN_DAY,
  "5": [
    { start: "08:00", end: "11:30" },
    { start: "13:00", end: "15:30" },
  ],
  "6": [],
  "7": [],
};
export const RAMADAN: SpecialPeriod[] = [{ from: "2026-02-19", to: "2026-03-19", weeklyHours: RAMADAN_HOURS, label: "Ramadan 1447 H" }];

export const WIB = calendarFor({ timeZone: "Asia/Jakarta", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
export const WITA = calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
export const WIT = calendarFor({ timeZone: "Asia/Jayapura", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
export const BABEL = calendarFor({ timeZone: "Asia/Jakarta", workingHours: BABEL_HOURS }, [...HOLIDAY_DATES_2026]);
export const WIB_RAMADAN = calendarFor({ timeZone: "Asia/Jakarta", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026], RAMADAN);
export const WIT_BABEL_RAMADAN = calendarFor({ timeZone: "Asia/Jayapura", workingHours: BABEL_HOURS }, [...HOLIDAY_DATES_2026], RAMADAN);

export const oneWorkingDay: SlaPolicy = { kind: "working_days", days: 1, startsAt: "received_complete" };
export const eightWorkingHours: SlaPolicy = { kind: "working_hours", hours: 8, startsAt: "received_complete" };
export const twoTimes24h: SlaPolicy = { kind: "calendar", hours: 48, startsAt: "submitted" };
