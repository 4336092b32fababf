import { clientAddress } from "@/lib/client-address";
import { exported, recordRequestDataReached } from "@/features/audit/personal-data";
import { guardedRoute } from "@/features/auth/guard";
import { viewerOfRequest } from "@/features/auth/route-access";
import { pdfResponse } from "@/features/documents/responses";
import { renderReceiptPdf } from "@/features/requests/receipt";
import { receiptData } from "@/features/requests/receipt-data";
import { env } from "@/lib/env";

/** The receipt (tanda terima) as PDF: for the applicant and the agency's staff only. */
export const GET = guardedRoute({ name: "requests.receipt", access: viewerOfRequest }, async (req, ctx) => {
  const pdf = await renderReceiptPdf(receiptData(ctx.row, env().appUrl));
  await recordRequestDataReached(ctx.prisma, {
    actor: ctx.principal,
    kind: "EXPORTED",
    ...exported(ctx.row),
    clientAddress: clientAddress(req.headers),
    detail: "Tanda terima (PDF)",
  });
  return pdfResponse(pdf, `tanda-terima-${ctx.row.registrationNumber}.pdf`);
});
