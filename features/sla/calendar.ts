import type { WeeklyHours } from "../catalog/content";
import { zoneOffsetMinutes } from "@/lib/time/zones";

/**
 * The working calendar of one agency: when its SLA clocks run. Pure data plus a compiled form that
 * the arithmetic in `business-time.ts` walks day by day without formatting strings or calling Intl.
 *
 * Local time is "agency time" (WIB/WITA/WIT): fixed offsets (lib/time/zones.ts), so an instant
 * becomes local time by adding one constant offset.
 */

/** Local calendar date of the agency, "YYYY-MM-DD". */
export type LocalDate = string;

/** Dates whose hours replace the weekly grid, e.g. Ramadan hours. `to` is inclusive. */
export type SpecialPeriod = {
  from: LocalDate;
  to: LocalDate;
  weeklyHours: WeeklyHours;
  label: string;
};

export type BusinessCalendar = {
  /** IANA zone, e.g. "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA), "Asia/Jayapura" (WIT). */
  timeZone: string;
  weeklyHours: WeeklyHours;
  /** Libur nasional, cuti bersama and local holidays: no working time at all on these local dates. */
  holidays: ReadonlySet<LocalDate>;
  /** When periods overlap, the first one listed wins. A holiday wins over any special period. */
  specialPeriods?: readonly SpecialPeriod[];
};

/**
 * A calendar for an agency row. `holidays` is the agency's holiday table (national + local) as
 * local dates.
 */
export function calendarFor(
  agency: { timeZone: string; workingHours: WeeklyHours },
  holidays: readonly LocalDate[],
  specialPeriods?: readonly SpecialPeriod[],
): BusinessCalendar {
  return {
    timeZone: agency.timeZone,
    weeklyHours: agency.workingHours,
    holidays: new Set(holidays),
    ...(specialPeriods && specialPeriods.length > 0 ? { specialPeriods } : {}),
  };
}

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

// ── Local dates as day numbers ──────────────────────────────────────────────────────────────────

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayFromCivil`. */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromLocalDate(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return dayFromCivil(year, month, day);
}

export function localDateFromDay(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 0 = Monday … 6 = Sunday (ISO weekday − 1). Day 0, 1970-01-01, was a Thursday. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

// ── Compiled form ───────────────────────────────────────────────────────────────────────────────

/** Working periods of one local day as ms since local midnight: [start0, end0, start1, end1, …]. */
export type DaySchedule = {
  readonly bounds: readonly number[];
  readonly totalMs: number;
  /** End of the last period (closing time); 0 when the day has no working time. */
  readonly closeMs: number;
};

export type CompiledCalendar = {
  readonly offsetMs: number;
  /** Index 0 = Monday … 6 = Sunday. */
  readonly weekly: readonly DaySchedule[];
  readonly weekTotalMs: number;
  readonly weekWorkingDays: number;
  /**
   * Days whose schedule differs from the weekly grid (holidays, special periods), as a dense array
   * over [firstExceptionDay, lastExceptionDay]: an index is cheaper than a Map look-up per walked day.
   */
  readonly exceptionSchedules: readonly (DaySchedule | undefined)[];
  /** The exception days, ascending, for "next exception" look-ups when skipping whole weeks. */
  readonly exceptionDays: Int32Array;
  readonly firstExceptionDay: number;
  readonly lastExceptionDay: number;
  /**
   * Working ms of the days in [firstExceptionDay, firstExceptionDay + i), so that the working time
   * of any run of whole days is a subtraction inside the span and week arithmetic outside it.
   */
  readonly spanPrefixMs: Float64Array;
};

const NO_WORK: DaySchedule = { bounds: [], totalMs: 0, closeMs: 0 };

function minutesOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || min > 59 || h * 60 + min > 24 * 60) throw new RangeError(`Not a time of day (HH:MM): ${JSON.stringify(hhmm)}`);
  return h * 60 + min;
}

/** Sorts and merges a day's periods, so that an end never equals the next start. */
function compileDay(periods: readonly { start: string; end: string }[] | undefined): DaySchedule {
  if (!periods || periods.length === 0) return NO_WORK;
  const ranges = periods
    .map((p) => {
      const start = minutesOfDay(p.start);
      const end = minutesOfDay(p.end);
      if (end <= start) throw new RangeError(`Working period ${p.start}–${p.end} ends before it starts`);
      return [start * MINUTE_MS, end * MINUTE_MS] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
  const bounds: number[] = [];
  for (const [start, end] of ranges) {
    const last = bounds.length - 1;
    if (last > 0 && start <= bounds[last]!) bounds[last] = Math.max(bounds[last]!, end);
    else bounds.push(start, end);
  }
  let totalMs = 0;
  for (let i = 0; i < bounds.length; i += 2) totalMs += bounds[i + 1]! - bounds[i]!;
  return { bounds, totalMs, closeMs: bounds[bounds.length - 1]! };
}

function compileWeek(weeklyHours: WeeklyHours): DaySchedule[] {
  const keys = ["1", "2", "3", "4", "5", "6", "7"] as const;
  return keys.map((k) => compileDay(weeklyHours[k]));
}

const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/**
 * The compiled form of a calendar, built once per calendar object and cached. Calendars are treated
 * as immutable: build a new one (e.g. with `calendarFor`) when the holiday table changes.
 */
export function compileCalendar(cal: BusinessCalendar): CompiledCalendar {
  const cached = compiled.get(cal);
  if (cached) return cached;

  const weekly = compileWeek(cal.weeklyHours);
  const exceptions = new Map<number, DaySchedule>();
  for (const date of cal.holidays) exceptions.set(dayFromLocalDate(date), NO_WORK);
  for (const period of cal.specialPeriods ?? []) {
    const from = dayFromLocalDate(period.from);
    const to = dayFromLocalDate(period.to);
    if (to < from) throw new RangeError(`Special period "${period.label}" ends (${period.to}) before it starts (${period.from})`);
    const week = compileWeek(period.weeklyHours);
    for (let day = from; day <= to; day++) {
      if (!exceptions.has(day)) exceptions.set(day, week[weekdayIndex(day)]!);
    }
  }
  const exceptionDays = Int32Array.from(exceptions.keys()).sort();
  const firstExceptionDay = exceptionDays.length > 0 ? exceptionDays[0]! : Infinity;
  const lastExceptionDay = exceptionDays.length > 0 ? exceptionDays[exceptionDays.length - 1]! : -Infinity;
  const exceptionSchedules: (DaySchedule | undefined)[] = [];
  for (const [day, schedule] of exceptions) exceptionSchedules[day - firstExceptionDay] = schedule;

  const weeklyTotalAt = (day: number) => weekly[weekdayIndex(day)]!.totalMs;
  const spanLength = exceptionDays.length > 0 ? lastExceptionDay - firstExceptionDay + 1 : 0;
  const spanPrefixMs = new Float64Array(spanLength + 1);
  for (let i = 0; i < spanLength; i++) {
    spanPrefixMs[i + 1] = spanPrefixMs[i]! + (exceptionSchedules[i]?.totalMs ?? weeklyTotalAt(firstExceptionDay + i));
  }

  const result: CompiledCalendar = {
    offsetMs: zoneOffsetMinutes(cal.timeZone) * MINUTE_MS,
    weekly,
    weekTotalMs: weekly.reduce((sum, d) => sum + d.totalMs, 0),
    weekWorkingDays: weekly.filter((d) => d.totalMs > 0).length,
    exceptionSchedules: Array.from(exceptionSchedules),
    exceptionDays,
    firstExceptionDay,
    lastExceptionDay,
    spanPrefixMs,
  };
  compiled.set(cal, result);
  return result;
}

export function scheduleOn(c: CompiledCalendar, dayNumber: number): DaySchedule {
  if (dayNumber >= c.firstExceptionDay && dayNumber <= c.lastExceptionDay) {
    const exception = c.exceptionSchedules[dayNumber - c.firstExceptionDay];
    if (exception) return exception;
  }
  return c.weekly[weekdayIndex(dayNumber)]!;
}

/** The first exception day ≥ `dayNumber`, or +Infinity. */
export function nextExceptionFrom(c: CompiledCalendar, dayNumber: number): number {
  const days = c.exceptionDays;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < dayNumber) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length ? days[lo]! : Infinity;
}
