import { z } from "zod";

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
]);

export type RequestField = z.infer<typeof requestFieldSchema>;

export function fieldsForScope(fields: RequestField[], scopeCode: string | null | undefined): RequestField[] {
  return fields.filter((f) => !f.scopes || (scopeCode != null && f.scopes.includes(scopeCode)));
}
