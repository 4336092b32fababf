import { describe, expect, it } from "vitest";
import { parseReportParams } from "./params";

const now = new Date("2026-11-13T02:00:00Z"); // Friday 13 November 2026, 10.00 WITA
const WITA = "Asia/Makassar";

describe("report parameters", () => {
  it("defaults to the current year in the agency's zone, all months", () => {
    expect(parseReportParams({}, now, WITA)).toEqual({ ok: true, value: { instansi: undefined, year: 2026, month: null } });
    expect(parseReportParams({ instansi: "bulungan", tahun: "2025", bulan: "2" }, now, WITA)).toEqual({
      ok: true,
      value: { instansi: "bulungan", year: 2025, month: 2 },
    });
  });

  it("explains bad values", () => {
    const messages = (raw: Record<string, string>) => {
      const r = parseReportParams(raw, now, WITA);
      return r.ok ? [] : r.errors;
    };
    expect(messages({ tahun: "abc" })).toEqual(["Tahun harus berupa empat angka, mis. 2026."]);
    expect(messages({ tahun: "2031" })).toEqual(["Tahun harus antara 2020 dan 2026."]);
    expect(messages({ bulan: "13" })).toEqual(["Bulan harus berupa angka 1 sampai 12."]);
    expect(messages({ bulan: "x" })).toEqual(["Bulan harus berupa angka 1 sampai 12."]);
    expect(messages({ bulan: "12" })).toEqual(["Desember 2026 belum berjalan."]);
    expect(messages({ instansi: "<script>" })).toEqual(["Instansi tidak dikenal."]);
  });
});
