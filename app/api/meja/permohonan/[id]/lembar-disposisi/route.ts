import { guardedRoute } from "@/features/auth/guard";
import { findStaffRequest } from "@/features/workflow/desk-queries";
import { renderDispositionSheet } from "@/features/workflow/disposition-sheet";
import { dispositionSheetData } from "@/features/workflow/documents";
import { NotFoundError } from "@/lib/errors";

/** The lembar disposisi as PDF, for staff of the request's agency. */
export const GET = guardedRoute<{ id: string }>({ name: "desk.dispositionSheet", access: "signed-in" }, async (_req, ctx) => {
  const found = await findStaffRequest(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!found) throw new NotFoundError("Permohonan tidak ditemukan.");
  const pdf = await renderDispositionSheet(await dispositionSheetData(ctx.prisma, found.id));
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="lembar-disposisi-${found.registrationNumber}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
