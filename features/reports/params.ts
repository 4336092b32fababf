import { z } from "@/lib/validation";
import { localYearMonth } from "@/lib/time/zones";

/**
 * URL parameters of the report page and its exports: `instansi` (agency slug), `tahun`, `bulan`.
 * The year must have started in the agency's zone, and so must the month; a bad value gets a
 * message that says what is allowed.
 */
export const FIRST_REPORT_YEAR = 2020;

export const MONTH_NAMES = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

const blank = (v: unknown) => v === undefined || v === null || v === "";

export function reportParamsSchema(now: { year: number; month: number }) {
  return z
    .object({
      instansi: z
        .string()
        .regex(/^[a-z0-9-]{1,80}$/, "Instansi tidak dikenal.")
        .optional()
        .or(z.literal("").transform(() => undefined)),
      tahun: z.preprocess(
        (v) => (blank(v) ? undefined : v),
        z
          .string()
          .regex(/^\d{4}$/, "Tahun harus berupa empat angka, mis. 2026.")
          .transform(Number)
          .refine((y) => y >= FIRST_REPORT_YEAR && y <= now.year, `Tahun harus antara ${FIRST_REPORT_YEAR} dan ${now.year}.`)
          .optional(),
      ),
      bulan: z.preprocess(
        (v) => (blank(v) ? undefined : v),
        z
          .string()
          .regex(/^\d{1,2}$/, "Bulan harus berupa angka 1 sampai 12.")
          .transform(Number)
          .refine((m) => m >= 1 && m <= 12, "Bulan harus berupa angka 1 sampai 12.")
          .optional(),
      ),
    })
    .transform((p) => ({ instansi: p.instansi, year: p.tahun ?? now.year, month: p.bulan ?? null }))
    .superRefine((p, ctx) => {
      if (p.month && p.year === now.year && p.month > now.month) {
        ctx.addIssue({ code: "custom", path: ["bulan"], message: `${monthName(p.month)} ${p.year} belum berjalan.` });
      }
    });
}

export type ReportParams = z.output<ReturnType<typeof reportParamsSchema>>;

/** Validates raw URL parameters against the agency's current local month. */
export function parseReportParams(
  raw: Record<string, string | undefined>,
  now: Date,
  timeZone: string,
): { ok: true; value: ReportParams } | { ok: false; errors: string[]; fallback: ReportParams } {
  const current = localYearMonth(now, timeZone);
  const parsed = reportParamsSchema(current).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: [...new Set(parsed.error.issues.map((i) => i.message))],
    fallback: { instansi: raw.instansi, year: current.year, month: null },
  };
}

/** Query string of a report URL (page or export) for the same agency and period. */
export function reportQuery(p: { agencySlug: string; year: number; month: number | null }): string {
  const q = new URLSearchParams({ instansi: p.agencySlug, tahun: String(p.year) });
  if (p.month) q.set("bulan", String(p.month));
  return q.toString();
}

/** "laporan-sla-bulungan-2026.xlsx", "laporan-sla-bulungan-2026-10.csv". */
export function reportFileName(p: { agencySlug: string; year: number; month: number | null }, ext: "xlsx" | "csv"): string {
  const period = p.month ? `${p.year}-${String(p.month).padStart(2, "0")}` : String(p.year);
  return `laporan-sla-${p.agencySlug}-${period}.${ext}`;
}
