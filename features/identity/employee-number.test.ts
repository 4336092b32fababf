import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskIdentityNumber, validateEmployeeNumber, validateNik, validateNiPppk, validateNip } from "./employee-number";

// 15 May 2026, 10.00 WIB: the youngest accepted birth year is 2009.
const today = new Date("2026-05-15T03:00:00Z");
const opts = { today };

const failure = (message: string) => ({ ok: false, message });

describe("validateNip", () => {
  it("accepts a well-formed NIP, with or without the usual spaces, and reads it", () => {
    const expected = {
      ok: true,
      kind: "NIP",
      value: "198609262015051001",
      birthDate: "1986-09-26",
      gender: "L",
      tmtCpns: "2015-05",
    };
    expect(validateNip("198609262015051001", opts)).toEqual(expected);
    expect(validateNip(" 19860926 201505 1 001 ", opts)).toEqual(expected);
    expect(validateNip("19860926\u00a0201505\u00a02\u00a0001", opts)).toMatchObject({ ok: true, gender: "P" });
  });

  it("says how many digits were typed when the length is wrong", () => {
    expect(validateNip("19860926201505100", opts)).toEqual(failure("NIP harus 18 digit angka; Anda mengisi 17 digit."));
    expect(validateNip("1986092620150510011", opts)).toEqual(failure("NIP harus 18 digit angka; Anda mengisi 19 digit."));
    expect(validateNip("   ", opts)).toEqual(failure("NIP wajib diisi."));
  });

  it("names characters that are not digits", () => {
    expect(validateNip("19860926-201505-1-O01", opts)).toEqual(
      failure("NIP hanya boleh berisi angka (spasi boleh); karakter tidak sah: - O"),
    );
  });

  it("rejects a birth date that is not on the calendar", () => {
    expect(validateNip("198631092015051001", opts)).toEqual(failure("Tanggal lahir pada NIP (digit 1–8) tidak valid: 19863109."));
    expect(validateNip("198702292015051001", opts)).toEqual(failure("Tanggal lahir pada NIP (digit 1–8) tidak valid: 19870229."));
    expect(validateNip("198800002015051001", opts)).toEqual(failure("Tanggal lahir pada NIP (digit 1–8) tidak valid: 19880000."));
    expect(validateNip("198802292015051001", opts)).toMatchObject({ ok: true, birthDate: "1988-02-29" });
  });

  it("bounds the birth year to 1940 … current year − 17", () => {
    expect(validateNip("193912312015051001", opts)).toEqual(
      failure("Tahun lahir pada NIP (digit 1–4) harus antara 1940 dan 2009; tertulis 1939."),
    );
    expect(validateNip("201001012026011001", opts)).toEqual(
      failure("Tahun lahir pada NIP (digit 1–4) harus antara 1940 dan 2009; tertulis 2010."),
    );
    expect(validateNip("194001011965011001", opts).ok).toBe(true);
    expect(validateNip("200912312026011001", opts).ok).toBe(true);
  });

  it("checks the TMT CPNS month, and that it lies after birth and not in the future", () => {
    expect(validateNip("198609262015131001", opts)).toEqual(failure("Bulan TMT CPNS pada NIP (digit 13–14) harus 01–12; tertulis 13."));
    expect(validateNip("198609262015001001", opts)).toEqual(failure("Bulan TMT CPNS pada NIP (digit 13–14) harus 01–12; tertulis 00."));
    expect(validateNip("198609261985011001", opts)).toEqual(
      failure("TMT CPNS pada NIP (digit 9–14) harus sesudah tanggal lahir (digit 1–8); tertulis TMT 1985-01, lahir 26-09-1986."),
    );
    // The TMT is the first of its month, so the birth month itself is already too early.
    expect(validateNip("198609011986091001", opts).ok).toBe(false);
    expect(validateNip("198609011986101001", opts).ok).toBe(true);
    expect(validateNip("198609262026061001", opts)).toEqual(
      failure("TMT CPNS pada NIP (digit 9–14) tidak boleh di masa depan; tertulis 2026-06."),
    );
    expect(validateNip("198609262026051001", opts).ok).toBe(true);
  });

  it("reads 'today' in the agency's zone at the turn of a month", () => {
    // 31 May 2026 23.30 WIB is already 1 June 01.30 WIT.
    const lateEvening = new Date("2026-05-31T16:30:00Z");
    expect(validateNip("198609262026061001", { today: lateEvening }).ok).toBe(false);
    expect(validateNip("198609262026061001", { today: lateEvening, timeZone: "Asia/Jayapura" }).ok).toBe(true);
  });

  it("requires gender digit 1 or 2 and a sequence other than 000", () => {
    expect(validateNip("198609262015053001", opts)).toEqual(failure("Digit ke-15 NIP (jenis kelamin) harus 1 atau 2."));
    expect(validateNip("198609262015050001", opts)).toEqual(failure("Digit ke-15 NIP (jenis kelamin) harus 1 atau 2."));
    expect(validateNip("198609262015051000", opts)).toEqual(failure("Nomor urut pada NIP (digit 16–18) tidak boleh 000."));
  });
});

describe("validateNiPppk", () => {
  it("checks length, birth date and gender digit only", () => {
    expect(validateNiPppk("199001012023211001", opts)).toEqual({
      ok: true,
      kind: "NI_PPPK",
      value: "199001012023211001",
      birthDate: "1990-01-01",
      gender: "L",
    });
    // Year, code and sequence are not checked (the layout differs from the NIP).
    expect(validateNiPppk("199001019999992000", opts)).toMatchObject({ ok: true, gender: "P" });
    expect(validateNiPppk("1990010120232110", opts)).toEqual(failure("NI PPPK harus 18 digit angka; Anda mengisi 16 digit."));
    expect(validateNiPppk("199002302023211001", opts)).toEqual(failure("Tanggal lahir pada NI PPPK (digit 1–8) tidak valid: 19900230."));
    expect(validateNiPppk("199001012023210001", opts)).toEqual(failure("Digit ke-15 NI PPPK (jenis kelamin) harus 1 atau 2."));
  });
});

describe("validateNik", () => {
  it("reads birth date and gender, day + 40 meaning a woman", () => {
    expect(validateNik("3201010509860001", opts)).toEqual({
      ok: true,
      kind: "NIK",
      value: "3201010509860001",
      birthDate: "1986-09-05",
      gender: "L",
    });
    expect(validateNik("3201 0145 0986 0001", opts)).toMatchObject({ ok: true, birthDate: "1986-09-05", gender: "P" });
    expect(validateNik("3201017112860001", opts)).toMatchObject({ ok: true, birthDate: "1986-12-31", gender: "P" });
  });

  it("rejects a day outside 01–31 and 41–71, naming what was typed", () => {
    expect(validateNik("3201013209860001", opts)).toEqual(
      failure(
        "Tanggal lahir pada NIK (digit 7–12) tidak valid: 320986. Tanggal (digit 7–8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan; tertulis 32.",
      ),
    );
    expect(validateNik("3201017209860001", opts)).toEqual(
      failure(
        "Tanggal lahir pada NIK (digit 7–12) tidak valid: 720986. Tanggal (digit 7–8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan; tertulis 72.",
      ),
    );
    expect(validateNik("3201010009860001", opts).ok).toBe(false);
    expect(validateNik("3201014009860001", opts).ok).toBe(false);
  });

  it("rejects a bad month and a date that is not on the calendar", () => {
    expect(validateNik("3201010513860001", opts)).toEqual(
      failure("Tanggal lahir pada NIK (digit 7–12) tidak valid: 051386. Bulan (digit 9–10) harus 01–12; tertulis 13."),
    );
    expect(validateNik("3201013102860001", opts)).toEqual(
      failure("Tanggal lahir pada NIK (digit 7–12) tidak valid: 310286; tanggal 31-02-1986 tidak ada di kalender."),
    );
    expect(validateNik("3201016902870001", opts)).toEqual(
      failure("Tanggal lahir pada NIK (digit 7–12) tidak valid: 690287; tanggal 29-02-1987 tidak ada di kalender."),
    );
  });

  it("picks the century so that the person is not born in the future", () => {
    expect(validateNik("3201010101100001", opts)).toMatchObject({ birthDate: "2010-01-01" });
    expect(validateNik("3201011505260001", opts)).toMatchObject({ birthDate: "2026-05-15" });
    expect(validateNik("3201011605260001", opts)).toMatchObject({ birthDate: "1926-05-16" });
    expect(validateNik("3201012902000001", opts)).toMatchObject({ birthDate: "2000-02-29" });
  });

  it("checks the province code and the sequence", () => {
    expect(validateNik("1001010509860001", opts)).toEqual(
      failure("Kode provinsi pada NIK (digit 1–2) tidak dikenal: 10. Periksa kembali NIK sesuai KTP/KK."),
    );
    expect(validateNik("2001010509860001", opts).ok).toBe(false);
    expect(validateNik("9701010509860001", opts).ok).toBe(false);
    for (const code of ["11", "21", "36", "65", "82", "94", "96"]) {
      expect(validateNik(`${code}01010509860001`, opts).ok).toBe(true);
    }
    expect(validateNik("3201010509860000", opts)).toEqual(failure("Nomor urut pada NIK (digit 13–16) tidak boleh 0000."));
    expect(validateNik("320101050986000", opts)).toEqual(failure("NIK harus 16 digit angka; Anda mengisi 15 digit."));
  });
});

describe("validateEmployeeNumber", () => {
  it("dispatches on the kind", () => {
    expect(validateEmployeeNumber("NIP", "198609262015051001", opts)).toMatchObject({ ok: true, kind: "NIP" });
    expect(validateEmployeeNumber("NI_PPPK", "199001012023211001", opts)).toMatchObject({ ok: true, kind: "NI_PPPK" });
    expect(validateEmployeeNumber("NIK", "3201010509860001", opts)).toMatchObject({ ok: true, kind: "NIK" });
    // A NIK typed where a NIP is expected is reported by its length.
    expect(validateEmployeeNumber("NIP", "3201010509860001", opts)).toEqual(failure("NIP harus 18 digit angka; Anda mengisi 16 digit."));
  });
});

describe("maskIdentityNumber", () => {
  it("keeps the first 6 and the last 2 digits", () => {
    expect(maskIdentityNumber("198609262015051001")).toBe("198609**********01");
    expect(maskIdentityNumber("19860926 201505 1 001")).toBe("198609**********01");
    expect(maskIdentityNumber("3201014509860001")).toBe("320101********01");
  });
  it("masks short input entirely rather than reveal most of it", () => {
    expect(maskIdentityNumber("12345678")).toBe("********");
    expect(maskIdentityNumber("")).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const p2 = (n: number) => String(n).padStart(2, "0");

/** A valid NIP from its parts, with today = 15 May 2026. */
const validNip = fc
  .record({
    birthYear: fc.integer({ min: 1940, max: 2009 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    tmtFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    genderDigit: fc.constantFrom("1", "2"),
    sequence: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ birthYear, birthMonth, dayFraction, tmtFraction, genderDigit, sequence }) => {
    const birthDay = 1 + Math.floor(dayFraction * daysIn(birthYear, birthMonth));
    const first = birthYear * 12 + (birthMonth - 1) + 1; // month after birth
    const last = 2026 * 12 + 4; // May 2026
    const tmt = first + Math.floor(tmtFraction * (last - first + 1));
    const nip =
      `${birthYear}${p2(birthMonth)}${p2(birthDay)}` +
      `${Math.floor(tmt / 12)}${p2((tmt % 12) + 1)}` +
      `${genderDigit}${String(sequence).padStart(3, "0")}`;
    return { nip, birthDate: `${birthYear}-${p2(birthMonth)}-${p2(birthDay)}`, gender: genderDigit === "1" ? "L" : "P" };
  });

describe("properties", () => {
  it("every NIP built from a valid birth date, TMT, gender and sequence validates", () => {
    fc.assert(
      fc.property(validNip, ({ nip, birthDate, gender }) => {
        expect(validateNip(nip, opts)).toMatchObject({ ok: true, value: nip, birthDate, gender });
      }),
    );
  });

  it("changing the gender digit to 0 or 3–9 fails with the gender message", () => {
    fc.assert(
      fc.property(validNip, fc.constantFrom("0", "3", "4", "5", "6", "7", "8", "9"), ({ nip }, digit) => {
        const altered = nip.slice(0, 14) + digit + nip.slice(15);
        expect(validateNip(altered, opts)).toEqual(failure("Digit ke-15 NIP (jenis kelamin) harus 1 atau 2."));
      }),
    );
  });

  it("every NIK built from a valid province, birth date, gender and sequence validates", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("11", "32", "35", "64", "82", "91"),
        fc.integer({ min: 1927, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9999 }),
        (province, year, month, dayFraction, female, sequence) => {
          const day = 1 + Math.floor(dayFraction * daysIn(year, month));
          const nik = `${province}0101${p2(female ? day + 40 : day)}${p2(month)}${p2(year % 100)}${String(sequence).padStart(4, "0")}`;
          expect(validateNik(nik, opts)).toMatchObject({
            ok: true,
            birthDate: `${year}-${p2(month)}-${p2(day)}`,
            gender: female ? "P" : "L",
          });
        },
      ),
    );
  });

  it("masking keeps the length and never reveals digits 7 … n−2", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12,30}$/), (digits) => {
        const masked = maskIdentityNumber(digits);
        const n = digits.length;
        expect(masked).toHaveLength(n);
        expect(masked.slice(0, 6)).toBe(digits.slice(0, 6));
        expect(masked.slice(n - 2)).toBe(digits.slice(n - 2));
        expect(masked.slice(6, n - 2)).toBe("*".repeat(n - 8));
      }),
    );
  });
});
