import type { z } from "zod";

/**
 * Indonesian wording for zod's own issues, for every field whose schema names no message of its own.
 * Written for the person filling in the form, next to the field: no type names, no patterns, no
 * English. Schemas still give their own, more precise message where one fits better ("Pilih Dinas
 * (Perangkat Daerah) Anda."); this is what everything else says.
 */
type Issue = z.core.$ZodRawIssue;

const blank = (input: unknown) => input === undefined || input === null || (typeof input === "string" && input.trim() === "");

const number = (n: number | bigint) =>
  typeof n === "bigint" ? n.toLocaleString("id-ID") : n.toLocaleString("id-ID", { maximumFractionDigits: 2 });

function bytes(n: number | bigint): string {
  const v = Number(n);
  if (v >= 1024 * 1024) return `${number(v / (1024 * 1024))} MB`;
  if (v >= 1024) return `${number(v / 1024)} KB`;
  return `${number(v)} bita`;
}

const EXPECTED: Record<string, string> = {
  string: "Isian harus berupa teks.",
  number: "Isian harus berupa angka.",
  int: "Isian harus berupa bilangan bulat.",
  bigint: "Isian harus berupa bilangan bulat.",
  nan: "Isian harus berupa angka.",
  boolean: "Pilih ya atau tidak.",
  date: "Isian harus berupa tanggal.",
  array: "Pilih dari daftar yang tersedia.",
  set: "Pilih dari daftar yang tersedia.",
  file: "Unggah sebuah berkas.",
};

const FORMATS: Record<string, string> = {
  email: "Tulis alamat email yang valid, misalnya nama@instansi.go.id.",
  url: "Tulis alamat tautan yang valid, diawali https://.",
  date: "Tulis tanggal yang valid (TTTT-BB-HH).",
  datetime: "Tulis tanggal dan jam yang valid.",
  time: "Tulis jam yang valid (JJ:MM).",
  e164: "Tulis nomor telepon yang valid, misalnya +6281234567890.",
};

/** Identifiers come from lists, not from typing: a bad one means a stale or altered form. */
const ID_FORMATS = new Set(["uuid", "uuidv4", "uuidv6", "uuidv7", "guid", "cuid", "cuid2", "ulid", "xid", "ksuid", "nanoid"]);

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const n = issue.inclusive === false ? Number(issue.minimum) + 1 : Number(issue.minimum);
  switch (issue.origin) {
    case "string":
      if (n <= 1) return "Wajib diisi.";
      return issue.exact ? `Harus tepat ${number(n)} karakter.` : `Minimal ${number(n)} karakter.`;
    case "array":
    case "set":
      return n <= 1 ? "Pilih sekurang-kurangnya satu." : `Pilih sekurang-kurangnya ${number(n)}.`;
    case "file":
      return `Berkas terlalu kecil; sekurang-kurangnya ${bytes(issue.minimum)}.`;
    case "date":
      return "Tanggal terlalu awal.";
    default:
      return issue.inclusive === false
        ? `Nilai harus lebih dari ${number(issue.minimum)}.`
        : `Nilai paling kecil ${number(issue.minimum)}.`;
  }
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  switch (issue.origin) {
    case "string": {
      const max = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      const written = typeof issue.input === "string" ? `; Anda menulis ${number(issue.input.length)}` : "";
      return issue.exact ? `Harus tepat ${number(max)} karakter.` : `Paling banyak ${number(max)} karakter${written}.`;
    }
    case "array":
    case "set":
      return `Paling banyak ${number(issue.maximum)} pilihan.`;
    case "file":
      return `Berkas terlalu besar; paling besar ${bytes(issue.maximum)}.`;
    case "date":
      return "Tanggal terlalu jauh.";
    default:
      return issue.inclusive === false
        ? `Nilai harus kurang dari ${number(issue.maximum)}.`
        : `Nilai paling besar ${number(issue.maximum)}.`;
  }
}

export function indonesianIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (blank(issue.input)) return issue.expected === "array" ? "Pilih sekurang-kurangnya satu." : "Wajib diisi.";
      return EXPECTED[issue.expected] ?? "Isian tidak sesuai.";
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value":
      if (blank(issue.input)) return "Wajib dipilih.";
      return issue.values.length > 1 ? "Pilih salah satu pilihan yang tersedia." : "Isian tidak sesuai. Muat ulang halaman lalu coba lagi.";
    case "invalid_format":
      if (blank(issue.input)) return "Wajib diisi.";
      if (ID_FORMATS.has(issue.format)) return "Pilihan tidak dikenal. Pilih dari daftar.";
      return FORMATS[issue.format] ?? "Format isian tidak sesuai.";
    case "not_multiple_of":
      return `Nilai harus kelipatan ${number(issue.divisor)}.`;
    case "unrecognized_keys":
      return "Formulir memuat isian yang tidak dikenal. Muat ulang halaman lalu coba lagi.";
    case "invalid_union":
      if (blank(issue.input)) return "Wajib diisi.";
      return issue.discriminator ? "Pilih salah satu jenis yang tersedia." : "Isian tidak sesuai.";
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return "Isian tidak sesuai.";
    default:
      return undefined;
  }
}
