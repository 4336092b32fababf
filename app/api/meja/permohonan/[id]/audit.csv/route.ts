import { guardedRoute } from "@/features/auth/guard";
import { auditCsv } from "@/features/workflow/audit";
import { findStaffRequest } from "@/features/workflow/desk-queries";
import { NotFoundError } from "@/lib/errors";

/** The request's audit trail as CSV, for staff of the request's agency. */
export const GET = guardedRoute<{ id: string }>({ name: "desk.auditCsv", access: "signed-in" }, async (_req, ctx) => {
  const found = await findStaffRequest(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!found) throw new NotFoundError("Permohonan tidak ditemukan.");
  return new Response(await auditCsv(ctx.prisma, found.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${found.registrationNumber}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
