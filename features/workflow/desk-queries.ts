import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { allowedActions, type DeskAction, stageAt } from "../lifecycle";
import { requestFieldSchema } from "../requests/fields";
import { policyOfRequest } from "../sla/request-clock";
import { returnableFields } from "./return-fields";
import { actingAs, loadAuthority, type ActingAs } from "./authority";
import { before, beforeNumeric, HISTORY_PAGE, type HistoryCursor, newestFirst, pageOf } from "../requests/history";

/** Where each of the request page's growing lists starts (none: the newest entries). */
export interface DeskHistoryCursors {
  events?: HistoryCursor | null;
  notes?: HistoryCursor | null;
  audit?: HistoryCursor | null;
}

/** Everything the desk's request page shows, for staff of the request's agency only. */
export async function getDeskRequest(prisma: PrismaClient, principal: Principal, id: string, pages: DeskHistoryCursors = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const agencies = principal.memberships.map((m) => m.agencyId);
  if (!principal.isPlatformAdmin && agencies.length === 0) return null;
  const found = await prisma.serviceRequest.findFirst({
    where: principal.isPlatformAdmin ? { id } : { id, agencyId: { in: agencies } },
    select: {
      id: true,
      agencyId: true,
      registrationNumber: true,
      status: true,
      version: true,
      stagePosition: true,
      assigneeId: true,
      stageEnteredAt: true,
      receivedCompleteAt: true,
      dueAt: true,
      targetWorkingDays: true,
      targetReason: true,
      resultSummary: true,
      scopeCode: true,
      scopeCodes: true,
      letterNumber: true,
      letterDate: true,
      applicantId: true,
      applicantName: true,
      applicantEmail: true,
      employeeNumberKind: true,
      employeeNumber: true,
      opdName: true,
      jabatan: true,
      description: true,
      details: true,
      submittedAt: true,
      completedAt: true,
      agency: { select: { id: true, name: true, shortName: true, timeZone: true } },
      service: {
        select: {
          id: true,
          name: true,
          slaText: true,
          slaPolicy: true,
          requestFields: true,
          scopes: { select: { code: true, name: true, slaText: true } },
          stages: {
            orderBy: { position: "asc" },
            select: { position: true, name: true, role: true, kind: true, normText: true, normMinutes: true },
          },
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
          sizeBytes: true,
          contentType: true,
          createdAt: true,
          supersededAt: true,
        },
      },
      checks: { orderBy: { createdAt: "desc" }, select: { documentId: true, valid: true, reason: true, createdAt: true } },
      dispositions: { orderBy: { createdAt: "asc" } },
      notes: { where: before(pages.notes), orderBy: newestFirst, take: HISTORY_PAGE + 1 },
      results: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, createdAt: true } },
      events: { where: before(pages.events), orderBy: newestFirst, take: HISTORY_PAGE + 1 },
      revisions: { orderBy: { createdAt: "desc" }, select: { id: true, reason: true, items: true, createdAt: true, resolvedAt: true } },
    },
  });
  if (!found) return null;
  const { events, notes, ...rest } = found;
  const history = { events: pageOf(events, pages.events), notes: pageOf(notes, pages.notes) };
  const request = { ...rest, events: history.events.rows, notes: history.notes.rows };
  const [staff, auditRows] = await Promise.all([
    prisma.membership.findMany({
      where: { agencyId: request.agencyId },
      orderBy: [{ role: "asc" }],
      select: { role: true, title: true, user: { select: { id: true, name: true } } },
    }),
    prisma.auditEntry.findMany({
      where: { requestId: request.id, ...beforeNumeric(pages.audit) },
      orderBy: { id: "desc" },
      take: HISTORY_PAGE + 1,
      select: { id: true, actorName: true, onBehalfOfId: true, action: true, before: true, after: true, createdAt: true },
    }),
  ]);

  // What this principal may do now: the same authority rule the commands check.
  const stages = request.service.stages;
  const stage = stageAt(stages, request.stagePosition);
  const authority = await loadAuthority(prisma, principal, request.agencyId);
  const acting: ActingAs | null = stage ? actingAs(authority, stage, request.assigneeId) : null;
  const actions: DeskAction[] = acting ? allowedActions(stages, request.stagePosition, request.status) : ["note"];
  const sub = acting?.kind === "substitute" ? acting.grant.substitute : null;
  const onBehalfOf = sub ? { kind: sub.kind, name: sub.official?.name ?? sub.postTitle ?? "jabatan yang kosong" } : null;
  const returnable = returnableFields(requestFieldSchema.array().parse(request.service.requestFields), request.scopeCodes);
  // "Sesuai kompleksitas" asks the verifier for a target: judged on the request's own lingkup.
  const policy = actions.includes("accept")
    ? await policyOfRequest(prisma, request.service.id, request.scopeCodes, request.receivedCompleteAt ?? request.submittedAt)
    : null;
  const auditPage = pageOf(auditRows, pages.audit);
  const links = { events: history.events.links, notes: history.notes.links, audit: auditPage.links };
  return { request, staff, audit: auditPage.rows, links, actions, onBehalfOf, returnable, needsTarget: policy?.kind === "complexity" };
}

export type DeskRequest = NonNullable<Awaited<ReturnType<typeof getDeskRequest>>>;

/** The agencies whose desk the principal may open. */
export async function deskAgencies(prisma: PrismaClient, principal: Principal) {
  const ids = principal.memberships.map((m) => m.agencyId);
  return prisma.agency.findMany({
    where: principal.isPlatformAdmin ? {} : { id: { in: ids } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, shortName: true, timeZone: true },
  });
}

/** A request of one of the principal's agencies (staff access), or null: other agencies' rows read as absent. */
export async function findStaffRequest(prisma: PrismaClient, principal: Principal, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const agencies = principal.memberships.map((m) => m.agencyId);
  if (!principal.isPlatformAdmin && agencies.length === 0) return null;
  return prisma.serviceRequest.findFirst({
    where: principal.isPlatformAdmin ? { id } : { id, agencyId: { in: agencies } },
    select: { id: true, agencyId: true, applicantId: true, registrationNumber: true, status: true },
  });
}
