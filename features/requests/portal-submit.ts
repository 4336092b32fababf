import type { Principal } from "../auth/roles";
import { getCatalog } from "../catalog/queries";
import type { DocumentStore } from "../documents/store";
import { mailTransport } from "../notifications/mailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { pauseAfterStoreHook } from "./fault-hooks";
import { formConfigFromCatalog } from "./form-config";
import { submissionConfirmationMail } from "./notify";
import { submitRequest, type SubmitResult } from "./submit";
import type { UploadedFile } from "./uploads";

/**
 * A submission from the portal's form: the service's configuration comes from the in-memory
 * catalog (no query before the one statement that writes the request) and the confirmation
 * e-mail is written with it.
 */
export async function submitFromPortal(
  prisma: PrismaClient,
  store: DocumentStore,
  principal: Principal,
  form: { fields: Record<string, unknown>; files: Record<string, UploadedFile> },
): Promise<SubmitResult> {
  const catalog = await getCatalog();
  return submitRequest(
    prisma,
    store,
    { applicant: { id: principal.id, email: principal.email }, fields: form.fields, files: form.files },
    {
      loadConfig: async (serviceId) => formConfigFromCatalog(catalog, serviceId),
      afterFilesStored: pauseAfterStoreHook(),
      confirmation: (r) => {
        // Only called once the configuration was found, so the service and its agency exist.
        const service = catalog.services.find((s) => s.id === form.fields.serviceId)!;
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
}
