import { clientAddress } from "@/lib/client-address";
import { exported, recordRequestDataReached } from "@/features/audit/personal-data";
import { guardedRoute } from "@/features/auth/guard";
import { viewerOfRequest } from "@/features/auth/route-access";
import { pdfResponse } from "@/features/documents/responses";
import { renderCompletionLetter } from "@/features/workflow/completion-letter";
import { completionLetterData } from "@/features/workflow/documents";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";

/** The completion letter of a completed request: for its applicant and the agency's staff. */
export const GET = guardedRoute({ name: "requests.completionLetter", access: viewerOfRequest }, async (req, ctx) => {
  if (ctx.row.status !== "SELESAI") throw new ConflictError("Surat penyelesaian tersedia setelah permohonan selesai.");
  const pdf = await renderCompletionLetter(await completionLetterData(ctx.prisma, ctx.row.id, env().appUrl));
  await recordRequestDataReached(ctx.prisma, {
    actor: ctx.principal,
    kind: "EXPORTED",
    ...exported(ctx.row),
    clientAddress: clientAddress(req.headers),
    detail: "Surat penyelesaian (PDF)",
  });
  return pdfResponse(pdf, `surat-penyelesaian-${ctx.row.registrationNumber}.pdf`);
});
