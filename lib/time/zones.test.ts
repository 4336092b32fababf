import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLocalDate, zoneAbbreviation, zoneOffsetLabel } from "./zones";

describe("Indonesian zones", () => {
  const instant = new Date("2026-11-22T05:05:00Z");
  it("formats one instant in each agency's own zone, naming the zone", () => {
    expect(formatDateTime(instant, "Asia/Jakarta")).toBe("22 November 2026 12.05 WIB");
    expect(formatDateTime(instant, "Asia/Makassar")).toBe("22 November 2026 13.05 WITA");
    expect(formatDateTime(instant, "Asia/Jayapura")).toBe("22 November 2026 14.05 WIT");
  });
  it("rolls the date over at local midnight", () => {
    expect(formatDateTime(new Date("2026-12-31T15:30:00Z"), "Asia/Jayapura")).toBe("1 Januari 2027 00.30 WIT");
  });
  it("dates an instant by the agency's own calendar day", () => {
    const lateEvening = new Date("2026-12-03T17:30:00Z");
    expect(formatLocalDate(lateEvening, "Asia/Jakarta")).toBe("4 Desember 2026");
    expect(formatLocalDate(new Date("2026-12-03T14:30:00Z"), "Asia/Jayapura")).toBe("3 Desember 2026");
    expect(formatLocalDate(new Date("2026-12-03T15:30:00Z"), "Asia/Jayapura")).toBe("4 Desember 2026");
  });
  it("names zones and offsets", () => {
    expect(zoneAbbreviation("Asia/Makassar")).toBe("WITA");
    expect(zoneOffsetLabel("Asia/Jayapura")).toBe("UTC+9");
    expect(formatDate(new Date("2023-04-10T00:00:00Z"))).toBe("10 April 2023");
  });
});
