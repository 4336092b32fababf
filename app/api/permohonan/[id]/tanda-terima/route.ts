import { guardedRoute } from "@/features/auth/guard";
import { getRequestForViewer } from "@/features/requests/queries";
import { renderReceiptPdf } from "@/features/requests/receipt";
import { receiptData } from "@/features/requests/receipt-data";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";

/** The receipt (tanda terima) as PDF: for the applicant and the agency's staff only. */
export const GET = guardedRoute<{ id: string }>({ name: "requests.receipt", access: "signed-in" }, async (_req, ctx) => {
  const detail = await getRequestForViewer(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!detail) throw new NotFoundError("Permohonan tidak ditemukan.");
  const pdf = await renderReceiptPdf(receiptData(detail, env().appUrl));
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="tanda-terima-${detail.registrationNumber}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
