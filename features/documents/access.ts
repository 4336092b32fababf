import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Who may open a document of a request: its applicant, staff of the request's agency, or a
 * platform admin. As a `where` so that anything else is indistinguishable from "not found".
 */
function readableBy(principal: Principal, id: string) {
  if (principal.isPlatformAdmin) return { id };
  const agencies = principal.memberships.map((m) => m.agencyId);
  return { id, OR: [{ request: { applicantId: principal.id } }, { agencyId: { in: agencies } }] };
}

const storedSelect = {
  id: true,
  agencyId: true,
  requestId: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  storageKey: true,
  request: { select: { applicantId: true } },
} as const;

/** A document the applicant submitted, if the principal may open it. */
export async function findReadableDocument(prisma: PrismaClient, principal: Principal, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.requestDocument.findFirst({ where: readableBy(principal, id), select: storedSelect });
}

/** A result document the officer uploaded, if the principal may open it. */
export async function findReadableResult(prisma: PrismaClient, principal: Principal, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.resultDocument.findFirst({ where: readableBy(principal, id), select: storedSelect });
}

export type StoredDocument = NonNullable<Awaited<ReturnType<typeof findReadableDocument>>>;

/** RFC 6266 header with an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
