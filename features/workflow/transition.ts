import type { Principal, Role } from "../auth/roles";
import { ROLE_NAMES } from "../auth/roles";
import { allowedActions, EVENT_KINDS, type DeskAction, type EventKind, type RequestStatus, type Stage, stageAt } from "../lifecycle";
import { deskLink, applicantLink, notifyUsers, settleWorkNotices } from "../notifications/notify";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { actingAs, loadAuthority, type ActingAs } from "./authority";
import { recordAudit } from "../audit/record";

/**
 * The one template every desk transition follows: load the request within the officer's
 * agencies, refuse a stale page first (say who acted), check that the stage allows the action and
 * that the officer may act on it (authority.ts), then in one short transaction: the
 * version-guarded move (two officers on one step: exactly one wins), the command's own rows, the
 * timeline entry, the audit entry and the notices.
 */
export type Tx = Prisma.TransactionClient;

export interface Actor {
  principal: Principal;
}

export interface LoadedRequest {
  id: string;
  agencyId: string;
  serviceId: string;
  applicantId: string;
  registrationNumber: string;
  status: RequestStatus;
  version: number;
  stagePosition: number | null;
  assigneeId: string | null;
  receivedCompleteAt: Date | null;
  submittedAt: Date;
  scopeCode: string | null;
  scopeCodes: string[];
  stages: Stage[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadForAction(prisma: PrismaClient | Tx, principal: Principal, requestId: string): Promise<LoadedRequest> {
  if (!UUID.test(requestId)) throw new NotFoundError("Permohonan tidak ditemukan.");
  const agencies = principal.memberships.map((m) => m.agencyId);
  const r = await prisma.serviceRequest.findFirst({
    where: principal.isPlatformAdmin ? { id: requestId } : { id: requestId, agencyId: { in: agencies } },
    select: {
      id: true,
      agencyId: true,
      serviceId: true,
      applicantId: true,
      registrationNumber: true,
      status: true,
      version: true,
      stagePosition: true,
      assigneeId: true,
      receivedCompleteAt: true,
      submittedAt: true,
      scopeCode: true,
      scopeCodes: true,
      service: { select: { stages: { orderBy: { position: "asc" }, select: { position: true, kind: true, role: true, name: true } } } },
    },
  });
  if (!r) throw new NotFoundError("Permohonan tidak ditemukan.");
  const { service, ...rest } = r;
  return { ...rest, stages: service.stages };
}

/** Who acts, and under which title they sign (a substitute: "Plh. Kepala Dinas …" with their own name). */
export interface Signer {
  id: string;
  name: string;
  title: string;
  /** The official replaced by a Plh/Plt. */
  onBehalfOf: { id: string; name: string } | null;
  /** "Rina Wati (Plh. Kepala Dinas …)" on the timeline and in the audit. */
  displayName: string;
}

async function titleOf(db: PrismaClient | Tx, agencyId: string, userId: string, role: Role): Promise<string> {
  const m = await db.membership.findMany({ where: { agencyId, userId }, select: { role: true, title: true } });
  return m.find((x) => x.role === role)?.title ?? m.find((x) => x.title)?.title ?? ROLE_NAMES[role];
}

/** An officer acting in their own name, outside any stage (a note). */
export const selfSigner = (p: Principal): Signer => ({ id: p.id, name: p.name, title: "", onBehalfOf: null, displayName: p.name });

async function signerFor(db: PrismaClient | Tx, principal: Principal, r: LoadedRequest, stage: Stage, acting: ActingAs): Promise<Signer> {
  if (acting.kind === "self") {
    const title = await titleOf(db, r.agencyId, principal.id, stage.role);
    return { id: principal.id, name: principal.name, title, onBehalfOf: null, displayName: principal.name };
  }
  const { kind, official, postTitle } = acting.grant.substitute!;
  const post = postTitle ?? (official ? await titleOf(db, r.agencyId, official.id, stage.role) : ROLE_NAMES[stage.role]);
  const title = `${kind === "PLT" ? "Plt." : "Plh."} ${post}`;
  return { id: principal.id, name: principal.name, title, onBehalfOf: official, displayName: `${principal.name} (${title})` };
}

export interface Context {
  r: LoadedRequest;
  stage: Stage;
  signer: Signer;
  now: Date;
}

export interface Move {
  status: RequestStatus;
  stagePosition: number | null;
  assigneeId: string | null;
  extra?: Prisma.ServiceRequestUpdateManyMutationInput;
}

export interface Outcome {
  /** Omitted for actions that change no state of the request (a result document). */
  move?: Move;
  event: { kind: EventKind; message: string; visibleToApplicant?: boolean; data?: Prisma.InputJsonValue };
  audit: { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null };
  notices?: { to: "desk" | "applicant"; userIds: readonly (string | null | undefined)[]; message: string }[];
}

async function conflict(tx: PrismaClient | Tx, requestId: string): Promise<never> {
  const last = await tx.requestEvent.findFirst({ where: { requestId }, orderBy: { createdAt: "desc" }, select: { actorName: true } });
  throw new ConflictError(
    `Permohonan ini sudah ditindaklanjuti oleh ${last?.actorName ?? "petugas lain"}. Tindakan Anda tidak disimpan; muat ulang halaman untuk melihat keadaan terbaru.`,
  );
}

/** Runs one desk action; `run` validates and writes the command's own rows inside the transaction. */
export async function transition(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version?: number },
  action: DeskAction,
  run: (tx: Tx, ctx: Context) => Promise<Outcome>,
  now = new Date(),
): Promise<void> {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  if (input.version !== undefined && r.version !== input.version) await conflict(prisma, r.id);
  const stage = stageAt(r.stages, r.stagePosition);
  if (!stage || !allowedActions(r.stages, r.stagePosition, r.status).includes(action)) {
    throw new ConflictError(
      stage
        ? "Tindakan ini tidak tersedia pada tahap permohonan saat ini. Muat ulang halaman."
        : "Permohonan ini sudah ditutup; tidak ada tindakan yang dapat dilakukan.",
    );
  }
  const authority = await loadAuthority(prisma, actor.principal, r.agencyId, now);
  const acting = actingAs(authority, stage, r.assigneeId);
  if (!acting) {
    const holdsRole = authority.grants.some((g) => g.role === stage.role && !g.substitute);
    throw new ForbiddenError(
      holdsRole && r.assigneeId
        ? "Tahap ini ditugaskan kepada pejabat lain."
        : "Tindakan pada tahap ini hanya untuk pemegang peran tahap tersebut.",
    );
  }
  const signer = await signerFor(prisma, actor.principal, r, stage, acting);
  await prisma.$transaction(async (tx) => {
    const outcome = await run(tx, { r, stage, signer, now });
    if (outcome.move) {
      const m = outcome.move;
      const moved = await tx.serviceRequest.updateMany({
        where: { id: r.id, version: r.version, status: r.status, stagePosition: r.stagePosition },
        data: {
          status: m.status,
          stagePosition: m.stagePosition,
          assigneeId: m.assigneeId,
          stageEnteredAt: m.stagePosition !== r.stagePosition ? now : undefined,
          version: { increment: 1 },
          ...m.extra,
        },
      });
      if (moved.count !== 1) await conflict(tx, r.id);
      await settleWorkNotices(tx, r.id, now);
    }
    await recordEvent(tx, r, signer, outcome, now);
    for (const n of outcome.notices ?? []) {
      await notifyUsers(tx, {
        agencyId: r.agencyId,
        requestId: r.id,
        userIds: n.userIds,
        message: n.message,
        link: n.to === "desk" ? deskLink(r.id) : applicantLink(r.id),
      });
    }
  });
}

export async function recordEvent(tx: Tx, r: LoadedRequest, signer: Signer, o: Pick<Outcome, "move" | "event" | "audit">, now: Date) {
  const visible = o.event.visibleToApplicant ?? EVENT_KINDS[o.event.kind].audience === "applicant";
  await tx.requestEvent.create({
    data: {
      agencyId: r.agencyId,
      requestId: r.id,
      kind: o.event.kind,
      fromStatus: r.status,
      toStatus: o.move?.status ?? null,
      actorId: signer.id,
      actorName: signer.displayName,
      onBehalfOfId: signer.onBehalfOf?.id ?? null,
      visibleToApplicant: visible,
      message: o.event.message,
      data: o.event.data,
      createdAt: now,
    },
  });
  await recordAudit(tx, {
    agencyId: r.agencyId,
    requestId: r.id,
    actor: { id: signer.id, name: signer.displayName },
    onBehalfOfId: signer.onBehalfOf?.id ?? null,
    action: o.event.kind,
    entity: "ServiceRequest",
    entityId: r.id,
    before: o.audit.before ?? undefined,
    after: o.audit.after ?? undefined,
    createdAt: now,
  });
}

/** Holders of a role in the agency (to notify a stage nobody is assigned to yet). */
export async function holdersOf(tx: Tx, agencyId: string, role: Role): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { agencyId, role }, select: { userId: true } });
  return rows.map((m) => m.userId);
}

/**
 * Whoever should hear that the request reached a stage: its assignee, else every holder of the
 * stage's role and everyone standing in for one of them now.
 */
export async function stageRecipients(
  tx: Tx,
  agencyId: string,
  stage: Stage | undefined,
  assigneeId: string | null,
  now: Date,
): Promise<string[]> {
  if (!stage) return [];
  const officials = assigneeId ? [assigneeId] : await holdersOf(tx, agencyId, stage.role);
  const substitutes = await tx.delegation.findMany({
    where: {
      agencyId,
      startsAt: { lte: now },
      endsAt: { gt: now },
      OR: [{ officialId: { in: officials } }, ...(assigneeId ? [] : [{ officialId: null, role: stage.role }])],
    },
    select: { substituteId: true },
  });
  return [...officials, ...substitutes.map((s) => s.substituteId)];
}
