import { guardedRoute } from "@/features/auth/guard";
import { staffOfAgency } from "@/features/auth/route-access";
import { fileResponse } from "@/features/documents/responses";
import { reportForExport } from "@/features/reports/load";
import { reportFileName } from "@/features/reports/params";
import { slaReportWorkbook, XLSX_CONTENT_TYPE } from "@/features/reports/xlsx";

/** The SLA report as an Excel workbook, for staff of the agency (other agencies: 404). */
export const GET = guardedRoute(
  { name: "reports.xlsx", access: { ...staffOfAgency, notFound: "Laporan instansi ini tidak ditemukan." } },
  async (_req, ctx) => {
    const report = await reportForExport(ctx.prisma, ctx.row, Object.fromEntries(ctx.url.searchParams));
    return fileResponse(await slaReportWorkbook(report), {
      contentType: XLSX_CONTENT_TYPE,
      fileName: reportFileName({ agencySlug: report.agency.slug, ...report.period }, "xlsx"),
    });
  },
);
