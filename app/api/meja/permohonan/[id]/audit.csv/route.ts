import { guardedRoute } from "@/features/auth/guard";
import { staffOfRequest } from "@/features/auth/route-access";
import { csvResponse } from "@/features/documents/responses";
import { auditCsv } from "@/features/workflow/audit";

/** The request's audit trail as CSV, for staff of the request's agency. */
export const GET = guardedRoute({ name: "desk.auditCsv", access: staffOfRequest }, async (_req, ctx) =>
  csvResponse(await auditCsv(ctx.prisma, ctx.row.id), `audit-${ctx.row.registrationNumber}.csv`),
);
