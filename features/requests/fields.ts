import { z } from "@/lib/validation";
import { parseRequestedAccounts, validateSubdomainLabel } from "./service-fields";

/**
 * A service's own form fields, beyond the fields every standard names (Nama, Nomor Pegawai, Dinas,
 * Jabatan, Keterangan, Dokumen). Stored on the service as data; `scopes` limits a field to some
 * lingkup (e.g. the subdomain only for hosting/subdomain requests).
 */
const base = {
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean(),
  scopes: z.array(z.string()).optional(),
};

export const requestFieldSchema = z.discriminatedUnion("kind", [
  /** A DNS label under the agency's domain. */
  z.object({ ...base, kind: z.literal("subdomain") }),
  /** E-mail accounts wanted under the agency's domain, one per line. */
  z.object({ ...base, kind: z.literal("email_accounts") }),
  z.object({ ...base, kind: z.literal("text"), maxLength: z.number().int().positive().max(500) }),
  z.object({ ...base, kind: z.literal("textarea"), maxLength: z.number().int().positive().max(5000) }),
  /** One of the listed answers. */
  z.object({
    ...base,
    kind: z.literal("choice"),
    options: z.array(z.object({ value: z.string().min(1).max(100), label: z.string().min(1) })).min(2),
  }),
  /** A calendar date, YYYY-MM-DD. */
  z.object({ ...base, kind: z.literal("date") }),
]);

export type RequestField = z.infer<typeof requestFieldSchema>;

/** The fields of a request asking for `scopeCodes`: fields of every chosen lingkup, and fields of none. */
export function fieldsForScopes(fields: readonly RequestField[], scopeCodes: readonly string[]): RequestField[] {
  return fields.filter((f) => !f.scopes || f.scopes.some((code) => scopeCodes.includes(code)));
}

/** One lingkup's fields (see `fieldsForScopes`). */
export function fieldsForScope(fields: readonly RequestField[], scopeCode: string | null | undefined): RequestField[] {
  return fieldsForScopes(fields, scopeCode == null ? [] : [scopeCode]);
}

export const DATE_INPUT_HINT = "Pilih tanggal dari kalender atau tulis dalam bentuk tttt-bb-hh, misalnya 2026-03-05.";

/** Whether `value` is a YYYY-MM-DD date that exists (no 31 April, no 29 February 2027). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with a filled-in value of a service field, in Indonesian, or null when it is fine.
 * `agencyDomain` is the pemda domain subdomains and mailboxes are created under.
 */
export function serviceFieldProblem(field: RequestField, value: string, agencyDomain: string): string | null {
  switch (field.kind) {
    case "subdomain": {
      const r = validateSubdomainLabel(value, agencyDomain);
      return r.ok ? null : r.message;
    }
    case "email_accounts": {
      const r = parseRequestedAccounts(value, agencyDomain);
      return r.ok ? null : r.errors.map((e) => e.message).join(" ");
    }
    case "choice":
      return field.options.some((o) => o.value === value) ? null : `Pilih salah satu: ${field.options.map((o) => o.label).join(", ")}.`;
    case "date":
      return isCalendarDate(value) ? null : `${field.label} tidak valid. ${DATE_INPUT_HINT}`;
    case "text":
    case "textarea":
      return value.length > field.maxLength
        ? `${field.label} paling banyak ${field.maxLength} karakter; Anda menulis ${value.length}.`
        : null;
  }
}
