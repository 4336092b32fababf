import { clientAddress } from "@/lib/client-address";
import { guardedRoute } from "@/features/auth/guard";
import { readerOfDocument } from "@/features/auth/route-access";
import { documentStore } from "@/features/documents";
import { storedFileResponse } from "@/features/documents/responses";
import { recordDocumentOpened } from "@/features/workflow/audit";

/** Streams a request document to the applicant or the agency's staff, as a download or in the viewer. Every opening is audited. */
export const GET = guardedRoute({ name: "documents.download", access: readerOfDocument }, async (req, ctx) => {
  const doc = ctx.row;
  const body = await documentStore().read(doc.storageKey);
  await recordDocumentOpened(ctx.prisma, ctx.principal, { ...doc, kind: "request", clientAddress: clientAddress(req.headers) });
  // `?lihat=1` opens it in the browser's own viewer (PDF/images only), still sandboxed.
  return storedFileResponse(body, doc, ctx.url.searchParams.get("lihat") === "1");
});
