import type { Principal } from "../auth/roles";
import { deskAgencies } from "../workflow/desk-queries";
import { NotFoundError, UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chooseReportAgency } from "./access";
import { parseReportParams } from "./params";
import { type SlaReport, slaReport } from "./sla-report";

/**
 * The report for a staff member and the URL they opened. The agency is always one they belong to
 * (derived from the principal, the slug only picks among those). The page shows bad parameters
 * as messages and falls back to defaults; the exports refuse them.
 */
export type Raw = Record<string, string | undefined>;

export async function loadReportPage(prisma: PrismaClient, principal: Principal, raw: Raw, now = new Date()) {
  const agencies = await deskAgencies(prisma, principal);
  const errors: string[] = [];
  let agency = chooseReportAgency(agencies, raw.instansi);
  if (!agency) {
    agency = agencies[0] ?? null;
    if (agency) errors.push("Instansi tidak dikenal atau bukan instansi Anda; laporan instansi Anda yang ditampilkan.");
  }
  if (!agency) return null;
  const parsed = parseReportParams({ ...raw, instansi: agency.slug }, now, agency.timeZone);
  if (!parsed.ok) errors.push(...parsed.errors, "Laporan tahun berjalan yang ditampilkan.");
  const params = parsed.ok ? parsed.value : parsed.fallback;
  const report = await slaReport(prisma, agency.id, { year: params.year, month: params.month }, now);
  return { agencies, agency, report, errors };
}

export async function loadReportForExport(prisma: PrismaClient, principal: Principal, raw: Raw, now = new Date()): Promise<SlaReport> {
  const agency = chooseReportAgency(await deskAgencies(prisma, principal), raw.instansi);
  // Unknown and foreign agencies read the same: not found.
  if (!agency) throw new NotFoundError("Laporan instansi ini tidak ditemukan.");
  return reportForExport(prisma, agency, raw, now);
}

/** The export of an agency the caller already scoped to the principal (the route's access rule). */
export async function reportForExport(
  prisma: PrismaClient,
  agency: { id: string; timeZone: string },
  raw: Raw,
  now = new Date(),
): Promise<SlaReport> {
  const parsed = parseReportParams(raw, now, agency.timeZone);
  if (!parsed.ok) throw new UserError(parsed.errors.join(" "));
  return slaReport(prisma, agency.id, { year: parsed.value.year, month: parsed.value.month }, now);
}
