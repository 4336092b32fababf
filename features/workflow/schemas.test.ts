import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { returnSchema } from "./schemas";

const base = { requestId: "0b9c7f6e-3a1d-4c2b-9e8f-7a6b5c4d3e2f", version: "3", reason: "Lengkapi berkas permohonan." };

describe("returnSchema", () => {
  it("reports a ticked isian without a reason next to its own box", () => {
    const r = returnSchema.safeParse({ ...base, fieldIssue: "jabatan", "fieldReason.jabatan": "" });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({ "fieldReason.jabatan": ["Tulis alasan perbaikan isian ini (minimal 3 karakter)."] });
  });
  it("takes typed reasons of isian as the fields to fix", () => {
    const r = returnSchema.parse({ ...base, "fieldReason.details.subdomain": "Gunakan huruf kecil saja." });
    expect(r.fields).toEqual([{ field: "details.subdomain", reason: "Gunakan huruf kecil saja." }]);
  });
});
