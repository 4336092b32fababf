import { clientAddress } from "@/lib/client-address";
import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { exportOwnData } from "@/features/privacy/export";

/** "Data saya": the signed-in person's own data as one ZIP (JSON and their documents). Recorded in the access log. */
export const GET = guardedRoute({ name: "privacy.exportOwnData", access: "signed-in" }, async (request, ctx) => {
  const { zip, fileName } = await exportOwnData(ctx.prisma, documentStore(), ctx.principal, {
    clientAddress: clientAddress(request.headers),
  });
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
