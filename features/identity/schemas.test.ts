import { describe, expect, it } from "vitest";
import { createIdentitySchemas, identityKindMessage, nipSchema } from "./schemas";

const schemas = createIdentitySchemas({ today: new Date("2026-05-15T03:00:00Z") });

describe("identity schemas", () => {
  it("parse to the digits-only number", () => {
    expect(schemas.nip.parse("19860926 201505 1 001")).toBe("198609262015051001");
    expect(schemas.niPppk.parse("19900101 2023 21 1 001")).toBe("199001012023211001");
    expect(schemas.nik.parse("3201 0145 0986 0001")).toBe("3201014509860001");
    // The default schemas read today's date at parse time; a NIP from 2015 stays valid.
    expect(nipSchema.parse("198609262015051001")).toBe("198609262015051001");
  });

  it("report the validator's own message", () => {
    const result = schemas.nip.safeParse("198631092015051001");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Tanggal lahir pada NIP (digit 1–8) tidak valid: 19863109.",
    ]);
    expect(schemas.nik.safeParse(undefined).error?.issues[0]?.message).toBe("NIK wajib diisi.");
  });

  it("put errors of the number on the `value` field of the discriminated union", () => {
    const result = schemas.employeeNumber.safeParse({ kind: "NIP", value: "198609262015053001" });
    expect(result.error?.issues).toMatchObject([
      { path: ["value"], message: "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2." },
    ]);
    expect(schemas.employeeNumber.parse({ kind: "NIK", value: "3201010509860001" })).toEqual({
      kind: "NIK",
      value: "3201010509860001",
    });
  });

  it("ask for a kind when none or an unknown one is given", () => {
    const result = schemas.employeeNumber.safeParse({ kind: "KTP", value: "3201010509860001" });
    expect(result.error?.issues).toMatchObject([{ path: ["kind"], message: identityKindMessage }]);
  });
});
