import { breachReport, parseBreachParams } from "@/features/audit/breach-report";
import { personalDataAccessCsv } from "@/features/audit/personal-data";
import { guardedRoute } from "@/features/auth/guard";
import { platformAdmin } from "@/features/auth/route-access";
import { csvResponse } from "@/features/documents/responses";

/** The breach report as CSV (same filters as /admin/akses-data), for the platform admin only. */
export const GET = guardedRoute({ name: "admin.personalDataAccessCsv", access: platformAdmin }, async (_req, ctx) => {
  const { query } = parseBreachParams(Object.fromEntries(ctx.url.searchParams));
  const { rows } = await breachReport(ctx.prisma, query);
  const stamp = query.values.sampai.slice(0, 10);
  return csvResponse(personalDataAccessCsv(rows), `akses-data-pribadi-${stamp}.csv`);
});
