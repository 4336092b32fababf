import { describe, expect, it } from "vitest";
import { localDateIn, requiresApplicantLetter, validateLetterDate, validateLetterNumber } from "./letter";

describe("the applicant's letter", () => {
  it("is asked for where the surat permohonan or surat permintaan is a required document", () => {
    expect(requiresApplicantLetter([{ code: "surat-permohonan", required: true }])).toBe(true);
    expect(
      requiresApplicantLetter([
        { code: "ktp", required: true },
        { code: "surat-permintaan", required: true },
      ]),
    ).toBe(true);
    expect(requiresApplicantLetter([{ code: "surat-permohonan", required: false }])).toBe(false);
    expect(requiresApplicantLetter([{ code: "formulir", required: true }])).toBe(false);
  });

  it("takes a number as written, spaces tidied, at most 100 characters", () => {
    expect(validateLetterNumber("  005/214/Disdik/XI/2026 ")).toEqual({ ok: true, value: "005/214/Disdik/XI/2026" });
    expect(validateLetterNumber("005 /  214")).toEqual({ ok: true, value: "005 / 214" });
    expect(validateLetterNumber("   ")).toMatchObject({ ok: false, message: expect.stringContaining("Nomor surat wajib diisi") });
    expect(validateLetterNumber("x".repeat(101))).toEqual({
      ok: false,
      message: "Nomor surat paling banyak 100 karakter; Anda menulis 101.",
    });
  });

  it("takes a real date, not after today", () => {
    expect(validateLetterDate("2026-03-05", "2026-03-05")).toEqual({ ok: true, value: "2026-03-05" });
    expect(validateLetterDate("2028-02-29", "2030-01-01").ok).toBe(true);
    for (const bad of ["2026-04-31", "2027-02-29", "05-03-2026", "2026-3-5", "kemarin"]) {
      expect(validateLetterDate(bad, "2030-01-01"), bad).toMatchObject({
        ok: false,
        message: expect.stringContaining("Tanggal surat tidak valid."),
      });
    }
    expect(validateLetterDate("2026-03-06", "2026-03-05")).toEqual({
      ok: false,
      message: "Tanggal surat tidak boleh setelah hari ini (5 Maret 2026).",
    });
    expect(validateLetterDate("", "2026-03-05")).toMatchObject({ ok: false, message: expect.stringContaining("wajib diisi") });
  });

  it("counts today in the agency's zone", () => {
    const instant = new Date("2026-03-04T23:30:00Z");
    expect(localDateIn("Asia/Jakarta", instant)).toBe("2026-03-05"); // 06.30 WIB
    expect(localDateIn("Asia/Jayapura", instant)).toBe("2026-03-05");
    expect(localDateIn("Asia/Jakarta", new Date("2026-03-04T16:59:00Z"))).toBe("2026-03-04"); // 23.59 WIB
  });
});
