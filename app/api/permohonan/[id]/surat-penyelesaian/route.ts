import { guardedRoute } from "@/features/auth/guard";
import { getRequestForViewer } from "@/features/requests/queries";
import { renderCompletionLetter } from "@/features/workflow/completion-letter";
import { completionLetterData } from "@/features/workflow/documents";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** The completion letter of a completed request: for its applicant and the agency's staff. */
export const GET = guardedRoute<{ id: string }>({ name: "requests.completionLetter", access: "signed-in" }, async (_req, ctx) => {
  const detail = await getRequestForViewer(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!detail) throw new NotFoundError("Permohonan tidak ditemukan.");
  if (detail.status !== "SELESAI") throw new ConflictError("Surat penyelesaian tersedia setelah permohonan selesai.");
  const pdf = await renderCompletionLetter(await completionLetterData(ctx.prisma, detail.id, env().appUrl));
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="surat-penyelesaian-${detail.registrationNumber}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
