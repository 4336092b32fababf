import { guardedRoute } from "@/features/auth/guard";
import { staffOfRequest } from "@/features/auth/route-access";
import { documentStore } from "@/features/documents";
import { readUploadForm } from "@/features/documents/uploads";
import { RESULT_UPLOAD_LIMITS, uploadResultDocument } from "@/features/workflow/result-upload";

/** Upload a result document at the execution stage (the desk decides whether this officer may). */
export const POST = guardedRoute({ name: "desk.result", access: staffOfRequest }, async (request, ctx) => {
  const form = await readUploadForm(request, RESULT_UPLOAD_LIMITS);
  await uploadResultDocument(ctx.prisma, documentStore(), ctx.principal, ctx.row, form);
  return Response.json({ status: "ok", data: { requestId: ctx.row.id } }, { status: 201 });
});
