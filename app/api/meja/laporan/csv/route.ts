import { guardedRoute } from "@/features/auth/guard";
import { slaReportCsv } from "@/features/reports/csv";
import { loadReportForExport } from "@/features/reports/load";
import { reportFileName } from "@/features/reports/params";

/** The per-service-per-month SLA table as CSV, for staff of the agency (other agencies: 404). */
export const GET = guardedRoute({ name: "reports.csv", access: "signed-in" }, async (request, ctx) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadReportForExport(ctx.prisma, ctx.principal!, raw);
  return new Response(slaReportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reportFileName({ agencySlug: report.agency.slug, ...report.period }, "csv")}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
