import { clientAddress } from "@/lib/client-address";
import { guardedRoute } from "@/features/auth/guard";
import { readerOfResult } from "@/features/auth/route-access";
import { documentStore } from "@/features/documents";
import { storedFileResponse } from "@/features/documents/responses";
import { recordDocumentOpened } from "@/features/workflow/audit";

/** A result document: for the request's applicant and the agency's staff. Every opening is audited. */
export const GET = guardedRoute({ name: "documents.result", access: readerOfResult }, async (req, ctx) => {
  const doc = ctx.row;
  const body = await documentStore().read(doc.storageKey);
  await recordDocumentOpened(ctx.prisma, ctx.principal, { ...doc, kind: "result", clientAddress: clientAddress(req.headers) });
  return storedFileResponse(body, doc);
});
