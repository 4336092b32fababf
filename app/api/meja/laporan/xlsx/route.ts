import { guardedRoute } from "@/features/auth/guard";
import { loadReportForExport } from "@/features/reports/load";
import { reportFileName } from "@/features/reports/params";
import { slaReportWorkbook, XLSX_CONTENT_TYPE } from "@/features/reports/xlsx";

/** The SLA report as an Excel workbook, for staff of the agency (other agencies: 404). */
export const GET = guardedRoute({ name: "reports.xlsx", access: "signed-in" }, async (request, ctx) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadReportForExport(ctx.prisma, ctx.principal!, raw);
  const body = await slaReportWorkbook(report);
  return new Response(body, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${reportFileName({ agencySlug: report.agency.slug, ...report.period }, "xlsx")}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
