import { guardedRoute } from "@/features/auth/guard";
import { getCatalog } from "@/features/catalog/queries";
import { documentStore } from "@/features/documents";
import { formConfigFromCatalog } from "@/features/requests/form-config";
import { readRequestForm } from "@/features/requests/http";
import { MAX_SUBMISSION_BYTES } from "@/features/requests/limits";
import { kickMailDelivery } from "@/features/notifications/dispatcher";
import { mailTransport } from "@/features/notifications/mailer";
import { submissionConfirmationMail } from "@/features/requests/notify";
import { submitRequest } from "@/features/requests/submit";
import { UserError } from "@/lib/errors";
import { env } from "@/lib/env";

/** Submit a request (multipart form with its documents). One click is one request. */
export const POST = guardedRoute({ name: "requests.submit", access: "signed-in" }, async (request, ctx) => {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_SUBMISSION_BYTES) {
    throw new UserError("Total berkas terlalu besar. Periksa ukuran setiap dokumen lalu kirim lagi.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new UserError("Formulir tidak terbaca. Muat ulang halaman lalu kirim lagi.");
  }
  const { fields, files } = await readRequestForm(form);
  const principal = ctx.principal!;
  const catalog = await getCatalog();
  const config = (serviceId: string) => formConfigFromCatalog(catalog, serviceId);
  const result = await submitRequest(
    ctx.prisma,
    documentStore(),
    { applicant: { id: principal.id, email: principal.email }, fields, files },
    {
      loadConfig: async (serviceId) => config(serviceId),
      confirmation: (r) => {
        const service = catalog.services.find((s) => s.id === fields.serviceId)!;
        const agency = catalog.agencies.find((a) => a.id === service.agencyId)!;
        return {
          transport: mailTransport(),
          content: submissionConfirmationMail({
            ...r,
            service: { name: service.name, slaText: service.slaText },
            agency: { name: agency.name, timeZone: agency.timeZone },
            appUrl: env().appUrl,
          }),
        };
      },
    },
  );
  if (!result.duplicate) kickMailDelivery();
  return Response.json({ status: "ok", data: result }, { status: result.duplicate ? 200 : 201 });
});
