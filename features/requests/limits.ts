import { getCatalog } from "../catalog/queries";
import { documentsPolicy, type UploadFields, type UploadLimits } from "../documents/uploads";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formConfigFromCatalog } from "./form-config";
import { documentInputName } from "./form-schema";
import { openRevisionFor } from "./revision";

/** What the submission and revision endpoints say when they refuse a body. */
const MESSAGES = {
  tooLarge: "Total berkas terlalu besar. Periksa ukuran setiap dokumen lalu kirim lagi.",
  unreadable: "Formulir tidak terbaca. Muat ulang halaman lalu kirim lagi.",
};

/**
 * A submission reads only the documents its service asks for, each up to its own limit, and a
 * body of at most their sum plus the form. The service is the `serviceId` field, which the form
 * sends before its files; a file that comes first is not asked for.
 */
export const SUBMISSION_UPLOAD_LIMITS: UploadLimits = {
  ...MESSAGES,
  policy: async (fields: UploadFields) => {
    const serviceId = fields.findLast(([name]) => name === "serviceId")?.[1] ?? "";
    const loaded = formConfigFromCatalog(await getCatalog(), serviceId);
    return documentsPolicy(Object.fromEntries((loaded?.config.documents ?? []).map((d) => [documentInputName(d.code), d.maxSizeBytes])));
  },
};

/**
 * A revision reads only the documents the open revision asks to replace (none when there is no
 * open revision: the resubmission is refused anyway).
 */
export async function revisionUploadLimits(prisma: PrismaClient, applicantId: string, requestId: string): Promise<UploadLimits> {
  const open = await openRevisionFor(prisma, applicantId, requestId);
  const asked = new Set(open?.revision?.items.flatMap((i) => (i.kind === "document" ? [i.code] : [])) ?? []);
  const documents = open ? (formConfigFromCatalog(await getCatalog(), open.request.serviceId)?.config.documents ?? []) : [];
  return {
    ...MESSAGES,
    policy: documentsPolicy(
      Object.fromEntries(documents.filter((d) => asked.has(d.code)).map((d) => [documentInputName(d.code), d.maxSizeBytes])),
    ),
  };
}
