import { describe, expect, it } from "vitest";
import { z } from "./index";

const messages = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("zod in Indonesian", () => {
  it("asks for what is missing, whatever its type", () => {
    const form = z.object({
      nama: z.string(),
      jumlah: z.number(),
      lingkup: z.string().optional(),
      pilihan: z.array(z.string()),
      jenis: z.enum(["a", "b"]),
    });
    expect(messages(form, { lingkup: null })).toEqual([
      "nama: Wajib diisi.",
      "jumlah: Wajib diisi.",
      "lingkup: Wajib diisi.",
      "pilihan: Pilih sekurang-kurangnya satu.",
      "jenis: Wajib dipilih.",
    ]);
    expect(messages(z.string().trim().min(1), "   ")).toEqual([": Wajib diisi."]);
  });

  it("names the wrong kind of value without type names", () => {
    expect(messages(z.string(), 5)).toEqual([": Isian harus berupa teks."]);
    expect(messages(z.coerce.number(), "lima")).toEqual([": Isian harus berupa angka."]);
    expect(messages(z.boolean(), "ya")).toEqual([": Pilih ya atau tidak."]);
  });

  it("gives lengths and bounds as numbers a reader can act on", () => {
    expect(messages(z.string().min(3), "ab")).toEqual([": Minimal 3 karakter."]);
    expect(messages(z.string().max(5), "abcdefgh")).toEqual([": Paling banyak 5 karakter; Anda menulis 8."]);
    expect(messages(z.string().max(2000), "x".repeat(2001))).toEqual([": Paling banyak 2.000 karakter; Anda menulis 2.001."]);
    expect(messages(z.array(z.string()).min(2), ["a"])).toEqual([": Pilih sekurang-kurangnya 2."]);
    expect(messages(z.number().int().min(1).max(260), 300)).toEqual([": Nilai paling besar 260."]);
    expect(messages(z.number().positive(), 0)).toEqual([": Nilai harus lebih dari 0."]);
  });

  it("words choices, formats and identifiers for a form", () => {
    expect(messages(z.enum(["PLH", "PLT"]), "X")).toEqual([": Pilih salah satu pilihan yang tersedia."]);
    expect(messages(z.email(), "nama@")).toEqual([": Tulis alamat email yang valid, misalnya nama@instansi.go.id."]);
    expect(messages(z.uuid(), "123")).toEqual([": Pilihan tidak dikenal. Pilih dari daftar."]);
    expect(messages(z.string().regex(/^\d+$/), "abc")).toEqual([": Format isian tidak sesuai."]);
    expect(messages(z.literal("layanan-1"), "layanan-2")).toEqual([": Isian tidak sesuai. Muat ulang halaman lalu coba lagi."]);
  });

  it("leaves a schema's own message alone", () => {
    expect(messages(z.string({ error: "Pilih Dinas (Perangkat Daerah) Anda." }), null)).toEqual([": Pilih Dinas (Perangkat Daerah) Anda."]);
    expect(messages(z.string().min(10, { error: "Keterangan minimal 10 karakter." }), "pendek")).toEqual([
      ": Keterangan minimal 10 karakter.",
    ]);
  });
});
