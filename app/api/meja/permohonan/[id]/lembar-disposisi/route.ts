import { clientAddress } from "@/lib/client-address";
import { exported, recordRequestDataReached } from "@/features/audit/personal-data";
import { guardedRoute } from "@/features/auth/guard";
import { staffOfRequest } from "@/features/auth/route-access";
import { pdfResponse } from "@/features/documents/responses";
import { renderDispositionSheet } from "@/features/workflow/disposition-sheet";
import { dispositionSheetData } from "@/features/workflow/documents";

/** The lembar disposisi as PDF, for staff of the request's agency. */
export const GET = guardedRoute({ name: "desk.dispositionSheet", access: staffOfRequest }, async (req, ctx) => {
  const pdf = await renderDispositionSheet(await dispositionSheetData(ctx.prisma, ctx.row.id));
  await recordRequestDataReached(ctx.prisma, {
    actor: ctx.principal,
    kind: "EXPORTED",
    ...exported(ctx.row),
    clientAddress: clientAddress(req.headers),
    detail: "Lembar disposisi (PDF)",
  });
  return pdfResponse(pdf, `lembar-disposisi-${ctx.row.registrationNumber}.pdf`);
});
