import { describe, expect, it } from "vitest";
import { DEFAULT_WEEKLY_HOURS } from "../catalog/content";
import { formatWeeklyHoursInput, parseWeeklyHoursInput } from "./calendar-store";

const NAMES = { "1": "Senin", "2": "Selasa", "3": "Rabu", "4": "Kamis", "5": "Jumat", "6": "Sabtu", "7": "Minggu" };

describe("weekly hours typed by an admin", () => {
  it("round-trips the Perpres grid", () => {
    const typed = formatWeeklyHoursInput(DEFAULT_WEEKLY_HOURS);
    expect(typed["1"]).toBe("07.30-12.00, 13.00-16.00");
    expect(typed["6"]).toBe("");
    expect(parseWeeklyHoursInput(typed, NAMES)).toEqual({ ok: true, hours: DEFAULT_WEEKLY_HOURS });
  });
  it("accepts 8.00-15.00 and colons", () => {
    const r = parseWeeklyHoursInput({ "1": "8.00-15.00", "5": "08:00 – 11:30, 13:00-15:30" }, NAMES);
    expect(r).toMatchObject({
      ok: true,
      hours: {
        "1": [{ start: "08:00", end: "15:00" }],
        "5": [
          { start: "08:00", end: "11:30" },
          { start: "13:00", end: "15:30" },
        ],
      },
    });
  });
  it("names the day and the problem", () => {
    expect(parseWeeklyHoursInput({ "2": "16.00-07.30" }, NAMES)).toEqual({
      ok: false,
      errors: { "2": ["Selasa: tulis jam seperti 07.30-12.00, 13.00-16.00 (awal sebelum akhir)."] },
    });
    expect(parseWeeklyHoursInput({ "3": "07.30-12.00, 11.00-16.00" }, NAMES)).toEqual({
      ok: false,
      errors: { "3": ["Rabu: rentang jam tumpang tindih atau tidak berurutan."] },
    });
    expect(parseWeeklyHoursInput({ "4": "pagi" }, NAMES).ok).toBe(false);
  });
});
