import { guardedRoute } from "@/features/auth/guard";
import { applicantOwnsRequest } from "@/features/auth/route-access";
import { documentStore } from "@/features/documents";
import { readUploadForm } from "@/features/documents/uploads";
import { readRequestForm } from "@/features/requests/http";
import { revisionUploadLimits } from "@/features/requests/limits";
import { resubmitRevision } from "@/features/requests/revision";

/** The applicant sends the fixes a revision asked for (only their own request; others read as not found). */
export const POST = guardedRoute({ name: "requests.resubmit", access: applicantOwnsRequest }, async (request, ctx) => {
  const limits = await revisionUploadLimits(ctx.prisma, ctx.principal.id, ctx.row.id);
  const { fields, files } = readRequestForm(await readUploadForm(request, limits));
  await resubmitRevision(ctx.prisma, documentStore(), {
    applicant: { id: ctx.principal.id, name: ctx.principal.name },
    requestId: ctx.row.id,
    expectedVersion: Number(fields.version),
    fields,
    files,
  });
  return Response.json({ status: "ok", data: { requestId: ctx.row.id } });
});
