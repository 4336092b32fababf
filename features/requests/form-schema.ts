import { z } from "@/lib/validation";
import { validateEmployeeNumber, type IdentityKind } from "../identity/employee-number";
import { fieldsForScopes, type RequestField, serviceFieldProblem } from "./fields";
import { localDateIn, requiresApplicantLetter, validateLetterDate, validateLetterNumber } from "./letter";
import { scopeSelectionProblem } from "./scopes";

/**
 * The request form's one schema, built from the service's configuration and used by both the
 * browser (react-hook-form, for comfort) and the server (authoritative). Documents are checked
 * separately (their bytes are only trustworthy on the server).
 */
export interface RequestFormConfig {
  serviceId: string;
  agencyName: string;
  /** The agency's zone: "today" for dates typed in the form is the agency's today. */
  timeZone: string;
  /** The pemda domain subdomains and mail accounts are created under. */
  agencyDomain: string | null;
  identityKinds: IdentityKind[];
  scopes: { code: string; name: string }[];
  /** Whether one request may ask for several lingkup (else exactly one). */
  multipleScopes: boolean;
  fields: RequestField[];
  documents: { code: string; name: string; required: boolean; allowedTypes: string[]; maxSizeBytes: number }[];
  opds: { id: string; name: string }[];
}

export const LIMITS = { name: 120, jabatan: 120, opdOther: 150, description: 2000 } as const;
export const OPD_OTHER = "lainnya";

export const IDENTITY_LABELS: Record<IdentityKind, string> = { NIP: "NIP", NI_PPPK: "NI PPPK", NIK: "NIK" };

const tooLong = (what: string, max: number) => (issue: { input?: unknown }) =>
  `${what} paling banyak ${max.toLocaleString("id-ID")} karakter; Anda menulis ${String(issue.input ?? "").length.toLocaleString("id-ID")}.`;

function text(what: string, min: number, max: number) {
  return z
    .string({ error: `${what} wajib diisi.` })
    .trim()
    .min(min, { error: min <= 1 ? `${what} wajib diisi.` : `${what} minimal ${min} karakter.` })
    .max(max, { error: tooLong(what, max) });
}

export function identityKindsFor(service: { allowsAsn: boolean; allowsNonAsn: boolean; allowsPublic: boolean }): IdentityKind[] {
  const kinds: IdentityKind[] = [];
  if (service.allowsAsn) kinds.push("NIP", "NI_PPPK");
  if (service.allowsNonAsn || service.allowsPublic) kinds.push("NIK");
  return kinds;
}

export function requestFormSchema(config: RequestFormConfig, options: { today?: Date } = {}) {
  const opdIds = new Set(config.opds.map((o) => o.id));
  return z
    .object({
      idempotencyKey: z.uuid({ error: "Formulir tidak lengkap. Muat ulang halaman lalu kirim lagi." }),
      serviceId: z.literal(config.serviceId, {
        error: "Formulir ini tidak sesuai dengan layanan yang dibuka. Muat ulang halaman layanan lalu isi lagi.",
      }),
      applicantName: text("Nama", 3, LIMITS.name),
      employeeNumberKind: z.enum(config.identityKinds as [IdentityKind, ...IdentityKind[]], {
        error: `Pilih jenis nomor: ${config.identityKinds.map((k) => IDENTITY_LABELS[k]).join(", ")}.`,
      }),
      employeeNumber: z.string({ error: "Nomor pegawai wajib diisi." }).trim().max(40, { error: "Nomor terlalu panjang." }),
      opdId: z.string({ error: "Pilih Dinas (Perangkat Daerah) Anda." }).min(1, { error: "Pilih Dinas (Perangkat Daerah) Anda." }),
      opdOther: z
        .string()
        .trim()
        .max(LIMITS.opdOther, { error: tooLong("Nama dinas", LIMITS.opdOther) })
        .optional(),
      jabatan: text("Jabatan", 2, LIMITS.jabatan),
      scopeCodes: z
        .array(z.string({ error: "Pilih lingkup layanan dari daftar." }).max(100, { error: "Pilih lingkup layanan dari daftar." }), {
          error: "Pilih lingkup layanan yang Anda mohonkan.",
        })
        .max(50, { error: "Pilih lingkup layanan dari daftar." })
        .default([]),
      letterNumber: z.string().max(1000, { error: "Nomor surat terlalu panjang." }).optional(),
      letterDate: z.string().max(40, { error: "Tanggal surat tidak valid." }).optional(),
      description: text("Keterangan permohonan layanan", 10, LIMITS.description),
      details: z.record(z.string(), z.string().max(5000, { error: "Isian terlalu panjang." })).default({}),
    })
    .superRefine((v, ctx) => {
      const identity = validateEmployeeNumber(v.employeeNumberKind, v.employeeNumber, { today: options.today });
      if (!identity.ok) ctx.addIssue({ code: "custom", path: ["employeeNumber"], message: identity.message });

      if (v.opdId === OPD_OTHER) {
        if (!v.opdOther || v.opdOther.length < 3) {
          ctx.addIssue({ code: "custom", path: ["opdOther"], message: "Tulis nama dinas Anda (minimal 3 karakter)." });
        }
      } else if (!opdIds.has(v.opdId)) {
        ctx.addIssue({
          code: "custom",
          path: ["opdId"],
          message: `Dinas yang dipilih tidak terdaftar pada ${config.agencyName}. Pilih dari daftar, atau pilih "Lainnya".`,
        });
      }

      const scopeProblem = scopeSelectionProblem(config, v.scopeCodes);
      if (scopeProblem) ctx.addIssue({ code: "custom", path: ["scopeCodes"], message: scopeProblem });

      if (requiresApplicantLetter(config.documents)) {
        const number = validateLetterNumber(v.letterNumber);
        if (!number.ok) ctx.addIssue({ code: "custom", path: ["letterNumber"], message: number.message });
        const date = validateLetterDate(v.letterDate, localDateIn(config.timeZone, options.today));
        if (!date.ok) ctx.addIssue({ code: "custom", path: ["letterDate"], message: date.message });
      }

      for (const field of fieldsForScopes(config.fields, v.scopeCodes)) {
        const value = (v.details[field.key] ?? "").trim();
        const path = ["details", field.key];
        if (!value) {
          if (field.required) ctx.addIssue({ code: "custom", path, message: `${field.label} wajib diisi.` });
          continue;
        }
        const problem = serviceFieldProblem(field, value, config.agencyDomain ?? "go.id");
        if (problem) ctx.addIssue({ code: "custom", path, message: problem });
      }
    });
}

export type RequestFormInput = z.input<ReturnType<typeof requestFormSchema>>;
export type RequestFormValues = z.output<ReturnType<typeof requestFormSchema>>;

/** The name of the form input carrying a document's file. */
export const documentInputName = (code: string) => `document.${code}`;
