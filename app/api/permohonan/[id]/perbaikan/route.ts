import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { readRequestForm } from "@/features/requests/http";
import { MAX_SUBMISSION_BYTES } from "@/features/requests/limits";
import { resubmitRevision } from "@/features/requests/revision";
import { UserError } from "@/lib/errors";

/** The applicant sends the fixes a revision asked for (only their own request; others read as not found). */
export const POST = guardedRoute<{ id: string }>({ name: "requests.resubmit", access: "signed-in" }, async (request, ctx) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_SUBMISSION_BYTES) {
    throw new UserError("Total berkas terlalu besar. Periksa ukuran setiap dokumen lalu kirim lagi.");
  }
  const { fields, files } = await readRequestForm(await request.formData().catch(() => {
    throw new UserError("Formulir tidak terbaca. Muat ulang halaman lalu kirim lagi.");
  }));
  const principal = ctx.principal!;
  await resubmitRevision(ctx.prisma, documentStore(), {
    applicant: { id: principal.id, name: principal.name },
    requestId: ctx.params.id,
    expectedVersion: Number(fields.version),
    fields,
    files,
  });
  return Response.json({ status: "ok", data: { requestId: ctx.params.id } });
});
