import { describe, expect, it } from "vitest";
import { fieldsForScopes, type RequestField } from "./fields";
import { orderedScopeCodes, scopeNamesOf, scopeSelectionProblem } from "./scopes";

const scopes = [
  { code: "hosting", name: "Hosting" },
  { code: "subdomain", name: "Subdomain" },
  { code: "email", name: "Email" },
];
const several = { scopes, multipleScopes: true };
const one = { scopes, multipleScopes: false };

describe("choosing lingkup", () => {
  it("accepts several where one letter may ask for several, one otherwise", () => {
    expect(scopeSelectionProblem(several, ["email", "hosting"])).toBeNull();
    expect(scopeSelectionProblem(one, ["email"])).toBeNull();
    expect(scopeSelectionProblem(one, ["email", "hosting"])).toBe(
      "Layanan ini melayani satu lingkup per permohonan. Pilih satu lingkup; ajukan permohonan terpisah untuk lingkup lainnya.",
    );
    // The same lingkup sent twice is still one.
    expect(scopeSelectionProblem(one, ["email", "email"])).toBeNull();
  });

  it("asks for a choice, refuses a lingkup of another service and any lingkup where a service has none", () => {
    expect(scopeSelectionProblem(several, [])).toBe("Pilih minimal satu lingkup layanan yang Anda mohonkan.");
    expect(scopeSelectionProblem(one, [])).toBe("Pilih lingkup layanan yang Anda mohonkan.");
    expect(scopeSelectionProblem(several, ["hosting", "perencanaan-data"])).toBe(
      "Lingkup layanan “perencanaan-data” tidak tersedia pada layanan ini. Pilih dari daftar: Hosting, Subdomain, Email.",
    );
    expect(scopeSelectionProblem({ scopes: [], multipleScopes: false }, [])).toBeNull();
    expect(scopeSelectionProblem({ scopes: [], multipleScopes: false }, ["hosting"])).toBe(
      "Layanan ini tidak memiliki pilihan lingkup layanan.",
    );
  });

  it("stores them once each in the service's order and names them so", () => {
    const codes = orderedScopeCodes(several, ["email", "hosting", "email"]);
    expect(codes).toEqual(["hosting", "email"]);
    expect(scopeNamesOf(scopes, codes)).toBe("Hosting, Email");
    expect(scopeNamesOf(scopes, [])).toBeNull();
    expect(scopeNamesOf(scopes, ["lama"])).toBe("lama");
  });

  it("shows the fields of every chosen lingkup, each once, and the fields of none", () => {
    const fields: RequestField[] = [
      { key: "subdomain", kind: "subdomain", label: "Subdomain", required: true, scopes: ["hosting", "subdomain"] },
      { key: "emailAccounts", kind: "email_accounts", label: "Akun email", required: true, scopes: ["email"] },
      { key: "note", kind: "text", label: "Catatan", required: false, maxLength: 100 },
    ];
    const keys = (codes: string[]) => fieldsForScopes(fields, codes).map((f) => f.key);
    expect(keys(["hosting", "subdomain", "email"])).toEqual(["subdomain", "emailAccounts", "note"]);
    expect(keys(["email"])).toEqual(["emailAccounts", "note"]);
    expect(keys([])).toEqual(["note"]);
  });
});
