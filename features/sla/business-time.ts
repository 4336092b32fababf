import type { SlaPolicy } from "./policy";
import {
  type BusinessCalendar,
  type CompiledCalendar,
  DAY_MS,
  civilFromDay,
  compileCalendar,
  dayFromCivil,
  daysInMonth,
  localDateFromDay,
  nextExceptionFrom,
  scheduleOn,
  weekdayIndex,
} from "./calendar";

/**
 * Working-time arithmetic for SLA clocks, and the due instant of each kind of policy (the state of
 * one request's clock, with its pauses, is `clock.ts`). Pure and fast: an instant becomes agency-local time by one
 * addition (fixed offsets); walks go day by day over precomputed working periods, skipping whole
 * weeks that hold no holiday or special period; the working time between two instants is O(1)
 * through prefix sums over the span of holidays and special periods. Internally everything is in
 * milliseconds, so instants with seconds are handled exactly; minute counts are rounded to the ms.
 *
 * Working time is the union of the day's periods, each half-open [start, end): an instant exactly at
 * an opening is inside working time, an instant exactly at a closing is not (but results may land on
 * a closing, see `addBusinessMinutes`).
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

function localDayAndTime(c: CompiledCalendar, instant: number): [day: number, msOfDay: number] {
  const local = instant + c.offsetMs;
  const day = Math.floor(local / DAY_MS);
  return [day, local - day * DAY_MS];
}

function instantOf(c: CompiledCalendar, day: number, msOfDay: number): number {
  return day * DAY_MS + msOfDay - c.offsetMs;
}

function noWorkingTime(day: number): RangeError {
  return new RangeError(
    `The calendar has no working time after ${localDateFromDay(day)}: its weekly grid is empty and no later special period has hours`,
  );
}

function durationMs(value: number, unitMs: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}`);
  return Math.round(value * unitMs);
}

// ── Working minutes ─────────────────────────────────────────────────────────────────────────────

/** Millisecond core of `addBusinessMinutes`. */
export function addBusinessMs(c: CompiledCalendar, start: number, ms: number): number {
  let [day, tod] = localDayAndTime(c, start);
  let remaining = ms;
  for (;;) {
    const b = scheduleOn(c, day).bounds;
    for (let i = 0; i < b.length; i += 2) {
      const end = b[i + 1]!;
      if (tod >= end) continue;
      const from = tod > b[i]! ? tod : b[i]!;
      const available = end - from;
      // `<=`: a result that coincides with a closing stays on that closing.
      if (remaining <= available) return instantOf(c, day, from + remaining);
      remaining -= available;
    }
    day++;
    tod = 0;
    const week = c.weekTotalMs;
    if (week === 0) {
      if (day > c.lastExceptionDay) throw noWorkingTime(day);
    } else if (remaining > week) {
      // Skip whole weeks free of exceptions, keeping at least 1 ms to place inside a period.
      const clearDays = nextExceptionFrom(c, day) - day;
      const weeks = Math.min(Math.floor((remaining - 1) / week), Math.floor(clearDays / 7));
      if (weeks > 0) {
        remaining -= weeks * week;
        day += weeks * 7;
      }
    }
  }
}

/**
 * The instant at which `minutes` of working time have elapsed, counting from `start` (a start outside
 * working time counts from the next opening). A result that coincides with the end of a working period
 * is that end (Friday 16.30), never the next opening (Monday 07.30); so for `minutes > 0` the result is
 * strictly after an opening and at most a closing. `minutes = 0` gives the clock's start: `start` when
 * it is inside working time, else the next opening.
 */
export function addBusinessMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  return new Date(addBusinessMs(compileCalendar(cal), start.getTime(), durationMs(minutes, MINUTE_MS, "minutes")));
}

function overlapMs(bounds: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < bounds.length; i += 2) {
    const s = bounds[i]! > from ? bounds[i]! : from;
    const e = bounds[i + 1]! < to ? bounds[i + 1]! : to;
    if (e > s) total += e - s;
  }
  return total;
}

/** Working ms of the whole grid days in [from, to), by weeks plus the leftover days. */
function gridDaysMs(c: CompiledCalendar, from: number, to: number): number {
  const weeks = Math.floor((to - from) / 7);
  let total = weeks * c.weekTotalMs;
  for (let day = from + weeks * 7; day < to; day++) total += c.weekly[weekdayIndex(day)]!.totalMs;
  return total;
}

/** Working ms of the whole local days in [from, to): O(1) whatever the distance. */
function wholeDaysMs(c: CompiledCalendar, from: number, to: number): number {
  let total = 0;
  let day = from;
  const spanStart = c.firstExceptionDay;
  const spanEnd = c.lastExceptionDay + 1;
  if (day < to && day < spanStart) {
    const end = Math.min(to, spanStart);
    total += gridDaysMs(c, day, end);
    day = end;
  }
  if (day < to && day < spanEnd) {
    const end = Math.min(to, spanEnd);
    total += c.spanPrefixMs[end - spanStart]! - c.spanPrefixMs[day - spanStart]!;
    day = end;
  }
  if (day < to) total += gridDaysMs(c, day, to);
  return total;
}

/** Millisecond core of `businessMinutesBetween`. */
export function businessMsBetween(c: CompiledCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  const [dayA, todA] = localDayAndTime(c, a);
  const [dayB, todB] = localDayAndTime(c, b);
  if (dayA === dayB) return overlapMs(scheduleOn(c, dayA).bounds, todA, todB);
  return (
    overlapMs(scheduleOn(c, dayA).bounds, todA, DAY_MS) + wholeDaysMs(c, dayA + 1, dayB) + overlapMs(scheduleOn(c, dayB).bounds, 0, todB)
  );
}

/** Working minutes in [a, b); 0 when b ≤ a. Fractional when the instants carry seconds. */
export function businessMinutesBetween(cal: BusinessCalendar, a: Date, b: Date): number {
  return businessMsBetween(compileCalendar(cal), a.getTime(), b.getTime()) / MINUTE_MS;
}

/** Whether `instant` is inside working time (an opening counts, a closing does not). */
export function isWorkingTime(cal: BusinessCalendar, instant: Date): boolean {
  const c = compileCalendar(cal);
  const [day, tod] = localDayAndTime(c, instant.getTime());
  const b = scheduleOn(c, day).bounds;
  for (let i = 0; i < b.length; i += 2) if (tod >= b[i]! && tod < b[i + 1]!) return true;
  return false;
}

// ── Working days ────────────────────────────────────────────────────────────────────────────────

function nextWorkingDay(c: CompiledCalendar, from: number): number {
  let day = from;
  while (scheduleOn(c, day).totalMs === 0) {
    day++;
    if (c.weekTotalMs === 0 && day > c.lastExceptionDay) throw noWorkingTime(day);
  }
  return day;
}

/** Closing instant of the `days`-th working day after working day `day0`. */
function closeOfNthWorkingDayAfter(c: CompiledCalendar, day0: number, days: number): number {
  let day = day0;
  let left = days;
  while (left > 0) {
    // From a day whose weekday works in the grid, 7 exception-free days later is the same weekday,
    // reached after exactly `weekWorkingDays` working days.
    if (left >= c.weekWorkingDays && c.weekly[weekdayIndex(day)]!.totalMs > 0) {
      const clearDays = nextExceptionFrom(c, day + 1) - (day + 1);
      const weeks = Math.min(Math.floor(left / c.weekWorkingDays), Math.floor(clearDays / 7));
      if (weeks > 0) {
        day += weeks * 7;
        left -= weeks * c.weekWorkingDays;
        continue;
      }
    }
    day = nextWorkingDay(c, day + 1);
    left--;
  }
  return instantOf(c, day, scheduleOn(c, day).closeMs);
}

/**
 * Due instant of "N hari kerja", the way a front-office officer counts it (H+N):
 *
 * - Day 0 is the day the request is received if that is a working day and it arrives before that
 *   day's closing time (also before opening, e.g. 06.00 via the portal). Otherwise (after closing,
 *   on a weekend, holiday or cuti bersama) day 0 is the next working day.
 * - The due instant is the closing time of the N-th working day after day 0.
 *
 * So with 1 hari kerja: received Monday 10.00 → due Tuesday at closing; received Monday 17.00 or
 * Saturday → day 0 is Tuesday resp. Monday → due Wednesday resp. Tuesday at closing; received
 * Tuesday 17 March 2026 15.00 WIB → the Nyepi/Idulfitri closure (18–24 March) is skipped → due
 * Wednesday 25 March 16.00. The day of receipt is never counted as a working day of its own: the
 * office gets the rest of that day for free, which is what "H+1" means at the counter.
 * `days = 0` gives the closing time of day 0.
 */
export function addWorkingDays(cal: BusinessCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0, got ${days}`);
  return new Date(workingDaysDueMs(compileCalendar(cal), start.getTime(), days));
}

function workingDaysDueMs(c: CompiledCalendar, start: number, days: number): number {
  const [day, tod] = localDayAndTime(c, start);
  const today = scheduleOn(c, day);
  const day0 = today.totalMs > 0 && tod < today.closeMs ? day : nextWorkingDay(c, day + 1);
  return closeOfNthWorkingDayAfter(c, day0, days);
}

/** Closing time of local day `day` if it is a working day, else of the next working day. */
function closeOnOrAfter(c: CompiledCalendar, day: number): number {
  const d = nextWorkingDay(c, day);
  return instantOf(c, d, scheduleOn(c, d).closeMs);
}

// ── Calendar time ───────────────────────────────────────────────────────────────────────────────

/** `start` plus calendar hours ("2×24 jam" is 48 hours around the clock, weekends included). */
export function addCalendarHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + durationMs(hours, HOUR_MS, "hours"));
}

// ── Policies ────────────────────────────────────────────────────────────────────────────────────

export type DueDateOptions = {
  /** For `complexity` policies: the target the verifier set for this request, in working days. */
  targetWorkingDays?: number;
};

/**
 * Due instant of a request under `policy`, its clock started at `startedAt` (the caller picks
 * submission or completeness according to `policy.startsAt`). Rules:
 *
 * - calendar:      startedAt + hours, in calendar time (nights, weekends and holidays count).
 * - working_days:  `addWorkingDays` (closing time of the N-th working day after day 0).
 * - working_hours: `addBusinessMinutes(hours × 60)`.
 * - complexity:    null until the verifier sets `targetWorkingDays`; then that many working days,
 *                  capped at `maxWorkingDays` when the office gives a ceiling.
 * - range:         measured against `max` (the estimate's upper bound):
 *                  · working_day → working days, as above;
 *                  · week  → the local date 7 × amount days after the start date;
 *                  · month → the same local date `amount` months later, clamped to the month's end
 *                    (31 January + 1 month → 28 February);
 *                  and for week/month the due instant is that date's closing time, or, when that date
 *                  has no working time, the closing time of the next working day. (Moving forward, as
 *                  Indonesian deadlines do when they fall on a holiday: moving back could hand a
 *                  1-week request received on 17 March 2026 only one hour, the Nyepi/Idulfitri
 *                  closure running from 18 to 24 March.)
 */
export function dueDate(policy: SlaPolicy, cal: BusinessCalendar, startedAt: Date, options: DueDateOptions = {}): Date | null {
  const ms = dueMs(policy, cal, startedAt.getTime(), options.targetWorkingDays);
  return ms === null ? null : new Date(ms);
}

function complexityDays(policy: Extract<SlaPolicy, { kind: "complexity" }>, target: number | undefined): number | null {
  if (target === undefined) return null;
  if (!Number.isInteger(target) || target < 1) throw new RangeError(`targetWorkingDays must be an integer ≥ 1, got ${target}`);
  return policy.maxWorkingDays !== undefined ? Math.min(target, policy.maxWorkingDays) : target;
}

/** Millisecond core of `dueDate`. */
export function dueMs(policy: SlaPolicy, cal: BusinessCalendar, start: number, targetWorkingDays: number | undefined): number | null {
  switch (policy.kind) {
    case "calendar":
      return start + durationMs(policy.hours, HOUR_MS, "hours");
    case "working_days":
      return workingDaysDueMs(compileCalendar(cal), start, policy.days);
    case "working_hours":
      return addBusinessMs(compileCalendar(cal), start, durationMs(policy.hours, HOUR_MS, "hours"));
    case "complexity": {
      const days = complexityDays(policy, targetWorkingDays);
      return days === null ? null : workingDaysDueMs(compileCalendar(cal), start, days);
    }
    case "range": {
      const c = compileCalendar(cal);
      const { amount, unit } = policy.max;
      if (unit === "working_day") return workingDaysDueMs(c, start, amount);
      const [startDay] = localDayAndTime(c, start);
      if (unit === "week") return closeOnOrAfter(c, startDay + 7 * amount);
      const { year, month, day } = civilFromDay(startDay);
      const monthIndex = month - 1 + amount;
      const targetYear = year + Math.floor(monthIndex / 12);
      const targetMonth = (monthIndex % 12) + 1;
      return closeOnOrAfter(c, dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
    }
  }
}
