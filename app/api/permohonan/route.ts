import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { readUploadForm } from "@/features/documents/uploads";
import { kickMailDelivery } from "@/features/jobs/in-process";
import { readRequestForm } from "@/features/requests/http";
import { SUBMISSION_UPLOAD_LIMITS } from "@/features/requests/limits";
import { submitFromPortal } from "@/features/requests/portal-submit";

/** Submit a request (multipart form with its documents). One click is one request. */
export const POST = guardedRoute({ name: "requests.submit", access: "signed-in" }, async (request, ctx) => {
  const form = readRequestForm(await readUploadForm(request, SUBMISSION_UPLOAD_LIMITS));
  const result = await submitFromPortal(ctx.prisma, documentStore(), ctx.principal, form);
  if (!result.duplicate) kickMailDelivery();
  return Response.json({ status: "ok", data: result }, { status: result.duplicate ? 200 : 201 });
});
