import { guardedRoute } from "@/features/auth/guard";
import { staffOfAgency } from "@/features/auth/route-access";
import { csvResponse } from "@/features/documents/responses";
import { slaReportCsv } from "@/features/reports/csv";
import { reportForExport } from "@/features/reports/load";
import { reportFileName } from "@/features/reports/params";

/** The per-service-per-month SLA table as CSV, for staff of the agency (other agencies: 404). */
export const GET = guardedRoute(
  { name: "reports.csv", access: { ...staffOfAgency, notFound: "Laporan instansi ini tidak ditemukan." } },
  async (_req, ctx) => {
    const report = await reportForExport(ctx.prisma, ctx.row, Object.fromEntries(ctx.url.searchParams));
    return csvResponse(slaReportCsv(report), reportFileName({ agencySlug: report.agency.slug, ...report.period }, "csv"));
  },
);
