import { describe, expect, it } from "vitest";
import { dueDate } from "./business-time";
import { slaClock } from "./clock";
import type { SlaPolicy } from "./policy";
import { at, eightWorkingHours, iso, oneWorkingDay, twoTimes24h, WIB } from "./test-calendars";

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
    expect(slaClock(complexity, WIB, { startedAt, pauses: [], now: startedAt })).toMatchObject({
      state: "not_set",
      dueAt: null,
      usedFraction: null,
    });
    expect(slaClock(complexity, WIB, { startedAt, pauses: [], now: startedAt, targetWorkingDays: 1 }).dueAt?.toISOString()).toBe(
      at("2026-03-10T16:00:00+07:00").toISOString(),
    );
  });
});
