import { describe, expect, it } from "vitest";
import {
  localDateOf,
  localDateTimeToInstant,
  localDayRange,
  localMidnight,
  localPeriodBounds,
  localYearMonth,
  zoneOffsetMinutes,
} from "./zones";

/** Agency-local wall-clock times ↔ instants in WIB, WITA and WIT. */
describe("zone arithmetic", () => {
  it("uses the fixed offsets of WIB, WITA and WIT, and derives other fixed zones once", () => {
    expect([zoneOffsetMinutes("Asia/Jakarta"), zoneOffsetMinutes("Asia/Makassar"), zoneOffsetMinutes("Asia/Jayapura")]).toEqual([
      420, 480, 540,
    ]);
    expect(zoneOffsetMinutes("Asia/Singapore")).toBe(480);
    expect(() => zoneOffsetMinutes("Europe/Berlin")).toThrow(RangeError);
  });

  it("reads a datetime-local value as the agency's wall clock", () => {
    expect(localDateTimeToInstant("2026-11-23T07:30", "Asia/Jakarta").toISOString()).toBe("2026-11-23T00:30:00.000Z");
    expect(localDateTimeToInstant("2026-11-23T07:30", "Asia/Makassar").toISOString()).toBe("2026-11-22T23:30:00.000Z");
    expect(localDateTimeToInstant("2027-01-01T00:00", "Asia/Jayapura").toISOString()).toBe("2026-12-31T15:00:00.000Z");
  });

  it("refuses text that is not a real local time", () => {
    for (const bad of [
      "2026-11-23",
      "2026-11-23T7:30",
      "2026-02-29T08:00",
      "2026-04-31T08:00",
      "2026-11-23T24:00",
      "2026-11-23T08:60",
      "23-11-2026T08:00",
      "",
    ]) {
      expect(() => localDateTimeToInstant(bad, "Asia/Jakarta"), bad).toThrow(RangeError);
    }
    expect(() => localMidnight("2026-11-23T00:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => localMidnight("2026-13-01", "Asia/Jakarta")).toThrow(RangeError);
  });

  it("finds the start of a local date and the whole local day", () => {
    expect(localMidnight("2026-11-23", "Asia/Jakarta").toISOString()).toBe("2026-11-22T17:00:00.000Z");
    expect(localMidnight("2026-11-23", "Asia/Jayapura").toISOString()).toBe("2026-11-22T15:00:00.000Z");
    const { from, to } = localDayRange("2028-02-28", "Asia/Makassar");
    expect([from.toISOString(), to.toISOString()]).toEqual(["2028-02-27T16:00:00.000Z", "2028-02-28T16:00:00.000Z"]);
  });

  it("dates an instant by the zone's own calendar day, month and year", () => {
    const newYearInPapua = new Date("2026-12-31T15:30:00Z");
    expect(localDateOf(newYearInPapua, "Asia/Jayapura")).toBe("2027-01-01");
    expect(localDateOf(newYearInPapua, "Asia/Jakarta")).toBe("2026-12-31");
    expect(localYearMonth(newYearInPapua, "Asia/Jayapura")).toEqual({ year: 2027, month: 1 });
    expect(localYearMonth(newYearInPapua, "Asia/Makassar")).toEqual({ year: 2026, month: 12 });
  });

  it("bounds a local year or month", () => {
    const year = localPeriodBounds({ year: 2026 }, "Asia/Jakarta");
    expect([year.from.toISOString(), year.to.toISOString()]).toEqual(["2025-12-31T17:00:00.000Z", "2026-12-31T17:00:00.000Z"]);
    const december = localPeriodBounds({ year: 2026, month: 12 }, "Asia/Jayapura");
    expect([december.from.toISOString(), december.to.toISOString()]).toEqual(["2026-11-30T15:00:00.000Z", "2026-12-31T15:00:00.000Z"]);
  });
});
