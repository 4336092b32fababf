import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A request document, if the principal may open it: the applicant of its request, staff of the
 * request's agency, or a platform admin. Anything else is indistinguishable from "not found".
 */
export async function findReadableDocument(prisma: PrismaClient, principal: Principal, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const agencies = principal.memberships.map((m) => m.agencyId);
  return prisma.requestDocument.findFirst({
    where: principal.isPlatformAdmin
      ? { id }
      : { id, OR: [{ request: { applicantId: principal.id } }, { agencyId: { in: agencies } }] },
    select: { id: true, agencyId: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true, requestId: true },
  });
}

/** RFC 6266 header with an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
