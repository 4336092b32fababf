import type { Principal } from "../auth/roles";
import type { RawParams } from "../auth/page-context";
import { businessMinutesBetween } from "../sla/business-time";
import { loadBusinessCalendar } from "../sla/calendar-store";
import { slaMarksFor } from "../sla/queue-marks";
import { clockOfRequest } from "../sla/request-clock";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordRequestDataReached } from "../audit/personal-data";
import { deskAgencies, type DeskHistoryCursors, getDeskRequest } from "./desk-queries";
import { listAgencyQueue, listMyQueue, type QueueParams, queueParamsSchema } from "./queue";

/**
 * Loaders of the staff desk's pages. Each takes the principal and what the browser sent, scopes
 * every read to the principal's agencies, and returns what the page renders.
 */

/** "Perlu tindakan saya": per agency, the work waiting for the principal, and unread notifications. */
export async function loadMyDeskPage(prisma: PrismaClient, principal: Principal) {
  const agencies = await deskAgencies(prisma, principal);
  const [queues, notifications] = await Promise.all([
    Promise.all(
      agencies.map(async (agency) => {
        const rows = await listMyQueue(prisma, principal, agency.id);
        const counts = new Map<(typeof rows)[number]["status"], number>();
        for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
        return { agency, rows, counts: [...counts.entries()], marks: await slaMarksFor(prisma, agency.id, rows) };
      }),
    ),
    prisma.notification.findMany({
      where: { userId: principal.id, readAt: null },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, message: true, link: true },
    }),
  ]);
  return { queues, notifications };
}

/**
 * The agency queue with its filters. The agency is one of the principal's (the `instansi`
 * parameter only picks among them); a bad filter is dropped with a message and the others still
 * apply.
 */
export async function loadQueuePage(prisma: PrismaClient, principal: Principal, raw: RawParams) {
  const agencies = await deskAgencies(prisma, principal);
  const chosen = raw.instansi ? agencies.find((a) => a.id === raw.instansi) : undefined;
  const agency = chosen ?? agencies[0];
  if (!agency) return null;
  const errors: string[] = [];
  if (raw.instansi && !chosen) errors.push("Instansi tidak dikenal atau bukan instansi Anda; antrian instansi Anda yang ditampilkan.");
  const { params, messages } = parseQueueParams(raw);
  if (messages.length > 0) errors.push(`Filter tidak valid: ${messages.join(" ")} Filter itu diabaikan.`);

  const [page, services, opds] = await Promise.all([
    listAgencyQueue(prisma, agency.id, params, { principal }),
    prisma.service.findMany({ where: { agencyId: agency.id }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    prisma.opd.findMany({ where: { agencyId: agency.id }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  // The next page keeps the filters as sent (and the agency), with the new cursor.
  const keep = Object.entries({ ...raw, instansi: agency.id }).filter(([k, v]) => v && k !== "setelah") as [string, string][];
  const nextHref = page.next ? `/meja/antrian?${new URLSearchParams([...keep, ["setelah", page.next]]).toString()}` : null;
  return {
    agencies,
    agency,
    params,
    errors,
    services,
    opds,
    rows: page.rows,
    marks: await slaMarksFor(prisma, agency.id, page.rows),
    nextHref,
  };
}

/** Valid parameters, with each invalid one replaced by its default and its message kept. */
export function parseQueueParams(raw: RawParams): { params: QueueParams; messages: string[] } {
  const first = queueParamsSchema.safeParse(raw);
  if (first.success) return { params: first.data, messages: [] };
  const bad = new Set(first.error.issues.map((i) => String(i.path[0] ?? "")));
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const second = queueParamsSchema.safeParse(rest);
  return {
    params: second.success ? second.data : queueParamsSchema.parse({}),
    messages: [...new Set(first.error.issues.map((i) => i.message))],
  };
}

/** Each service's workflow in the principal's agencies: the ordered stages and their norms. */
export async function loadWorkflowPage(prisma: PrismaClient, principal: Principal) {
  const agencies = await deskAgencies(prisma, principal);
  return prisma.service.findMany({
    where: { agencyId: { in: agencies.map((a) => a.id) } },
    orderBy: [{ agencyId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      agency: { select: { shortName: true } },
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, kind: true, normText: true } },
    },
  });
}

/**
 * One request on the desk, for staff of its agency (null otherwise: the page answers 404), with
 * its SLA clock and the clock of the current stage's own norm (e.g. 30 minutes for the Kepala
 * Dinas' disposition) in working time.
 */
export async function loadDeskRequestPage(
  prisma: PrismaClient,
  principal: Principal,
  id: string,
  options: { revealIdentity?: boolean; clientAddress?: string | null; now?: Date; history?: DeskHistoryCursors } = {},
) {
  const now = options.now ?? new Date();
  const data = await getDeskRequest(prisma, principal, id, options.history);
  if (!data) return null;
  const { request } = data;
  // Staff reading a request reach its applicant's personal data: logged for a breach report, and the
  // whole NIP/NIK only on demand (logged again), masked otherwise.
  const access = { actor: principal, agencyId: request.agencyId, requestId: request.id, applicantId: request.applicantId };
  await recordRequestDataReached(prisma, { ...access, kind: "REQUEST_VIEWED", clientAddress: options.clientAddress });
  if (options.revealIdentity) {
    await recordRequestDataReached(prisma, { ...access, kind: "IDENTITY_REVEALED", clientAddress: options.clientAddress });
  }
  const stage = request.service.stages.find((s) => s.position === request.stagePosition);
  const [clock, stageClock] = await Promise.all([
    clockOfRequest(prisma, request.id, now),
    stage?.normMinutes && request.status !== "PERLU_PERBAIKAN"
      ? loadBusinessCalendar(prisma, request.agencyId).then((calendar) => ({
          normText: stage.normText ?? `${stage.normMinutes} menit`,
          normMinutes: stage.normMinutes!,
          elapsedMinutes: businessMinutesBetween(calendar, request.stageEnteredAt, now),
        }))
      : null,
  ]);
  return { data, clock, stageClock, identityRevealed: options.revealIdentity === true };
}
