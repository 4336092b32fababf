import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  eligibilityMessage,
  emailMatchesAllowedDomains,
  parseRequestedAccounts,
  validateEmailLocalPart,
  validateSubdomainLabel,
} from "./service-fields";

const DOMAIN = "haltimkab.go.id";
const failure = (message: string) => ({ ok: false, message });

describe("validateSubdomainLabel", () => {
  it("accepts a DNS label and returns the full name", () => {
    expect(validateSubdomainLabel("sipd", DOMAIN)).toEqual({ ok: true, label: "sipd", fullName: "sipd.haltimkab.go.id" });
    expect(validateSubdomainLabel(" e-office ", DOMAIN)).toMatchObject({ fullName: "e-office.haltimkab.go.id" });
    expect(validateSubdomainLabel("2026", DOMAIN).ok).toBe(true);
    expect(validateSubdomainLabel("a".repeat(63), DOMAIN).ok).toBe(true);
  });

  it("names the illegal characters", () => {
    expect(validateSubdomainLabel("sipd_dinas!", DOMAIN)).toEqual(
      failure("Nama subdomain hanya boleh berisi huruf kecil a–z, angka 0–9 dan tanda hubung (-); karakter tidak sah: _ !"),
    );
    expect(validateSubdomainLabel("dinas kesehatan", DOMAIN)).toEqual(
      failure("Nama subdomain hanya boleh berisi huruf kecil a–z, angka 0–9 dan tanda hubung (-); karakter tidak sah: spasi"),
    );
    expect(validateSubdomainLabel("pariwisatá", DOMAIN)).toMatchObject({ message: expect.stringMatching(/tidak sah: á$/) });
  });

  it("suggests the lowercase form", () => {
    expect(validateSubdomainLabel("SIPD", DOMAIN)).toEqual(failure("Nama subdomain harus huruf kecil semua; gunakan “sipd”."));
  });

  it("takes one label only, and helps when the whole name was typed", () => {
    expect(validateSubdomainLabel("sipd.haltimkab.go.id", DOMAIN)).toEqual(
      failure("Isi bagian depan saja, tanpa “.haltimkab.go.id”; misalnya “sipd”."),
    );
    expect(validateSubdomainLabel("app.dinkes", DOMAIN)).toEqual(
      failure("Nama subdomain hanya satu bagian tanpa titik (.); misalnya “app-dinkes”."),
    );
  });

  it("enforces length, hyphen position and reserved names", () => {
    expect(validateSubdomainLabel("", DOMAIN)).toEqual(failure("Nama subdomain wajib diisi, misalnya “sipd” untuk sipd.haltimkab.go.id."));
    expect(validateSubdomainLabel("a".repeat(64), DOMAIN)).toEqual(
      failure("Nama subdomain paling panjang 63 karakter; Anda mengisi 64 karakter."),
    );
    expect(validateSubdomainLabel("-sipd", DOMAIN)).toEqual(failure("Nama subdomain tidak boleh diawali atau diakhiri tanda hubung (-)."));
    expect(validateSubdomainLabel("sipd-", DOMAIN).ok).toBe(false);
    expect(validateSubdomainLabel("xn--hxa", DOMAIN).ok).toBe(false);
    for (const name of ["www", "mail", "ftp", "admin", "ns1", "ns2", "localhost"]) {
      expect(validateSubdomainLabel(name, DOMAIN)).toEqual(
        failure(
          `Nama subdomain “${name}” dicadangkan untuk keperluan sistem; pilih nama lain, misalnya nama aplikasi atau singkatan OPD Anda.`,
        ),
      );
    }
    expect(validateSubdomainLabel("www", DOMAIN, { reserved: [] }).ok).toBe(true);
  });

  it("accepts exactly the RFC 1123 labels (property)", () => {
    const rfc1123 = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abz09-_.A "), maxLength: 70 }), (label) => {
        const result = validateSubdomainLabel(label, DOMAIN, { reserved: [] });
        const typed = label.trim(); // surrounding spaces are forgiven
        expect(result.ok).toBe(rfc1123.test(typed) && typed.slice(2, 4) !== "--");
        if (result.ok) expect(result.fullName).toBe(`${typed}.${DOMAIN}`);
      }),
    );
  });
});

describe("validateEmailLocalPart", () => {
  it("accepts a local part, or a full address on the agency's domain, folding case", () => {
    expect(validateEmailLocalPart("budi.santoso", DOMAIN)).toEqual({
      ok: true,
      local: "budi.santoso",
      address: "budi.santoso@haltimkab.go.id",
    });
    expect(validateEmailLocalPart("Dinkes_Haltim@HaltimKab.go.id", DOMAIN)).toMatchObject({ local: "dinkes_haltim" });
  });

  it("explains each rule it enforces", () => {
    expect(validateEmailLocalPart("budi@gmail.com", DOMAIN)).toEqual(
      failure("Alamat email harus berdomain @haltimkab.go.id; Anda menulis @gmail.com."),
    );
    expect(validateEmailLocalPart("budi santoso!", DOMAIN)).toEqual(
      failure(
        "Nama akun email hanya boleh berisi huruf a–z, angka 0–9, titik (.), garis bawah (_) dan tanda hubung (-); karakter tidak sah: spasi !",
      ),
    );
    expect(validateEmailLocalPart("a".repeat(65), DOMAIN)).toEqual(
      failure("Nama akun email (bagian sebelum @) paling panjang 64 karakter; Anda mengisi 65 karakter."),
    );
    expect(validateEmailLocalPart(".budi", DOMAIN)).toEqual(
      failure("Nama akun email harus diawali dan diakhiri huruf atau angka; tertulis “.budi”."),
    );
    expect(validateEmailLocalPart("budi..s", DOMAIN)).toEqual(failure("Nama akun email tidak boleh memuat dua titik berurutan (..)."));
    expect(validateEmailLocalPart("Postmaster", DOMAIN)).toEqual(
      failure("Nama akun “postmaster” dicadangkan untuk pengelola server email; pilih nama lain, misalnya nama Anda atau nama OPD."),
    );
    expect(validateEmailLocalPart("  ", DOMAIN)).toEqual(failure("Nama akun email wajib diisi."));
  });
});

describe("parseRequestedAccounts", () => {
  it("reads one account per line, skipping blank lines", () => {
    expect(parseRequestedAccounts("budi\r\n\n  sekretariat.dinkes@haltimkab.go.id  \nsiti-aminah\n", DOMAIN)).toEqual({
      ok: true,
      accounts: [
        { line: 1, local: "budi", address: "budi@haltimkab.go.id" },
        { line: 3, local: "sekretariat.dinkes", address: "sekretariat.dinkes@haltimkab.go.id" },
        { line: 4, local: "siti-aminah", address: "siti-aminah@haltimkab.go.id" },
      ],
    });
  });

  it("reports every bad line with its number", () => {
    const text = ["budi", "budi_ok", "siti aminah", "Budi", "rudi@gmail.com", "a, b"].join("\n");
    expect(parseRequestedAccounts(text, DOMAIN)).toEqual({
      ok: false,
      errors: [
        { line: 3, message: "Baris 3: tulis satu akun per baris; baris ini memuat lebih dari satu nama." },
        { line: 4, message: "Baris 4: akun “budi” sudah ada di baris 1." },
        { line: 5, message: "Baris 5: Alamat email harus berdomain @haltimkab.go.id; Anda menulis @gmail.com." },
        { line: 6, message: "Baris 6: tulis satu akun per baris; baris ini memuat lebih dari satu nama." },
      ],
    });
  });

  it("requires 1 to 50 accounts", () => {
    expect(parseRequestedAccounts(" \n\n", DOMAIN)).toEqual({
      ok: false,
      errors: [{ line: null, message: "Isi minimal satu akun email, satu akun per baris." }],
    });
    const fifty = Array.from({ length: 50 }, (_, i) => `pegawai${i + 1}`).join("\n");
    expect(parseRequestedAccounts(fifty, DOMAIN).ok).toBe(true);
    expect(parseRequestedAccounts(`${fifty}\npegawai51\n.x`, DOMAIN)).toEqual({
      ok: false,
      errors: [
        {
          line: null,
          message: "Paling banyak 50 akun per permohonan; Anda mengisi 52 akun. Ajukan sisanya dalam permohonan terpisah.",
        },
        { line: 52, message: "Baris 52: Nama akun email harus diawali dan diakhiri huruf atau angka; tertulis “.x”." },
      ],
    });
  });
});

describe("eligibility by email domain", () => {
  it("matches the domain and its subdomains, ignoring case, and nothing else", () => {
    expect(emailMatchesAllowedDomains("budi@haltimkab.go.id", [DOMAIN])).toBe(true);
    expect(emailMatchesAllowedDomains("Budi@Dinkes.HALTIMKAB.go.id", [DOMAIN])).toBe(true);
    expect(emailMatchesAllowedDomains("budi@haltimkab.go.id", ["@HaltimKab.go.id"])).toBe(true);
    expect(emailMatchesAllowedDomains("budi@xhaltimkab.go.id", [DOMAIN])).toBe(false);
    expect(emailMatchesAllowedDomains("budi@haltimkab.go.id.evil.com", [DOMAIN])).toBe(false);
    expect(emailMatchesAllowedDomains("haltimkab.go.id", [DOMAIN])).toBe(false);
    expect(emailMatchesAllowedDomains("budi@gmail.com", [DOMAIN, "gmail.com"])).toBe(true);
    expect(emailMatchesAllowedDomains("siapa.saja@gmail.com", [])).toBe(true);
  });

  it("states the restriction", () => {
    expect(eligibilityMessage([DOMAIN])).toBe("Layanan ini hanya untuk pemohon dengan alamat email @haltimkab.go.id.");
    expect(eligibilityMessage(["a.go.id", "b.go.id"])).toBe("Layanan ini hanya untuk pemohon dengan alamat email @a.go.id atau @b.go.id.");
    expect(eligibilityMessage(["a.go.id", "b.go.id", "c.go.id"])).toBe(
      "Layanan ini hanya untuk pemohon dengan alamat email @a.go.id, @b.go.id, atau @c.go.id.",
    );
    expect(eligibilityMessage([])).toBeNull();
  });
});
