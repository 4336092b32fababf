import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { attachmentHeader, findReadableDocument } from "@/features/documents/access";
import { NotFoundError } from "@/lib/errors";
import { recordDocumentOpened } from "@/features/workflow/audit";

/** Streams a request document to the applicant or the agency's staff, as a download or in the viewer. */
export const GET = guardedRoute<{ id: string }>({ name: "documents.download", access: "signed-in" }, async (req, ctx) => {
  // `?lihat=1` opens it in the browser's own viewer (PDF/images only), still sandboxed.
  const inline = new URL(req.url).searchParams.get("lihat") === "1";
  const doc = await findReadableDocument(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!doc) throw new NotFoundError("Dokumen tidak ditemukan.");
  const body = await documentStore().read(doc.storageKey);
  await recordDocumentOpened(ctx.prisma, ctx.principal!, { agencyId: doc.agencyId, requestId: doc.requestId, id: doc.id, fileName: doc.fileName, kind: "request" });
  return new Response(body, {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Length": String(doc.sizeBytes),
      "Content-Disposition": inline ? attachmentHeader(doc.fileName).replace(/^attachment/, "inline") : attachmentHeader(doc.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
