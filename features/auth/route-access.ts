import { findReadableDocument, findReadableResult } from "../documents/access";
import { chooseReportAgency } from "../reports/access";
import { getRequestForViewer } from "../requests/queries";
import { deskAgencies, findStaffRequest } from "../workflow/desk-queries";
import { rowAccess } from "./guard";

/**
 * The access rules route handlers declare (`guardedRoute({ name, access: staffOfRequest }, …)`).
 * Each loads the one row its routes serve, scoped to the signed-in principal in the query itself;
 * a row the principal may not see is null and the guard answers 404, word for word as for an id
 * that does not exist.
 */
type ById = { id: string };
type RowOf<F extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<F>>>;
const UUID = /^[0-9a-f-]{36}$/i;

/** A request of one of the principal's agencies (any staff role there) or, for a platform admin, any. */
export const staffOfRequest = rowAccess<ById, RowOf<typeof findStaffRequest>>(
  "Permohonan tidak ditemukan.",
  ({ prisma, principal, params }) => findStaffRequest(prisma, principal, params.id),
);

/** A request its applicant or staff of its agency may read (receipt, completion letter). */
export const viewerOfRequest = rowAccess<ById, RowOf<typeof getRequestForViewer>>(
  "Permohonan tidak ditemukan.",
  ({ prisma, principal, params }) => getRequestForViewer(prisma, principal, params.id),
);

/** The principal's own request as its applicant: staff act on requests, they do not resubmit them. */
export const applicantOwnsRequest = rowAccess<ById, { id: string; agencyId: string; status: string; version: number }>(
  "Permohonan tidak ditemukan.",
  ({ prisma, principal, params }) =>
    UUID.test(params.id)
      ? prisma.serviceRequest.findFirst({
          where: { id: params.id, applicantId: principal.id },
          select: { id: true, agencyId: true, status: true, version: true },
        })
      : Promise.resolve(null),
);

/** A document the applicant submitted: for that applicant and staff of the request's agency. */
export const readerOfDocument = rowAccess<ById, RowOf<typeof findReadableDocument>>(
  "Dokumen tidak ditemukan.",
  ({ prisma, principal, params }) => findReadableDocument(prisma, principal, params.id),
);

/** A result document: for the request's applicant and staff of its agency. */
export const readerOfResult = rowAccess<ById, RowOf<typeof findReadableResult>>(
  "Dokumen tidak ditemukan.",
  ({ prisma, principal, params }) => findReadableResult(prisma, principal, params.id),
);

/**
 * An agency whose desk the principal may open, named by `?instansi=<slug>` (the first of theirs
 * when none is named). Another agency reads like an unknown slug.
 */
export const staffOfAgency = rowAccess<Record<string, string>, Awaited<ReturnType<typeof deskAgencies>>[number]>(
  "Instansi tidak ditemukan.",
  async ({ prisma, principal, url }) =>
    chooseReportAgency(await deskAgencies(prisma, principal), url.searchParams.get("instansi") ?? undefined),
);

/** The platform admin's own pages and exports (e.g. the breach report); anyone else reads "not found". */
export const platformAdmin = rowAccess<Record<string, string>, { platformAdmin: true }>(
  "Halaman tidak ditemukan.",
  async ({ principal }) => (principal.isPlatformAdmin ? { platformAdmin: true } : null),
);
