import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { attachmentHeader } from "@/features/documents/access";
import { recordDocumentOpened } from "@/features/workflow/audit";
import { NotFoundError } from "@/lib/errors";

/** A result document: for the request's applicant and the agency's staff. Every opening is audited. */
export const GET = guardedRoute<{ id: string }>({ name: "documents.result", access: "signed-in" }, async (_req, ctx) => {
  const p = ctx.principal!;
  if (!/^[0-9a-f-]{36}$/i.test(ctx.params.id)) throw new NotFoundError("Dokumen tidak ditemukan.");
  const agencies = p.memberships.map((m) => m.agencyId);
  const doc = await ctx.prisma.resultDocument.findFirst({
    where: p.isPlatformAdmin
      ? { id: ctx.params.id }
      : { id: ctx.params.id, OR: [{ request: { applicantId: p.id } }, { agencyId: { in: agencies } }] },
    select: { id: true, agencyId: true, requestId: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true },
  });
  if (!doc) throw new NotFoundError("Dokumen tidak ditemukan.");
  const body = await documentStore().read(doc.storageKey);
  await recordDocumentOpened(ctx.prisma, p, { ...doc, kind: "result" });
  return new Response(body, {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Length": String(doc.sizeBytes),
      "Content-Disposition": attachmentHeader(doc.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
