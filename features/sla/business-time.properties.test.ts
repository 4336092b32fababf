import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WeeklyHours } from "../catalog/content";
import { addBusinessMinutes, addWorkingDays, businessMinutesBetween } from "./business-time";
import type { BusinessCalendar } from "./calendar";
import { BABEL, WIB, WIB_RAMADAN, WIT, WIT_BABEL_RAMADAN, WITA } from "./test-calendars";

/** Properties of the working-time arithmetic, checked against an independent day-by-day oracle. */
const OFFSET_HOURS: Record<string, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };
const DAY = 86_400_000;

/** Local date, ISO weekday and working periods (ms of day) of a local midnight, read from the raw strings. */
function oracleDay(cal: BusinessCalendar, localMidnight: number) {
  const d = new Date(localMidnight);
  const date = d.toISOString().slice(0, 10);
  const weekday = String(d.getUTCDay() === 0 ? 7 : d.getUTCDay()) as keyof WeeklyHours;
  const special = cal.specialPeriods?.find((p) => p.from <= date && date <= p.to);
  const periods = cal.holidays.has(date) ? [] : (special?.weeklyHours ?? cal.weeklyHours)[weekday];
  const ms = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * 60_000;
  return { date, weekday, periods: periods.map((p) => [ms(p.start), ms(p.end)] as const) };
}

function oracleLocal(cal: BusinessCalendar, instant: number) {
  const local = instant + OFFSET_HOURS[cal.timeZone]! * 3_600_000;
  const midnight = Math.floor(local / DAY) * DAY;
  return { midnight, tod: local - midnight, day: oracleDay(cal, midnight) };
}

/** Working ms in [a, b), one local day at a time. */
function oracleBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  const off = OFFSET_HOURS[cal.timeZone]! * 3_600_000;
  let total = 0;
  for (let midnight = Math.floor((a + off) / DAY) * DAY; midnight < b + off; midnight += DAY) {
    for (const [s, e] of oracleDay(cal, midnight).periods) {
      const from = Math.max(midnight + s, a + off);
      const to = Math.min(midnight + e, b + off);
      if (to > from) total += to - from;
    }
  }
  return total;
}

const calendars = fc.constantFrom(WIB, WITA, WIT, BABEL, WIB_RAMADAN, WIT_BABEL_RAMADAN);
const YEAR_START = Date.UTC(2025, 11, 31, 15); // 2026-01-01 00.00 WIT, the first 2026 instant in any zone
const YEAR_END = Date.UTC(2026, 11, 31, 15);
const BOUNDARY_HOURS = [0, 7.5, 8, 11.5, 12, 12.5, 13, 15, 15.5, 16, 16.5];
/** A calendar and an instant in 2026: half at random, half on or 1 ms around an opening, closing or midnight. */
const calendarAndInstant = calendars.chain((cal) =>
  fc.tuple(
    fc.constant(cal),
    fc.oneof(
      fc.integer({ min: YEAR_START, max: YEAR_END }),
      fc
        .tuple(fc.integer({ min: 0, max: 364 }), fc.constantFrom(...BOUNDARY_HOURS), fc.constantFrom(-1, 0, 0, 1))
        .map(([day, hour, nudge]) => Date.UTC(2026, 0, 1) + day * DAY + hour * 3_600_000 + nudge - OFFSET_HOURS[cal.timeZone]! * 3_600_000),
    ),
  ),
);
/** Up to ~20 working days; some whole weeks of the two grids (37.5 h, 40 h) to hit week boundaries. */
const workingMinutes = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 * 450 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(2250, 2400)).map(([k, w]) => k * w) },
);
const RUNS = { numRuns: 300 };

function expectInsideOrAtPeriodEnd(cal: BusinessCalendar, instant: number, allowOpening: boolean) {
  const { tod, day } = oracleLocal(cal, instant);
  const ok = day.periods.some(([s, e]) => (allowOpening ? tod >= s : tod > s) && tod <= e);
  if (!ok) throw new Error(`${new Date(instant).toISOString()} (${day.date}, weekday ${day.weekday}) is outside working time`);
  expect(cal.holidays.has(day.date)).toBe(false);
  expect(day.periods.length).toBeGreaterThan(0);
}

describe("properties", () => {
  it("(a) businessMinutesBetween(start, addBusinessMinutes(start, m)) = m", () => {
    fc.assert(
      fc.property(calendarAndInstant, workingMinutes, ([cal, start], m) => {
        const s = new Date(start);
        expect(businessMinutesBetween(cal, s, addBusinessMinutes(cal, s, m))).toBe(m);
      }),
      RUNS,
    );
  });

  it("(b) results of addBusinessMinutes lie inside working time or at a period end, never on a day off", () => {
    fc.assert(
      fc.property(calendarAndInstant, workingMinutes, ([cal, start], m) => {
        const result = addBusinessMinutes(cal, new Date(start), m).getTime();
        expect(result).toBeGreaterThanOrEqual(start);
        // m > 0 never lands on an opening: a result on a closing stays on that closing.
        expectInsideOrAtPeriodEnd(cal, result, m === 0);
      }),
      RUNS,
    );
  });

  it("(b) addWorkingDays lands on the closing of a working day, N working days after day 0", () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: 0, max: 70 }), ([cal, start], n) => {
        const result = addWorkingDays(cal, new Date(start), n).getTime();
        expectInsideOrAtPeriodEnd(cal, result, false);
        const { tod, day } = oracleLocal(cal, result);
        expect(tod).toBe(day.periods[day.periods.length - 1]![1]);
        // Count working days from the start's local day to the result's, the slow way.
        const first = oracleLocal(cal, start);
        const startCounts = first.day.periods.length > 0 && first.tod < first.day.periods[first.day.periods.length - 1]![1];
        let after = 0; // working days after the start's local day, up to the result's
        for (let m = first.midnight + DAY; m <= oracleLocal(cal, result).midnight; m += DAY) {
          if (oracleDay(cal, m).periods.length > 0) after++;
        }
        // Day 0 is the start's day when it counts, else the next working day (which is not counted).
        expect(after).toBe(startCounts ? n : n + 1);
      }),
      RUNS,
    );
  });

  it("(c) addBusinessMinutes is monotonic in minutes", () => {
    fc.assert(
      fc.property(calendarAndInstant, workingMinutes, workingMinutes, ([cal, start], m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const s = new Date(start);
        expect(addBusinessMinutes(cal, s, lo).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, s, hi).getTime());
      }),
      RUNS,
    );
  });

  it("businessMinutesBetween matches a day-by-day count for spans up to 100 days", () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: -DAY, max: 100 * DAY }), ([cal, a], span) => {
        expect(businessMinutesBetween(cal, new Date(a), new Date(a + span))).toBe(oracleBetween(cal, a, a + span) / 60_000);
      }),
      RUNS,
    );
  });

  it("businessMinutesBetween matches a day-by-day count across the ends of the holiday table", () => {
    const around = fc.integer({ min: Date.UTC(2025, 9, 1), max: Date.UTC(2027, 2, 1) });
    fc.assert(
      fc.property(calendars, around, fc.integer({ min: 0, max: 400 * DAY }), (cal, a, span) => {
        expect(businessMinutesBetween(cal, new Date(a), new Date(a + span))).toBe(oracleBetween(cal, a, a + span) / 60_000);
      }),
      RUNS,
    );
  });
});
