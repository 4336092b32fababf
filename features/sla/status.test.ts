import { describe, expect, it } from "vitest";
import { DEFAULT_WEEKLY_HOURS } from "../catalog/content";
import { calendarFor } from "./calendar";
import { formatDuration, slaMark } from "./status";

const cal = calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, []);
const calendar48 = { kind: "calendar", hours: 48, startsAt: "received_complete" } as const;

describe("slaMark", () => {
  const start = new Date("2026-11-20T02:00:00Z");
  const due = new Date("2026-11-22T02:00:00Z");
  const open = { status: "DIPROSES", receivedCompleteAt: start, dueAt: due };
  it("marks on track, warning from 75%, breached after the due moment", () => {
    expect(slaMark(open, calendar48, cal, new Date("2026-11-21T02:00:00Z")).mark).toBe("tepat");
    expect(slaMark(open, calendar48, cal, new Date("2026-11-21T14:00:00Z")).mark).toBe("peringatan");
    expect(slaMark(open, calendar48, cal, new Date("2026-11-22T03:00:00Z"))).toMatchObject({ mark: "terlambat", remainingMinutes: -60 });
  });
  it("uses the stored due moment, so time paused is not counted as used", () => {
    const shifted = { ...open, dueAt: new Date("2026-11-23T02:00:00Z") }; // paused 24 h
    expect(slaMark(shifted, calendar48, cal, new Date("2026-11-22T02:00:00Z"))).toMatchObject({ mark: "tepat", usedFraction: 0.5 });
  });
  it("shows paused, closed and not-started requests as such", () => {
    expect(slaMark({ ...open, status: "PERLU_PERBAIKAN" }, calendar48, cal, start).mark).toBe("dijeda");
    expect(slaMark({ ...open, status: "SELESAI" }, calendar48, cal, start).mark).toBe("selesai");
    expect(slaMark({ ...open, receivedCompleteAt: null, dueAt: null }, calendar48, cal, start).mark).toBe("belum");
  });
  it("formats durations in calendar or working time", () => {
    expect(formatDuration(2 * 1440 + 180, false)).toBe("2 hari 3 jam");
    expect(formatDuration(45, false)).toBe("45 menit");
    expect(formatDuration(510, true)).toBe("8 jam 30 menit kerja");
  });
});
