import { clientAddress } from "@/lib/client-address";
import { exported, recordRequestDataReached } from "@/features/audit/personal-data";
import { guardedRoute } from "@/features/auth/guard";
import { staffOfRequest } from "@/features/auth/route-access";
import { csvResponse } from "@/features/documents/responses";
import { auditCsv } from "@/features/workflow/audit";

/** The request's audit trail as CSV, for staff of the request's agency. */
export const GET = guardedRoute({ name: "desk.auditCsv", access: staffOfRequest }, async (req, ctx) => {
  const csv = await auditCsv(ctx.prisma, ctx.row.id);
  await recordRequestDataReached(ctx.prisma, {
    actor: ctx.principal,
    kind: "EXPORTED",
    ...exported(ctx.row),
    clientAddress: clientAddress(req.headers),
    detail: "Jejak audit (CSV)",
  });
  return csvResponse(csv, `audit-${ctx.row.registrationNumber}.csv`);
});
