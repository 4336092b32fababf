import { describe, expect, it } from "vitest";
import type { WeeklyHours } from "../catalog/content";
import { addBusinessMinutes, addCalendarHours, addWorkingDays, businessMinutesBetween, dueDate, isWorkingTime } from "./business-time";
import { calendarFor } from "./calendar";
import { HOLIDAYS_2026 } from "./holidays-2026";
import type { SlaPolicy } from "./policy";
import { at, BABEL, eightWorkingHours, iso, oneWorkingDay, twoTimes24h, WIB, WIB_RAMADAN, WIT, WITA } from "./test-calendars";

describe("zones", () => {
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
    const policy: SlaPolicy = {
      kind: "range",
      min: { amount: 3, unit: "working_day" },
      max: { amount: 5, unit: "working_day" },
      startsAt: "submitted",
    };
    expect(iso(dueDate(policy, WIB, start))).toBe(iso(at("2026-03-09T16:00:00+07:00")));
  });
});
