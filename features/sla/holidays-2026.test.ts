import { describe, expect, it } from "vitest";
import { HOLIDAYS_2026, HOLIDAYS_2026_SOURCE } from "./holidays-2026";

describe("2026 holidays (SKB)", () => {
  it("lists the SKB's 17 libur nasional and 8 cuti bersama on the decreed dates", () => {
    expect(HOLIDAYS_2026_SOURCE).toBe("SKB 1497/2/5 Tahun 2025");
    const dates = (kind: string) => HOLIDAYS_2026.filter((h) => h.kind === kind).map((h) => h.date.slice(5));
    expect(dates("libur_nasional")).toEqual([
      "01-01",
      "01-16",
      "02-17",
      "03-19",
      "03-21",
      "03-22",
      "04-03",
      "04-05",
      "05-01",
      "05-14",
      "05-27",
      "05-31",
      "06-01",
      "06-16",
      "08-17",
      "08-25",
      "12-25",
    ]);
    expect(dates("cuti_bersama")).toEqual(["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"]);
    expect(HOLIDAYS_2026.find((h) => h.date === "2026-03-21")?.name).toBe("Idulfitri 1447 Hijriah");
  });
});
