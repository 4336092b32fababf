import type { Principal } from "../auth/roles";
import type { RawParams } from "../auth/page-context";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { localDateTimeToInstant, wallClock } from "@/lib/time/zones";
import { z } from "@/lib/validation";
import { type AccessRow, listPersonalDataAccess } from "./personal-data";

/**
 * The breach report (UU 27/2022: notify within 3 × 24 hours): for a time window and, optionally,
 * one person whose data it concerns and/or one person who accessed, every logged access to
 * personal data. Platform admin only. Times are read and shown in WIB (the platform's zone; each
 * row's instant is also exported in UTC).
 */
export const BREACH_REPORT_ZONE = "Asia/Jakarta";
const DAY_MS = 86_400_000;

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Isi tanggal dan jam, misalnya 2026-12-01T08:00.")
  .optional()
  .or(z.literal("").transform(() => undefined));
const email = z
  .string()
  .trim()
  .toLowerCase()
  .email("Alamat email tidak valid.")
  .max(254)
  .optional()
  .or(z.literal("").transform(() => undefined));

export const breachParamsSchema = z.object({ dari: localDateTime, sampai: localDateTime, orang: email, pelaku: email });

export interface BreachQuery {
  from: Date;
  to: Date;
  /** The form's values as typed (kept on error). */
  values: { dari: string; sampai: string; orang: string; pelaku: string };
  subjectEmail?: string;
  actorEmail?: string;
}

/** The window defaults to the last 3 × 24 hours; a bad value gets a message and the default. */
export function parseBreachParams(raw: RawParams, now = new Date()): { query: BreachQuery; errors: string[] } {
  const errors: string[] = [];
  const parsed = breachParamsSchema.safeParse(raw);
  const data = parsed.success ? parsed.data : {};
  if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
  const local = (d: Date) => wallClock(d, BREACH_REPORT_ZONE).toISOString().slice(0, 16);
  let to = data.sampai ? localDateTimeToInstant(data.sampai, BREACH_REPORT_ZONE) : now;
  let from = data.dari ? localDateTimeToInstant(data.dari, BREACH_REPORT_ZONE) : new Date(to.getTime() - 3 * DAY_MS);
  if (from >= to) {
    errors.push("Waktu mulai harus sebelum waktu selesai; ditampilkan 3 × 24 jam terakhir.");
    to = now;
    from = new Date(now.getTime() - 3 * DAY_MS);
  }
  if (to.getTime() - from.getTime() > 366 * DAY_MS) {
    errors.push("Rentang paling lama satu tahun; ditampilkan satu tahun sampai waktu selesai.");
    from = new Date(to.getTime() - 366 * DAY_MS);
  }
  return {
    query: {
      from,
      to,
      values: { dari: local(from), sampai: local(to), orang: data.orang ?? "", pelaku: data.pelaku ?? "" },
      subjectEmail: data.orang,
      actorEmail: data.pelaku,
    },
    errors,
  };
}

/** Resolves the people named by e-mail and lists the accesses; an unknown e-mail lists nothing, with a message. */
export async function breachReport(
  prisma: PrismaClient,
  query: BreachQuery,
): Promise<{ rows: AccessRow[]; errors: string[]; subject?: { name: string; email: string } }> {
  const errors: string[] = [];
  const find = (address: string | undefined) =>
    address
      ? prisma.user.findUnique({ where: { email: address }, select: { id: true, name: true, email: true } })
      : Promise.resolve(undefined);
  const [subject, actor] = await Promise.all([find(query.subjectEmail), find(query.actorEmail)]);
  if (subject === null) errors.push(`Tidak ada akun dengan email ${query.subjectEmail}.`);
  if (actor === null) errors.push(`Tidak ada akun pengakses dengan email ${query.actorEmail}.`);
  if (subject === null || actor === null) return { rows: [], errors };
  const rows = await listPersonalDataAccess(prisma, { from: query.from, to: query.to, subjectId: subject?.id, actorId: actor?.id });
  return { rows, errors, subject: subject ?? undefined };
}

/** The page: only the platform admin may read it; anyone else gets null (the page answers 404). */
export async function loadBreachReportPage(prisma: PrismaClient, principal: Principal, raw: RawParams) {
  if (!principal.isPlatformAdmin) return null;
  const { query, errors } = parseBreachParams(raw);
  const report = await breachReport(prisma, query);
  const csvHref = `/api/admin/akses-data?${new URLSearchParams(Object.entries(query.values).filter(([, v]) => v)).toString()}`;
  return { query, ...report, errors: [...errors, ...report.errors], csvHref };
}
