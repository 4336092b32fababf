import { contactChannelSchema, weeklyHoursSchema } from "../catalog/content";
import { calendarFor } from "../sla/calendar";
import { effectiveSlaPolicy } from "../sla/policy";
import type { Principal } from "../auth/roles";
import { STAGE_SELECT } from "../lifecycle";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/time/zones";
import { expectedCompletion } from "./expected-completion";
import { normalizeTrackingCode, parseRegistrationNumber, formatRegistrationNumber } from "./numbering";
import { scopeNamesOf } from "./scopes";
import { before, HISTORY_PAGE, type HistoryCursor, newestFirst, pageOf } from "./history";

/**
 * Reads of requests. Every function takes the principal (or the secret code) and puts the access
 * rule in the query itself: a request that is not yours reads exactly like one that does not exist.
 */
const detailSelect = {
  id: true,
  agencyId: true,
  applicantId: true,
  registrationNumber: true,
  trackingCode: true,
  status: true,
  version: true,
  stagePosition: true,
  scopeCodes: true,
  letterNumber: true,
  letterDate: true,
  applicantName: true,
  applicantEmail: true,
  employeeNumberKind: true,
  employeeNumber: true,
  opdId: true,
  opdName: true,
  jabatan: true,
  description: true,
  details: true,
  submittedAt: true,
  receivedCompleteAt: true,
  dueAt: true,
  completedAt: true,
  resultSummary: true,
  results: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true } },
  service: {
    select: {
      id: true,
      slug: true,
      name: true,
      slaText: true,
      slaPolicy: true,
      requestFields: true,
      stages: STAGE_SELECT,
      scopes: { orderBy: { position: "asc" }, select: { code: true, name: true, slaText: true, slaPolicy: true } },
      documents: {
        orderBy: { position: "asc" },
        select: { code: true, name: true, required: true, allowedTypes: true, maxSizeBytes: true },
      },
    },
  },
  agency: {
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      unitName: true,
      domain: true,
      timeZone: true,
      workingHours: true,
      contactChannels: true,
      complaintChannels: true,
      holidays: { select: { date: true } },
    },
  },
  documents: {
    orderBy: [{ requirementCode: "asc" }, { version: "desc" }],
    select: {
      id: true,
      requirementCode: true,
      requirementName: true,
      version: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      createdAt: true,
      supersededAt: true,
    },
  },
  revisions: {
    orderBy: { createdAt: "desc" },
    select: { id: true, reason: true, items: true, createdAt: true, resolvedAt: true },
  },
} satisfies Prisma.ServiceRequestSelect;

/** A request as its applicant's page shows it: the record and the page of its timeline. */
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestForApplicant>>>;
/** A request's record without its timeline (receipts, documents). */
export type RequestRecord = Prisma.ServiceRequestGetPayload<{ select: typeof detailSelect }>;

/** The applicant's own request with the page of its timeline they see (the newest, or before `cursor`). */
export async function getRequestForApplicant(prisma: PrismaClient, principal: Principal, id: string, cursor?: HistoryCursor | null) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const found = await prisma.serviceRequest.findFirst({
    where: { id, applicantId: principal.id },
    select: {
      ...detailSelect,
      events: {
        where: { visibleToApplicant: true, ...before(cursor) },
        orderBy: newestFirst,
        take: HISTORY_PAGE + 1,
        select: { id: true, kind: true, fromStatus: true, toStatus: true, actorName: true, message: true, data: true, createdAt: true },
      },
    },
  });
  if (!found) return null;
  const page = pageOf(found.events, cursor);
  return { ...found, events: page.rows, eventLinks: page.links };
}

/** The applicant, staff of the request's agency, or a platform admin. */
export async function getRequestForViewer(prisma: PrismaClient, principal: Principal, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const agencies = principal.memberships.map((m) => m.agencyId);
  return prisma.serviceRequest.findFirst({
    where: principal.isPlatformAdmin ? { id } : { id, OR: [{ applicantId: principal.id }, { agencyId: { in: agencies } }] },
    select: detailSelect,
  });
}

/** Requests per page of "Permohonan saya". */
export const MY_REQUESTS_PAGE = 20;

/** A page cursor: the last row's (submittedAt, id). Anything unreadable starts from the top. */
export function myRequestsCursor(row: { submittedAt: Date; id: string }): string {
  return Buffer.from(`${row.submittedAt.toISOString()}|${row.id}`).toString("base64url");
}
function readCursor(raw: string | undefined): { submittedAt: Date; id: string } | null {
  if (!raw || raw.length > 200) return null;
  const [at, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const submittedAt = new Date(at ?? "");
  return id && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(submittedAt.getTime()) ? { submittedAt, id } : null;
}

/**
 * The applicant's own requests, newest first, a page at a time (keyset on (submittedAt, id) over
 * the (applicantId, submittedAt) index, so page 150 costs what page 1 does).
 */
export async function listRequestsForApplicant(prisma: PrismaClient, principal: Principal, after?: string) {
  const cursor = readCursor(after);
  const rows = await prisma.serviceRequest.findMany({
    where: {
      applicantId: principal.id,
      ...(cursor && {
        OR: [{ submittedAt: { lt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { lt: cursor.id } }],
      }),
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: MY_REQUESTS_PAGE + 1,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      stagePosition: true,
      submittedAt: true,
      service: { select: { name: true, stages: STAGE_SELECT } },
      agency: { select: { shortName: true, timeZone: true } },
    },
  });
  const page = rows.slice(0, MY_REQUESTS_PAGE);
  const last = page.at(-1);
  return { requests: page, next: rows.length > MY_REQUESTS_PAGE && last ? myRequestsCursor(last) : null, paged: cursor !== null };
}

/**
 * Public tracking: by registration number and the secret code on the receipt. Returns status and
 * timeline only (no name, number, OPD, documents or internal notes).
 */
export async function trackRequest(prisma: PrismaClient, number: string, code: string) {
  const parsed = parseRegistrationNumber(number);
  const secret = normalizeTrackingCode(code);
  if (!parsed || secret.length === 0) return null;
  const request = await prisma.serviceRequest.findFirst({
    where: { registrationNumber: formatRegistrationNumber(parsed), trackingCode: secret },
    select: {
      registrationNumber: true,
      status: true,
      stagePosition: true,
      submittedAt: true,
      completedAt: true,
      service: { select: { name: true, slaText: true, stages: STAGE_SELECT } },
      agency: { select: { name: true, timeZone: true } },
      events: {
        where: { visibleToApplicant: true },
        orderBy: newestFirst,
        take: HISTORY_PAGE + 1,
        select: { id: true, kind: true, toStatus: true, createdAt: true },
      },
    },
  });
  if (!request) return null;
  // Tracking shows the newest page only; the whole history is on the signed-in request page.
  const page = pageOf(request.events, undefined);
  return { ...request, events: page.rows, moreEvents: page.links.older !== null };
}

export function parseAgencyJson(agency: RequestRecord["agency"]) {
  return {
    holidays: agency.holidays.map((h) => h.date.toISOString().slice(0, 10)),
    workingHours: weeklyHoursSchema.parse(agency.workingHours),
    contactChannels: contactChannelSchema.array().parse(agency.contactChannels),
    complaintChannels: contactChannelSchema.array().parse(agency.complaintChannels),
  };
}

/**
 * When the file, as it stands, reached the office: the last revision sent, else the submission. A
 * clock that starts once the file is complete cannot start before then.
 */
export function fileReceivedAt(detail: Pick<RequestRecord, "submittedAt" | "revisions">): Date {
  return detail.revisions.reduce((latest, r) => (r.resolvedAt && r.resolvedAt > latest ? r.resolvedAt : latest), detail.submittedAt);
}

/**
 * The request's terms as the applicant reads them (request page, receipt): the effective policy and
 * its wording, the lingkup asked for, and the expected completion: the stored due moment once the
 * clock runs, else the policy's due moment counted from when the file, as it stands, was received.
 */
export function timingOf(detail: RequestRecord) {
  const zone = detail.agency.timeZone;
  const { workingHours, holidays } = parseAgencyJson(detail.agency);
  const received = fileReceivedAt(detail);
  const calendar = calendarFor({ timeZone: zone, workingHours }, holidays);
  const { policy, slaText } = effectiveSlaPolicy(detail.service, detail.scopeCodes, {
    calendar,
    startedAt: detail.receivedCompleteAt ?? received,
  });
  const scopeNames = scopeNamesOf(detail.service.scopes, detail.scopeCodes);
  if (detail.receivedCompleteAt && detail.dueAt) {
    const text =
      detail.status === "PERLU_PERBAIKAN"
        ? "Jangka waktu dijeda selama menunggu perbaikan; batas waktu dihitung ulang setelah perbaikan dikirim."
        : `Paling lambat ${formatDateTime(detail.dueAt, zone)}.`;
    return { policy, slaText, scopeNames, expected: { dueAt: detail.dueAt, text } };
  }
  const from = policy?.startsAt === "submitted" ? detail.submittedAt : received;
  return { policy, slaText, scopeNames, expected: expectedCompletion(policy, { timeZone: zone, workingHours, holidays }, from) };
}
