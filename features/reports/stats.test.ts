import { describe, expect, it } from "vitest";
import { DEFAULT_WEEKLY_HOURS } from "../catalog/content";
import { calendarFor } from "../sla/calendar";
import { handlingMinutes, nearestRankPercentile, reportMonths, summarise } from "./stats";

// Bulungan's grid (WITA): Mon–Thu 07.30–12.00 and 13.00–16.00, Fri 07.30–11.30 and 13.00–16.30.
const cal = calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, ["2026-11-25"]);
const wita = (local: string) => new Date(`${local}+08:00`);

describe("nearestRankPercentile", () => {
  it("takes the value at rank ⌈p·n⌉ of the sorted values", () => {
    expect(nearestRankPercentile([15, 11.5], 90)).toBe(15);
    expect(nearestRankPercentile([3, 1, 2], 50)).toBe(2);
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9); // 0.9 × 10 is rank 9, not 10
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(nearestRankPercentile([7], 90)).toBe(7);
    expect(nearestRankPercentile([], 90)).toBeNull();
  });
});

describe("handlingMinutes", () => {
  it("counts working time only", () => {
    // Mon 09.00 → Tue 14.00: 3 + 3 + 4.5 + 1 = 11.5 hours.
    expect(handlingMinutes(cal, wita("2026-10-05T09:00"), wita("2026-10-06T14:00"), [])).toBe(11.5 * 60);
    // Thu 10.00 → Mon 10.00 across a weekend: 5 + 7.5 + 2.5 = 15 hours.
    expect(handlingMinutes(cal, wita("2026-10-08T10:00"), wita("2026-10-12T10:00"), [])).toBe(15 * 60);
  });

  it("subtracts the working time of pauses, merged and clipped to the span", () => {
    const start = wita("2026-11-02T08:00");
    const end = wita("2026-11-04T15:00"); // 21 working hours
    const pause = { from: wita("2026-11-02T10:00"), to: wita("2026-11-03T10:00") }; // 7.5 working hours
    expect(handlingMinutes(cal, start, end, [pause])).toBe(13.5 * 60);
    // An overlapping duplicate and a pause before the start change nothing.
    const overlap = { from: wita("2026-11-02T11:00"), to: wita("2026-11-02T14:00") };
    const before = { from: wita("2026-11-01T08:00"), to: wita("2026-11-02T08:00") };
    expect(handlingMinutes(cal, start, end, [pause, overlap, before])).toBe(13.5 * 60);
    // An open pause runs to the end.
    expect(handlingMinutes(cal, start, end, [{ from: wita("2026-11-04T13:00"), to: null }])).toBe(19 * 60);
  });

  it("skips holidays of the agency calendar", () => {
    // Tue 24 Nov 15.00 → Thu 26 Nov 08.30 with Wed 25 Nov a holiday: 1 + 1 = 2 hours.
    expect(handlingMinutes(cal, wita("2026-11-24T15:00"), wita("2026-11-26T08:30"), [])).toBe(120);
  });
});

describe("summarise", () => {
  it("gives compliance over completed requests with a due moment, and hours unrounded", () => {
    const c = summarise({ received: 6, completed: 3, withDue: 3, onTime: 2, handlingMinutes: [690, 900, 810] }, 0.9);
    expect(c.compliance).toBeCloseTo(2 / 3, 12);
    expect(c.meetsTarget).toBe(false);
    expect(c.avgHours).toBeCloseTo(40 / 3, 12);
    expect(c.p90Hours).toBe(15);
    expect(c.measured).toBe(3);
  });

  it("meets a 90% target at exactly 9 of 10, and says nothing without completions", () => {
    expect(summarise({ received: 10, completed: 10, withDue: 10, onTime: 9, handlingMinutes: [] }, 0.9).meetsTarget).toBe(true);
    const empty = summarise({ received: 2, completed: 0, withDue: 0, onTime: 0, handlingMinutes: [] }, 0.9);
    expect([empty.compliance, empty.meetsTarget, empty.avgHours, empty.p90Hours]).toEqual([null, null, null, null]);
  });
});

describe("report months", () => {
  it("shows the months that have started", () => {
    expect(reportMonths({ year: 2026 }, { year: 2026, month: 3 })).toEqual([1, 2, 3]);
    expect(reportMonths({ year: 2025 }, { year: 2026, month: 3 })).toHaveLength(12);
    expect(reportMonths({ year: 2026, month: 2 }, { year: 2026, month: 3 })).toEqual([2]);
  });
});
