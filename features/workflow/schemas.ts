import { z } from "@/lib/validation";
import { STANDARD_INSTRUCTIONS } from "../lifecycle";
import { ROLES } from "../auth/roles";

const DELEGATION_POSTS = ROLES.filter((r): r is Exclude<(typeof ROLES)[number], "ADMIN"> => r !== "ADMIN");

/**
 * Input of the desk's actions. FormData arrives as strings; document findings come as
 * `check.<documentId>` = "sah" | "perbaiki" and `reason.<documentId>`.
 */
const id = z.uuid({ error: "Permohonan tidak dikenal." });
const version = z.coerce.number({ error: "Muat ulang halaman." }).int().positive();
const text = (what: string, max: number) =>
  z
    .string({ error: `${what} wajib diisi.` })
    .trim()
    .min(3, { error: `${what} minimal 3 karakter.` })
    .max(max, { error: `${what} paling banyak ${max} karakter.` });

const checksFrom = (raw: Record<string, unknown>) =>
  Object.entries(raw)
    .filter(([k]) => k.startsWith("check."))
    .map(([k, v]) => ({ documentId: k.slice(6), valid: v === "sah", reason: String(raw[`reason.${k.slice(6)}`] ?? "") }));

const withChecks = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(
    (raw) => (raw && typeof raw === "object" ? { ...(raw as object), checks: checksFrom(raw as Record<string, unknown>) } : raw),
    z.object({
      ...shape,
      checks: z.array(z.object({ documentId: z.uuid(), valid: z.boolean(), reason: z.string().max(500).optional() })),
    }),
  );

const optionalUuid = z.union([z.uuid(), z.literal("").transform(() => null)]).optional();

export const acceptSchema = withChecks({
  requestId: id,
  version,
  assigneeId: optionalUuid,
  targetWorkingDays: z
    .union([
      z.coerce.number().int().min(1, { error: "Minimal 1 hari kerja." }).max(260, { error: "Paling lama 260 hari kerja." }),
      z.literal("").transform(() => null),
    ])
    .optional(),
  targetReason: z.string().trim().max(500).optional(),
});

/**
 * Isian to fix come as `fieldReason.<key>` (and, from the checklist, a ticked `fieldIssue=<key>`);
 * each needs a reason, and its error is reported under `fieldReason.<key>`, next to its box.
 */
export const returnSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const r = raw as Record<string, unknown>;
    const ticked = ([] as unknown[]).concat(r.fieldIssue ?? []).map(String);
    const typed = Object.entries(r)
      .filter(([k, v]) => k.startsWith("fieldReason.") && String(v).trim())
      .map(([k]) => k.slice("fieldReason.".length));
    const fields = [...new Set([...ticked, ...typed])].map((field) => ({ field, reason: String(r[`fieldReason.${field}`] ?? "") }));
    return { ...r, checks: checksFrom(r), fields };
  },
  z
    .object({
      requestId: id,
      version,
      reason: text("Alasan pengembalian", 1000),
      checks: z.array(z.object({ documentId: z.uuid(), valid: z.boolean(), reason: z.string().max(500).optional() })),
      fields: z.array(
        z.object({ field: z.string().max(60), reason: z.string().max(500, { error: "Alasan paling banyak 500 karakter." }) }),
      ),
    })
    .superRefine((v, ctx) => {
      for (const f of v.fields) {
        if (f.reason.trim().length < 3) {
          ctx.addIssue({
            code: "custom",
            path: [`fieldReason.${f.field}`],
            message: "Tulis alasan perbaikan isian ini (minimal 3 karakter).",
          });
        }
      }
    }),
);

export const rejectSchema = z.object({ requestId: id, version, reason: text("Alasan penolakan", 1000) });
export const sendBackSchema = z.object({ requestId: id, version, reason: text("Alasan", 1000) });

export const disposeSchema = z.object({
  requestId: id,
  version,
  toUserId: z.uuid({ error: "Pilih pejabat tujuan disposisi." }),
  instructions: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(STANDARD_INSTRUCTIONS, { error: "Instruksi tidak dikenal." }))
      .min(1, { error: "Pilih sekurang-kurangnya satu instruksi." }),
  ),
  note: z.string().trim().max(1000, { error: "Catatan paling banyak 1000 karakter." }).optional(),
  urgency: z.enum(["BIASA", "SEGERA", "SANGAT_SEGERA"], { error: "Pilih sifat disposisi." }),
  visibleToApplicant: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional(),
});

export const assignSchema = z.object({ requestId: id, version, assigneeId: z.uuid({ error: "Pilih penanggung jawab teknis." }) });

export const noteSchema = z.object({
  requestId: id,
  body: text("Catatan", 2000),
  visibleToApplicant: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const completeSchema = z.object({ requestId: id, version, resultSummary: text("Ringkasan hasil", 3000) });

export const delegationSchema = z
  .object({
    agencyId: z.uuid(),
    substituteId: z.uuid({ error: "Pilih pejabat pengganti." }),
    kind: z.enum(["PLH", "PLT"], { error: "Pilih Plh atau Plt." }),
    /** The official replaced; empty for a vacant post. */
    officialId: z.union([z.uuid({ error: "Pilih pejabat yang digantikan." }), z.literal("").transform(() => null)]).optional(),
    /** The post filled; required for a vacant post. */
    role: z.union([z.enum(DELEGATION_POSTS, { error: "Pilih jabatan." }), z.literal("").transform(() => null)]).optional(),
    /** Local date-time of the agency (from a datetime-local input), e.g. "2026-11-23T07:30". */
    startsAt: z.string({ error: "Isi tanggal mulai." }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Isi tanggal dan jam mulai." }),
    endsAt: z.string({ error: "Isi tanggal selesai." }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Isi tanggal dan jam selesai." }),
    reason: z.string().trim().max(300).optional(),
  })
  .refine((d) => d.endsAt > d.startsAt, { path: ["endsAt"], error: "Tanggal selesai harus setelah tanggal mulai." });
// (Both are "YYYY-MM-DDTHH:MM" strings of the same zone, so string order is time order.)
