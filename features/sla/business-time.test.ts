import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEEKLY_HOURS, type WeeklyHours } from "../catalog/content";
import {
  addBusinessMinutes,
  addCalendarHours,
  addWorkingDays,
  businessMinutesBetween,
  dueDate,
  isWorkingTime,
  slaClock,
} from "./business-time";
import { type BusinessCalendar, type SpecialPeriod, calendarFor, zoneOffsetMinutes } from "./calendar";
import { HOLIDAYS_2026, HOLIDAYS_2026_SOURCE, HOLIDAY_DATES_2026 } from "./holidays-2026";
import type { SlaPolicy } from "./policy";

const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

const BABEL_DAY = [{ start: "08:00", end: "16:00" }];
const BABEL_HOURS: WeeklyHours = { "1": BABEL_DAY, "2": BABEL_DAY, "3": BABEL_DAY, "4": BABEL_DAY, "5": BABEL_DAY, "6": [], "7": [] };

/** Shorter Ramadan hours, as an agency might enter them (test data, not a regulation). */
const RAMADAN_DAY = [{ start: "08:00", end: "12:00" }, { start: "12:30", end: "15:00" }];
const RAMADAN_HOURS: WeeklyHours = {
  "1": RAMADAN_DAY,
  "2": RAMADAN_DAY,
  "3": RAMADAN_DAY,
  "4": RAMADAN_DAY,
  "5": [{ start: "08:00", end: "11:30" }, { start: "13:00", end: "15:30" }],
  "6": [],
  "7": [],
};
const RAMADAN: SpecialPeriod[] = [{ from: "2026-02-19", to: "2026-03-19", weeklyHours: RAMADAN_HOURS, label: "Ramadan 1447 H" }];

const WIB = calendarFor({ timeZone: "Asia/Jakarta", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
const WITA = calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
const WIT = calendarFor({ timeZone: "Asia/Jayapura", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
const BABEL = calendarFor({ timeZone: "Asia/Jakarta", workingHours: BABEL_HOURS }, [...HOLIDAY_DATES_2026]);
const WIB_RAMADAN = calendarFor({ timeZone: "Asia/Jakarta", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026], RAMADAN);
const WIT_BABEL_RAMADAN = calendarFor({ timeZone: "Asia/Jayapura", workingHours: BABEL_HOURS }, [...HOLIDAY_DATES_2026], RAMADAN);

const oneWorkingDay: SlaPolicy = { kind: "working_days", days: 1, startsAt: "received_complete" };
const eightWorkingHours: SlaPolicy = { kind: "working_hours", hours: 8, startsAt: "received_complete" };
const twoTimes24h: SlaPolicy = { kind: "calendar", hours: 48, startsAt: "submitted" };

describe("2026 holidays (SKB)", () => {
  it("lists the SKB's 17 libur nasional and 8 cuti bersama on the decreed dates", () => {
    expect(HOLIDAYS_2026_SOURCE).toBe("SKB 1497/2/5 Tahun 2025");
    const dates = (kind: string) => HOLIDAYS_2026.filter((h) => h.kind === kind).map((h) => h.date.slice(5));
    expect(dates("libur_nasional")).toEqual([
      "01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01",
      "05-14", "05-27", "05-31", "06-01", "06-16", "08-17", "08-25", "12-25",
    ]);
    expect(dates("cuti_bersama")).toEqual(["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"]);
    expect(HOLIDAYS_2026.find((h) => h.date === "2026-03-21")?.name).toBe("Idulfitri 1447 Hijriah");
  });
});

describe("zones", () => {
  it("uses the fixed offsets of WIB, WITA and WIT", () => {
    expect([zoneOffsetMinutes("Asia/Jakarta"), zoneOffsetMinutes("Asia/Makassar"), zoneOffsetMinutes("Asia/Jayapura")]).toEqual([420, 480, 540]);
    expect(zoneOffsetMinutes("Asia/Singapore")).toBe(480); // through Intl, once
    expect(() => zoneOffsetMinutes("Europe/Berlin")).toThrow(RangeError);
  });

  it("gives different results for one instant in the three zones", () => {
    // Monday 2 March 2026 04:30 UTC = 11.30 WIB (before the break), 12.30 WITA (in it), 13.30 WIT.
    const instant = at("2026-03-02T04:30:00Z");
    expect(iso(addBusinessMinutes(WIB, instant, 60))).toBe(iso(at("2026-03-02T13:30:00+07:00")));
    expect(iso(addBusinessMinutes(WITA, instant, 60))).toBe(iso(at("2026-03-02T14:00:00+08:00")));
    expect(iso(addBusinessMinutes(WIT, instant, 60))).toBe(iso(at("2026-03-02T14:30:00+09:00")));
  });

  it("starts day 0 by each zone's own closing time", () => {
    // 08:30 UTC = 15.30 WIB (still open), 16.30 WITA and 17.30 WIT (closed).
    const instant = at("2026-03-02T08:30:00Z");
    expect(iso(addWorkingDays(WIB, instant, 1))).toBe(iso(at("2026-03-03T16:00:00+07:00")));
    expect(iso(addWorkingDays(WITA, instant, 1))).toBe(iso(at("2026-03-04T16:00:00+08:00")));
    expect(iso(addWorkingDays(WIT, instant, 1))).toBe(iso(at("2026-03-04T16:00:00+09:00")));
  });

  it("rolls the local date at each zone's midnight", () => {
    // Sunday 1 March 23:00 UTC is already Monday 06.00 WIB / 07.00 WITA / 08.00 WIT.
    const instant = at("2026-03-01T23:00:00Z");
    expect(iso(addBusinessMinutes(WIB, instant, 30))).toBe(iso(at("2026-03-02T08:00:00+07:00")));
    expect(iso(addBusinessMinutes(WITA, instant, 30))).toBe(iso(at("2026-03-02T08:00:00+08:00")));
    expect(iso(addBusinessMinutes(WIT, instant, 30))).toBe(iso(at("2026-03-02T08:30:00+09:00")));
  });
});

describe("addBusinessMinutes on the Perpres 21/2023 grid (WIB)", () => {
  const cases: [string, string, number, string][] = [
    ["Mon–Thu break 12.00–13.00", "2026-03-02T11:45:00+07:00", 30, "2026-03-02T13:15:00+07:00"],
    ["start inside the break", "2026-03-02T12:30:00+07:00", 10, "2026-03-02T13:10:00+07:00"],
    ["Friday break starts 11.30", "2026-03-06T11:00:00+07:00", 60, "2026-03-06T13:30:00+07:00"],
    ["Friday 12.00 is inside Friday's break", "2026-03-06T12:00:00+07:00", 10, "2026-03-06T13:10:00+07:00"],
    ["Friday closes at 16.30, not 16.00", "2026-03-06T16:00:00+07:00", 30, "2026-03-06T16:30:00+07:00"],
    ["one minute past Friday's closing goes to Monday", "2026-03-06T16:00:00+07:00", 31, "2026-03-09T07:31:00+07:00"],
    ["ending on Thursday's closing stays there", "2026-03-05T15:00:00+07:00", 60, "2026-03-05T16:00:00+07:00"],
    ["over the weekend", "2026-03-06T15:00:00+07:00", 120, "2026-03-09T08:00:00+07:00"],
    ["received early in the morning", "2026-03-02T06:00:00+07:00", 60, "2026-03-02T08:30:00+07:00"],
    ["received in the evening", "2026-03-02T19:00:00+07:00", 60, "2026-03-03T08:30:00+07:00"],
    ["received on Saturday", "2026-03-07T10:00:00+07:00", 60, "2026-03-09T08:30:00+07:00"],
    ["a full week of 37.5 h ends on Friday's closing", "2026-03-02T07:30:00+07:00", 2250, "2026-03-06T16:30:00+07:00"],
    ["two full weeks from a Saturday end on Friday's closing", "2026-07-04T10:00:00+07:00", 4500, "2026-07-17T16:30:00+07:00"],
    ["zero minutes outside working time is the next opening", "2026-03-07T10:00:00+07:00", 0, "2026-03-09T07:30:00+07:00"],
  ];
  it.each(cases)("%s", (_name, start, minutes, expected) => {
    expect(iso(addBusinessMinutes(WIB, at(start), minutes))).toBe(iso(at(expected)));
  });

  it("counts seconds exactly", () => {
    expect(iso(addBusinessMinutes(WIB, at("2026-03-02T11:59:30+07:00"), 1))).toBe(iso(at("2026-03-02T13:00:30+07:00")));
    expect(businessMinutesBetween(WIB, at("2026-03-02T11:59:30+07:00"), at("2026-03-02T13:00:30+07:00"))).toBe(1);
  });

  it("refuses to search forever in a calendar without working time", () => {
    const closed: WeeklyHours = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };
    const cal = calendarFor({ timeZone: "Asia/Jakarta", workingHours: closed }, ["2026-03-02"]);
    expect(() => addBusinessMinutes(cal, at("2026-03-02T08:00:00+07:00"), 1)).toThrow(/no working time after 2026-03-03/);
    expect(() => addWorkingDays(cal, at("2026-03-02T08:00:00+07:00"), 1)).toThrow(RangeError);
  });

  it("rejects negative durations", () => {
    expect(() => addBusinessMinutes(WIB, at("2026-03-02T08:00:00+07:00"), -1)).toThrow(RangeError);
  });
});

describe("businessMinutesBetween", () => {
  it("counts working minutes in [a, b)", () => {
    expect(businessMinutesBetween(WIB, at("2026-03-02T07:30:00+07:00"), at("2026-03-02T16:00:00+07:00"))).toBe(450);
    // Friday: 07.30–11.30 and 13.00–16.30, the same 7.5 h as Monday–Thursday.
    expect(businessMinutesBetween(WIB, at("2026-03-06T07:30:00+07:00"), at("2026-03-06T16:30:00+07:00"))).toBe(450);
    expect(businessMinutesBetween(WIB, at("2026-03-02T00:00:00+07:00"), at("2026-03-09T00:00:00+07:00"))).toBe(2250);
    expect(businessMinutesBetween(WIB, at("2026-03-06T16:00:00+07:00"), at("2026-03-09T08:00:00+07:00"))).toBe(60);
    expect(businessMinutesBetween(WIB, at("2026-03-03T10:00:00+07:00"), at("2026-03-02T10:00:00+07:00"))).toBe(0);
  });

  it("finds no working time in the Nyepi–Idulfitri closure", () => {
    expect(businessMinutesBetween(WIB, at("2026-03-17T16:00:00+07:00"), at("2026-03-25T07:30:00+07:00"))).toBe(0);
  });

  it("counts a whole year: 261 weekdays less the SKB's 21 weekday holidays, 7.5 h each", () => {
    // 4 of the 25 holiday dates fall on a weekend: 21 March, 22 March, 5 April, 31 May.
    const weekdayHolidays = HOLIDAYS_2026.filter((h) => ![0, 6].includes(new Date(`${h.date}T00:00:00Z`).getUTCDay()));
    expect(weekdayHolidays).toHaveLength(21);
    expect(businessMinutesBetween(WIB, at("2026-01-01T00:00:00+07:00"), at("2027-01-01T00:00:00+07:00"))).toBe(240 * 450);
  });
});

describe("addWorkingDays (hari kerja)", () => {
  const cases: [string, string, number, string][] = [
    ["received Monday 10.00, 1 hari kerja → Tuesday closing", "2026-03-02T10:00:00+07:00", 1, "2026-03-03T16:00:00+07:00"],
    ["received before opening counts that day as day 0", "2026-03-02T06:00:00+07:00", 1, "2026-03-03T16:00:00+07:00"],
    ["received after closing: day 0 is the next working day", "2026-03-02T17:00:00+07:00", 1, "2026-03-04T16:00:00+07:00"],
    ["received exactly at closing counts as after closing", "2026-03-02T16:00:00+07:00", 1, "2026-03-04T16:00:00+07:00"],
    ["received Saturday: day 0 is Monday", "2026-03-07T10:00:00+07:00", 1, "2026-03-10T16:00:00+07:00"],
    ["received Friday 16.15, before Friday's closing", "2026-03-06T16:15:00+07:00", 1, "2026-03-09T16:00:00+07:00"],
    ["received Friday 16.45, after closing", "2026-03-06T16:45:00+07:00", 1, "2026-03-10T16:00:00+07:00"],
    ["due on a Friday closes at 16.30", "2026-03-05T09:00:00+07:00", 1, "2026-03-06T16:30:00+07:00"],
    ["5 hari kerja over a weekend", "2026-03-04T09:00:00+07:00", 5, "2026-03-11T16:00:00+07:00"],
    // Wed 11 … Tue 17 Mar (5), Wed 25 … Thu 2 Apr (6), Good Friday 3 Apr off, Mon 6 and Tue 7 Apr.
    ["14 hari kerja across the Idulfitri closure", "2026-03-10T09:00:00+07:00", 14, "2026-04-07T16:00:00+07:00"],
    ["0 hari kerja is the closing of day 0", "2026-03-07T10:00:00+07:00", 0, "2026-03-09T16:00:00+07:00"],
  ];
  it.each(cases)("%s", (_name, start, days, expected) => {
    expect(iso(addWorkingDays(WIB, at(start), days))).toBe(iso(at(expected)));
  });

  it("60 hari kerja skips whole weeks and every holiday on the way", () => {
    // After Mon 5 Jan: 18 working days in January (16 Jan off), 18 in February (16–17 Feb off),
    // 17 in March (18–24 Mar off), then 1, 2 and 6–10 April (3 Apr off): the 60th is Friday 10 April.
    expect(iso(addWorkingDays(WIB, at("2026-01-05T09:00:00+07:00"), 60))).toBe(iso(at("2026-04-10T16:30:00+07:00")));
  });
});

describe("the Nyepi–Idulfitri closure, 18–24 March 2026", () => {
  const received = at("2026-03-17T15:00:00+07:00"); // Tuesday, one hour before closing

  it("1 hari kerja lands on Wednesday 25 March at closing", () => {
    expect(iso(addWorkingDays(WIB, received, 1))).toBe(iso(at("2026-03-25T16:00:00+07:00")));
    expect(iso(dueDate(oneWorkingDay, WIB, received))).toBe(iso(at("2026-03-25T16:00:00+07:00")));
  });

  it("8 working hours: 1 h on Tuesday, 7 h on Wednesday 25 March", () => {
    expect(iso(dueDate(eightWorkingHours, WIB, received))).toBe(iso(at("2026-03-25T15:30:00+07:00")));
  });

  it("2×24 jam ignores the closure", () => {
    expect(iso(dueDate(twoTimes24h, WIB, received))).toBe(iso(at("2026-03-19T15:00:00+07:00")));
  });
});

describe("Ramadan hours (special period)", () => {
  it("replaces the weekly grid on its dates", () => {
    expect(iso(addBusinessMinutes(WIB_RAMADAN, at("2026-02-23T14:30:00+07:00"), 60))).toBe(iso(at("2026-02-24T08:30:00+07:00")));
    expect(iso(addWorkingDays(WIB_RAMADAN, at("2026-02-23T10:00:00+07:00"), 1))).toBe(iso(at("2026-02-24T15:00:00+07:00")));
    expect(iso(addBusinessMinutes(WIB_RAMADAN, at("2026-02-23T11:50:00+07:00"), 20))).toBe(iso(at("2026-02-23T12:40:00+07:00")));
  });

  it("ends with its last date: Wednesday 25 March is back on the normal grid", () => {
    expect(iso(addWorkingDays(WIB_RAMADAN, at("2026-03-17T14:00:00+07:00"), 1))).toBe(iso(at("2026-03-25T16:00:00+07:00")));
    expect(isWorkingTime(WIB_RAMADAN, at("2026-03-17T15:30:00+07:00"))).toBe(false);
  });
});

describe("2×24 jam (calendar hours)", () => {
  it("runs through the weekend", () => {
    const friday = at("2026-03-06T14:00:00+07:00");
    expect(iso(addCalendarHours(friday, 48))).toBe(iso(at("2026-03-08T14:00:00+07:00")));
    expect(iso(dueDate(twoTimes24h, WIB, friday))).toBe(iso(at("2026-03-08T14:00:00+07:00")));
    expect(iso(dueDate(twoTimes24h, WIT, friday))).toBe(iso(at("2026-03-08T14:00:00+07:00")));
  });
});

describe("Bangka Belitung's 08.00–16.00 grid without a break", () => {
  it("works through midday and closes Friday at 16.00", () => {
    expect(iso(addBusinessMinutes(BABEL, at("2026-03-09T11:30:00+07:00"), 60))).toBe(iso(at("2026-03-09T12:30:00+07:00")));
    expect(iso(dueDate(eightWorkingHours, BABEL, at("2026-03-09T08:00:00+07:00")))).toBe(iso(at("2026-03-09T16:00:00+07:00")));
    expect(iso(dueDate(eightWorkingHours, BABEL, at("2026-03-09T09:00:00+07:00")))).toBe(iso(at("2026-03-10T09:00:00+07:00")));
    expect(iso(addBusinessMinutes(BABEL, at("2026-03-13T15:30:00+07:00"), 60))).toBe(iso(at("2026-03-16T08:30:00+07:00")));
    expect(iso(addWorkingDays(BABEL, at("2026-03-12T10:00:00+07:00"), 1))).toBe(iso(at("2026-03-13T16:00:00+07:00")));
    expect(businessMinutesBetween(BABEL, at("2026-03-09T00:00:00+07:00"), at("2026-03-16T00:00:00+07:00"))).toBe(2400);
  });
});

describe("dueDate for complexity and range policies", () => {
  const complexity: SlaPolicy = { kind: "complexity", maxWorkingDays: 5, startsAt: "received_complete" };
  const start = at("2026-03-02T10:00:00+07:00");

  it("complexity waits for the verifier's target and caps it", () => {
    expect(dueDate(complexity, WIB, start)).toBeNull();
    expect(iso(dueDate(complexity, WIB, start, { targetWorkingDays: 3 }))).toBe(iso(at("2026-03-05T16:00:00+07:00")));
    expect(iso(dueDate(complexity, WIB, start, { targetWorkingDays: 10 }))).toBe(iso(at("2026-03-09T16:00:00+07:00")));
    const uncapped: SlaPolicy = { kind: "complexity", startsAt: "submitted" };
    expect(iso(dueDate(uncapped, WIB, start, { targetWorkingDays: 10 }))).toBe(iso(at("2026-03-16T16:00:00+07:00")));
    expect(() => dueDate(complexity, WIB, start, { targetWorkingDays: 1.5 })).toThrow(RangeError);
  });

  const weeks = (amount: number): SlaPolicy => ({
    kind: "range",
    min: { amount: 1, unit: "week" },
    max: { amount, unit: "week" },
    startsAt: "received_complete",
  });
  const months = (amount: number): SlaPolicy => ({
    kind: "range",
    min: { amount: 1, unit: "month" },
    max: { amount, unit: "month" },
    startsAt: "received_complete",
  });

  it("range in weeks: the same weekday N weeks on, at closing, moved forward off non-working days", () => {
    expect(iso(dueDate(weeks(2), WIB, start))).toBe(iso(at("2026-03-16T16:00:00+07:00")));
    expect(iso(dueDate(weeks(1), WIB, at("2026-03-07T10:00:00+07:00")))).toBe(iso(at("2026-03-16T16:00:00+07:00")));
    // Wednesday 11 March + 1 week = Wednesday 18 March (cuti bersama) → Wednesday 25 March.
    expect(iso(dueDate(weeks(1), WIB, at("2026-03-11T09:00:00+07:00")))).toBe(iso(at("2026-03-25T16:00:00+07:00")));
  });

  it("range in months: same local date, clamped to the month's end, moved into working time", () => {
    // 12 January + 3 months = Sunday 12 April → Monday 13 April.
    expect(iso(dueDate(months(3), WIB, at("2026-01-12T10:00:00+07:00")))).toBe(iso(at("2026-04-13T16:00:00+07:00")));
    // 30 January + 1 month → 28 February (Saturday) → Monday 2 March.
    expect(iso(dueDate(months(1), WIB, at("2026-01-30T10:00:00+07:00")))).toBe(iso(at("2026-03-02T16:00:00+07:00")));
    // 31 July + 1 month → 31 August (Monday).
    expect(iso(dueDate(months(1), WIB, at("2026-07-31T10:00:00+07:00")))).toBe(iso(at("2026-08-31T16:00:00+07:00")));
    // One instant, two local dates: 31 January in WIB, already 1 February in WIT.
    const lateEvening = at("2026-01-31T20:00:00+07:00");
    expect(iso(dueDate(months(1), WIB, lateEvening))).toBe(iso(at("2026-03-02T16:00:00+07:00")));
    expect(iso(dueDate(months(1), WIT, lateEvening))).toBe(iso(at("2026-03-02T16:00:00+09:00")));
    // December + 1 month crosses the year.
    expect(iso(dueDate(months(1), WIB, at("2026-12-15T10:00:00+07:00")))).toBe(iso(at("2027-01-15T16:30:00+07:00")));
  });

  it("range in working days counts hari kerja", () => {
    const policy: SlaPolicy = { kind: "range", min: { amount: 3, unit: "working_day" }, max: { amount: 5, unit: "working_day" }, startsAt: "submitted" };
    expect(iso(dueDate(policy, WIB, start))).toBe(iso(at("2026-03-09T16:00:00+07:00")));
  });
});

describe("slaClock: pauses", () => {
  it("a pause over the weekend changes nothing for a working-time policy", () => {
    const startedAt = at("2026-03-06T14:00:00+07:00"); // Friday
    const base = slaClock(eightWorkingHours, WIB, { startedAt, pauses: [], now: startedAt });
    expect(iso(base.dueAt)).toBe(iso(at("2026-03-09T14:00:00+07:00")));
    const paused = slaClock(eightWorkingHours, WIB, {
      startedAt,
      pauses: [{ from: at("2026-03-06T17:00:00+07:00"), to: at("2026-03-09T07:00:00+07:00"), reason: "menunggu pemohon" }],
      now: at("2026-03-09T08:00:00+07:00"),
    });
    expect(iso(paused.dueAt)).toBe(iso(at("2026-03-09T14:00:00+07:00")));
    expect(paused.pausedMinutes).toBe(0);
  });

  it("a pause on Tuesday morning shifts the due date by exactly its working minutes", () => {
    const startedAt = at("2026-03-09T10:00:00+07:00"); // Monday
    const policy: SlaPolicy = { kind: "working_days", days: 2, startsAt: "received_complete" };
    expect(iso(dueDate(policy, WIB, startedAt))).toBe(iso(at("2026-03-11T16:00:00+07:00")));
    const clock = slaClock(policy, WIB, {
      startedAt,
      pauses: [{ from: at("2026-03-10T08:00:00+07:00"), to: at("2026-03-10T10:00:00+07:00"), reason: "menunggu dokumen" }],
      now: at("2026-03-10T11:00:00+07:00"),
    });
    expect(clock.pausedMinutes).toBe(120);
    expect(iso(clock.dueAt)).toBe(iso(at("2026-03-12T09:30:00+07:00")));
    // Over the lunch break: 11.00–14.00 holds 120 working minutes too.
    const overLunch = slaClock(policy, WIB, {
      startedAt,
      pauses: [{ from: at("2026-03-10T11:00:00+07:00"), to: at("2026-03-10T14:00:00+07:00"), reason: "menunggu dokumen" }],
      now: at("2026-03-10T15:00:00+07:00"),
    });
    expect(iso(overLunch.dueAt)).toBe(iso(at("2026-03-12T09:30:00+07:00")));
  });

  it("a pause shifts a calendar policy by calendar time, weekend included", () => {
    const clock = slaClock(twoTimes24h, WIB, {
      startedAt: at("2026-03-06T14:00:00+07:00"),
      pauses: [{ from: at("2026-03-07T10:00:00+07:00"), to: at("2026-03-07T16:00:00+07:00"), reason: "menunggu pemohon" }],
      now: at("2026-03-08T12:00:00+07:00"),
    });
    expect(clock.measure).toBe("calendar");
    expect(iso(clock.dueAt)).toBe(iso(at("2026-03-08T20:00:00+07:00")));
    expect(clock.pausedMinutes).toBe(360);
    expect(clock.remainingMinutes).toBe(480); // 48 h − (46 h elapsed − 6 h paused)
    expect(clock.state).toBe("warning"); // 40 of 48 h used
    expect(clock.usedFraction).toBeCloseTo(40 / 48, 12);
  });

  it("an open pause: state paused, due date as if the clock resumed now", () => {
    const clock = slaClock(eightWorkingHours, WIB, {
      startedAt: at("2026-03-09T08:00:00+07:00"),
      pauses: [{ from: at("2026-03-09T10:00:00+07:00"), to: null, reason: "menunggu pemohon" }],
      now: at("2026-03-09T11:00:00+07:00"),
    });
    expect(clock.state).toBe("paused");
    expect(clock.usedFraction).toBe(0.25);
    expect(clock.remainingMinutes).toBe(360);
    expect(iso(clock.dueAt)).toBe(iso(at("2026-03-10T09:30:00+07:00")));
  });

  it("a pause that starts after the due date does not undo the breach", () => {
    const clock = slaClock(oneWorkingDay, WIB, {
      startedAt: at("2026-03-09T10:00:00+07:00"),
      pauses: [{ from: at("2026-03-11T09:00:00+07:00"), to: null, reason: "menunggu pemohon" }],
      now: at("2026-03-11T10:00:00+07:00"),
    });
    expect(iso(clock.dueAt)).toBe(iso(at("2026-03-10T16:00:00+07:00")));
    expect(clock.state).toBe("breached");
  });
});

describe("slaClock: states", () => {
  const startedAt = at("2026-03-09T10:00:00+07:00"); // Monday; 1 hari kerja → Tuesday 16.00, 750 working min
  const clockAt = (now: string, extra: { completedAt?: Date } = {}) =>
    slaClock(oneWorkingDay, WIB, { startedAt, pauses: [], now: at(now), ...extra });

  it("on_track, warning from 75 %, breached after the due instant", () => {
    expect(clockAt("2026-03-10T11:00:00+07:00")).toMatchObject({ state: "on_track", usedFraction: 510 / 750, remainingMinutes: 240 });
    expect(clockAt("2026-03-10T13:00:00+07:00")).toMatchObject({ state: "warning", usedFraction: 570 / 750, remainingMinutes: 180 });
    expect(clockAt("2026-03-10T16:00:00+07:00")).toMatchObject({ state: "warning", usedFraction: 1, remainingMinutes: 0 });
    // After closing no working time passes, yet the due instant has passed.
    expect(clockAt("2026-03-10T17:00:00+07:00")).toMatchObject({ state: "breached", usedFraction: 1, remainingMinutes: 0 });
    expect(clockAt("2026-03-11T08:00:00+07:00")).toMatchObject({ state: "breached", usedFraction: 780 / 750, remainingMinutes: -30 });
  });

  it("completed, on time or late", () => {
    const onTime = clockAt("2026-03-12T10:00:00+07:00", { completedAt: at("2026-03-10T15:00:00+07:00") });
    expect(onTime).toMatchObject({ state: "completed", completedOnTime: true, remainingMinutes: 60 });
    const late = clockAt("2026-03-12T10:00:00+07:00", { completedAt: at("2026-03-11T09:00:00+07:00") });
    expect(late).toMatchObject({ state: "completed", completedOnTime: false, remainingMinutes: -90 });
  });

  it("not_set for complexity without the verifier's target", () => {
    const complexity: SlaPolicy = { kind: "complexity", startsAt: "received_complete" };
    expect(slaClock(complexity, WIB, { startedAt, pauses: [], now: startedAt })).toMatchObject({ state: "not_set", dueAt: null, usedFraction: null });
    expect(slaClock(complexity, WIB, { startedAt, pauses: [], now: startedAt, targetWorkingDays: 1 }).dueAt?.toISOString()).toBe(
      at("2026-03-10T16:00:00+07:00").toISOString(),
    );
  });
});

// ── Properties, against an independent oracle ───────────────────────────────────────────────────

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
