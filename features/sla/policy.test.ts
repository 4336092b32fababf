import { describe, expect, it } from "vitest";
import { DEFAULT_WEEKLY_HOURS } from "../catalog/content";
import { calendarFor } from "./calendar";
import { HOLIDAY_DATES_2026 } from "./holidays-2026";
import { effectiveSlaPolicy, type PolicySources, type SlaPolicy } from "./policy";

const WITA = calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, [...HOLIDAY_DATES_2026]);
const on = (iso: string) => ({ calendar: WITA, startedAt: new Date(iso) });
const MONDAY_10_WITA = on("2026-11-23T02:00:00Z");
const FRIDAY_10_WITA = on("2026-11-20T02:00:00Z");

const twoDays: SlaPolicy = { kind: "calendar", hours: 48, startsAt: "received_complete" };
const oneWorkingDay: SlaPolicy = { kind: "working_days", days: 1, startsAt: "received_complete" };
const months = (min: number, max: number): SlaPolicy => ({
  kind: "range",
  min: { amount: min, unit: "month" },
  max: { amount: max, unit: "month" },
  startsAt: "received_complete",
});
const weeks: SlaPolicy = {
  kind: "range",
  min: { amount: 1, unit: "week" },
  max: { amount: 6, unit: "week" },
  startsAt: "received_complete",
};

/** Bangka Belitung's Manajemen Data: four components, each with its own estimate. */
const babel: PolicySources = {
  slaPolicy: null,
  slaText: "Lihat tiap komponen layanan.",
  scopes: [
    { code: "perencanaan-data", slaPolicy: months(1, 3), slaText: "1 s.d 3 bulan" },
    { code: "pengumpulan-data", slaPolicy: months(3, 6), slaText: "3 s.d 6 bulan" },
    { code: "pemeriksaan-data", slaPolicy: months(1, 3), slaText: "1 s.d 3 bulan (pemeriksaan)" },
    { code: "penyebarluasan-data", slaPolicy: weeks, slaText: "1 s.d 6 minggu" },
  ],
};

/** Bulungan's hosting, subdomain and email: the lingkup have no terms of their own. */
const bulungan: PolicySources = {
  slaPolicy: twoDays,
  slaText: "Maksimal 2×24 jam",
  scopes: [
    { code: "hosting", slaPolicy: null },
    { code: "subdomain", slaPolicy: null },
    { code: "email", slaPolicy: null },
  ],
};

describe("the effective SLA policy of a request", () => {
  it("is the service's when no lingkup is chosen or the lingkup has no term of its own", () => {
    expect(effectiveSlaPolicy(bulungan, [], MONDAY_10_WITA)).toEqual({ policy: twoDays, slaText: "Maksimal 2×24 jam", scopeCode: null });
    expect(effectiveSlaPolicy(bulungan, ["hosting", "subdomain", "email"], MONDAY_10_WITA)).toEqual({
      policy: twoDays,
      slaText: "Maksimal 2×24 jam",
      scopeCode: null,
    });
  });

  it("is the lingkup's own term, with its wording, for one lingkup", () => {
    expect(effectiveSlaPolicy(babel, ["penyebarluasan-data"], MONDAY_10_WITA)).toEqual({
      policy: weeks,
      slaText: "1 s.d 6 minggu",
      scopeCode: "penyebarluasan-data",
    });
  });

  it("is the longest term of several lingkup, whatever order they were chosen in", () => {
    const chosen = ["penyebarluasan-data", "pengumpulan-data", "perencanaan-data"];
    expect(effectiveSlaPolicy(babel, chosen, MONDAY_10_WITA).scopeCode).toBe("pengumpulan-data");
    expect(effectiveSlaPolicy(babel, ["penyebarluasan-data", "perencanaan-data"], MONDAY_10_WITA).scopeCode).toBe("perencanaan-data");
  });

  it("keeps the lingkup the service lists first when two end at the same moment", () => {
    expect(effectiveSlaPolicy(babel, ["pemeriksaan-data", "perencanaan-data"], MONDAY_10_WITA).scopeCode).toBe("perencanaan-data");
  });

  it("compares calendar hours and working days by their due moments on the agency's calendar", () => {
    const mixed: PolicySources = {
      slaPolicy: null,
      scopes: [
        { code: "jam", slaPolicy: twoDays },
        { code: "hari-kerja", slaPolicy: oneWorkingDay },
      ],
    };
    // Friday 10.00: 2×24 jam ends Sunday 10.00, 1 hari kerja at Monday's closing.
    expect(effectiveSlaPolicy(mixed, ["jam", "hari-kerja"], FRIDAY_10_WITA).scopeCode).toBe("hari-kerja");
    // Monday 10.00: 1 hari kerja ends Tuesday 16.00, 2×24 jam on Wednesday 10.00.
    expect(effectiveSlaPolicy(mixed, ["jam", "hari-kerja"], MONDAY_10_WITA).scopeCode).toBe("jam");
  });

  it("counts complexity as its ceiling, and without a ceiling as longer than any fixed term", () => {
    const withComplexity = (complexity: SlaPolicy): PolicySources => ({
      slaPolicy: null,
      scopes: [
        { code: "data", slaPolicy: months(1, 3) },
        { code: "kajian", slaPolicy: complexity },
      ],
    });
    const open: SlaPolicy = { kind: "complexity", startsAt: "received_complete" };
    const capped: SlaPolicy = { kind: "complexity", maxWorkingDays: 5, startsAt: "received_complete" };
    const cappedLong: SlaPolicy = { kind: "complexity", maxWorkingDays: 90, startsAt: "received_complete" };
    expect(effectiveSlaPolicy(withComplexity(open), ["data", "kajian"], MONDAY_10_WITA).policy).toEqual(open);
    expect(effectiveSlaPolicy(withComplexity(capped), ["data", "kajian"], MONDAY_10_WITA).policy).toEqual(months(1, 3));
    expect(effectiveSlaPolicy(withComplexity(cappedLong), ["data", "kajian"], MONDAY_10_WITA).policy).toEqual(cappedLong);
  });

  it("ignores lingkup without any term and codes the service does not have", () => {
    const partial: PolicySources = {
      slaPolicy: null,
      scopes: [
        { code: "a", slaPolicy: null },
        { code: "b", slaPolicy: oneWorkingDay },
      ],
    };
    expect(effectiveSlaPolicy(partial, ["a", "b"], MONDAY_10_WITA).policy).toEqual(oneWorkingDay);
    expect(effectiveSlaPolicy(partial, ["a"], MONDAY_10_WITA).policy).toBeNull();
    expect(effectiveSlaPolicy(bulungan, ["tidak-ada"], MONDAY_10_WITA).policy).toEqual(twoDays);
  });
});
