import { randomUUID } from "node:crypto";
import { dueDate } from "../sla/business-time";
import { loadBusinessCalendar } from "../sla/calendar-store";
import { policyOfRequest } from "../sla/request-clock";
import type { Principal } from "../auth/roles";
import { revisionItemsSchema, type RevisionItem } from "../requests/revision";
import { mailTransport } from "../notifications/mailer";
import { notificationMail } from "../notifications/templates";
import { env } from "@/lib/env";
import { ConflictError, ForbiddenError, NotFoundError, UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { allowedActions, type DeskAction, type RequestStatus, type Stage, statusAt, URGENCY_NAMES, type Urgency } from "./machine";

/**
 * The staff desk's transitions. Each is one short transaction guarded by the request's version and
 * status (two officers acting on the same step: exactly one wins), writes the timeline, the audit
 * trail and the notifications together, and checks that the officer holds the current stage (or
 * stands in for its holder as Plh/Plt, or is the agency admin).
 */
type Tx = Prisma.TransactionClient;

export interface Actor {
  principal: Principal;
}

interface LoadedRequest {
  id: string;
  agencyId: string;
  serviceId: string;
  applicantId: string;
  applicantEmail: string;
  registrationNumber: string;
  status: RequestStatus;
  version: number;
  stagePosition: number | null;
  assigneeId: string | null;
  receivedCompleteAt: Date | null;
  submittedAt: Date;
  scopeCode: string | null;
  stages: Stage[];
}

async function loadForAction(prisma: PrismaClient | Tx, principal: Principal, requestId: string): Promise<LoadedRequest> {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new NotFoundError("Permohonan tidak ditemukan.");
  const agencies = principal.memberships.map((m) => m.agencyId);
  const r = await prisma.serviceRequest.findFirst({
    where: principal.isPlatformAdmin ? { id: requestId } : { id: requestId, agencyId: { in: agencies } },
    select: {
      id: true,
      agencyId: true,
      serviceId: true,
      applicantId: true,
      applicantEmail: true,
      registrationNumber: true,
      status: true,
      version: true,
      stagePosition: true,
      assigneeId: true,
      receivedCompleteAt: true,
      submittedAt: true,
      scopeCode: true,
      service: { select: { stages: { orderBy: { position: "asc" }, select: { position: true, kind: true, role: true, name: true } } } },
    },
  });
  if (!r) throw new NotFoundError("Permohonan tidak ditemukan.");
  return { ...r, stages: r.service.stages };
}

/** Officials this principal currently stands in for (Plh/Plt) in an agency. */
async function activeDelegators(prisma: PrismaClient | Tx, principal: Principal, agencyId: string, now: Date): Promise<string[]> {
  const rows = await prisma.delegation.findMany({
    where: { agencyId, substituteId: principal.id, startsAt: { lte: now }, endsAt: { gt: now } },
    select: { officialId: true },
  });
  return rows.flatMap((r) => (r.officialId ? [r.officialId] : []));
}

export interface Authority {
  /** Set when the officer acts as a substitute. */
  onBehalfOf: { id: string; name: string } | null;
}

/**
 * May the principal act on the request's current stage? The stage's role in the request's agency
 * (and, once the stage is assigned to a named official, only that official), the agency admin, or
 * an active substitute of the official who would otherwise act.
 */
export async function authorityOver(prisma: PrismaClient | Tx, principal: Principal, r: LoadedRequest, now = new Date()): Promise<Authority> {
  const stage = r.stages.find((s) => s.position === r.stagePosition);
  if (!stage) throw new ConflictError("Permohonan ini sudah ditutup; tidak ada tindakan yang dapat dilakukan.");
  const roles = principal.memberships.filter((m) => m.agencyId === r.agencyId).map((m) => m.role);
  if (principal.isPlatformAdmin || roles.includes("ADMIN")) return { onBehalfOf: null };
  const holdsRole = roles.includes(stage.role as (typeof roles)[number]);
  if (holdsRole && (!r.assigneeId || r.assigneeId === principal.id)) return { onBehalfOf: null };

  const delegators = await activeDelegators(prisma, principal, r.agencyId, now);
  if (delegators.length > 0) {
    const candidates = r.assigneeId
      ? delegators.filter((d) => d === r.assigneeId)
      : (
          await prisma.membership.findMany({
            where: { agencyId: r.agencyId, role: stage.role as never, userId: { in: delegators } },
            select: { userId: true },
          })
        ).map((m) => m.userId);
    if (candidates[0]) {
      const official = await prisma.user.findUniqueOrThrow({ where: { id: candidates[0] }, select: { id: true, name: true } });
      return { onBehalfOf: official };
    }
  }
  throw new ForbiddenError(
    r.assigneeId && holdsRole
      ? "Tahap ini ditugaskan kepada pejabat lain."
      : "Tindakan pada tahap ini hanya untuk pemegang peran tahap tersebut.",
  );
}

async function lastActorName(prisma: PrismaClient | Tx, requestId: string): Promise<string> {
  const e = await prisma.requestEvent.findFirst({
    where: { requestId },
    orderBy: { createdAt: "desc" },
    select: { actorName: true },
  });
  return e?.actorName ?? "petugas lain";
}

async function conflict(prisma: PrismaClient, requestId: string): Promise<never> {
  const name = await lastActorName(prisma, requestId);
  throw new ConflictError(
    `Permohonan ini sudah ditindaklanjuti oleh ${name}. Tindakan Anda tidak disimpan; muat ulang halaman untuk melihat keadaan terbaru.`,
  );
}

/** Someone acted since the officer opened the page: say who, before anything else. */
async function ensureCurrent(prisma: PrismaClient, r: LoadedRequest, expectedVersion: number) {
  if (r.version !== expectedVersion) await conflict(prisma, r.id);
}

function ensureAllowed(r: LoadedRequest, action: DeskAction) {
  const stage = r.stages.find((s) => s.position === r.stagePosition);
  if (!allowedActions(stage, r.status, r.stages.length).includes(action)) {
    throw new ConflictError("Tindakan ini tidak tersedia pada tahap permohonan saat ini. Muat ulang halaman.");
  }
  return stage!;
}

interface TransitionWrite {
  status: RequestStatus;
  stagePosition: number | null;
  assigneeId: string | null;
  extra?: Prisma.ServiceRequestUpdateManyMutationInput;
}

/** The version-guarded update: exactly one concurrent caller gets count 1. */
async function move(tx: Tx, r: LoadedRequest, expectedVersion: number, w: TransitionWrite, now: Date): Promise<boolean> {
  const moved = await tx.serviceRequest.updateMany({
    where: { id: r.id, version: expectedVersion, status: r.status, stagePosition: r.stagePosition },
    data: {
      status: w.status,
      stagePosition: w.stagePosition,
      assigneeId: w.assigneeId,
      stageEnteredAt: w.stagePosition !== r.stagePosition ? now : undefined,
      version: { increment: 1 },
      ...w.extra,
    },
  });
  return moved.count === 1;
}

interface Record_ {
  kind: string;
  message: string;
  visibleToApplicant: boolean;
  toStatus?: RequestStatus;
  data?: Prisma.InputJsonValue;
}

async function record(tx: Tx, r: LoadedRequest, actor: Actor, authority: Authority, e: Record_, before: unknown, after: unknown, now: Date) {
  const p = actor.principal;
  const actorName = authority.onBehalfOf ? `${p.name} (a.n. ${authority.onBehalfOf.name})` : p.name;
  await tx.requestEvent.create({
    data: {
      agencyId: r.agencyId,
      requestId: r.id,
      kind: e.kind,
      fromStatus: r.status,
      toStatus: e.toStatus ?? null,
      actorId: p.id,
      actorName,
      onBehalfOfId: authority.onBehalfOf?.id ?? null,
      visibleToApplicant: e.visibleToApplicant,
      message: e.message,
      data: e.data,
      createdAt: now,
    },
  });
  await tx.auditEntry.create({
    data: {
      agencyId: r.agencyId,
      requestId: r.id,
      actorId: p.id,
      actorName: p.name,
      onBehalfOfId: authority.onBehalfOf?.id ?? null,
      action: e.kind,
      entity: "ServiceRequest",
      entityId: r.id,
      before: before as Prisma.InputJsonValue,
      after: after as Prisma.InputJsonValue,
      createdAt: now,
    },
  });
}

/**
 * In-app notification and an e-mail copy for each recipient, written in the transition's own
 * transaction (they exist exactly when the change does); mail is delivered after commit.
 */
async function notify(tx: Tx, r: LoadedRequest, userIds: (string | null | undefined)[], message: string, link: string) {
  const ids = [...new Set(userIds.filter((u): u is string => Boolean(u)))];
  if (ids.length === 0) return;
  await tx.notification.createMany({ data: ids.map((userId) => ({ userId, agencyId: r.agencyId, requestId: r.id, message, link })) });
  const users = await tx.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { email: true } });
  const transport = mailTransport();
  await tx.mailMessage.createMany({
    data: users.map((u) => ({ to: u.email, transport, ...notificationMail(message, `${env().appUrl}${link}`) })),
  });
}

/** Holders of a role in the agency (to notify a stage nobody is assigned to yet). */
async function holdersOf(tx: Tx, agencyId: string, role: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { agencyId, role: role as never }, select: { userId: true } });
  return rows.map((m) => m.userId);
}

async function nextStageRecipients(tx: Tx, r: LoadedRequest, nextPosition: number, assigneeId: string | null) {
  if (assigneeId) return [assigneeId];
  const next = r.stages.find((s) => s.position === nextPosition);
  return next ? holdersOf(tx, r.agencyId, next.role) : [];
}

const deskLink = (id: string) => `/meja/permohonan/${id}`;
const applicantLink = (id: string) => `/permohonan/${id}`;

async function computeDueAt(tx: Tx, r: LoadedRequest, start: Date, targetWorkingDays: number | null): Promise<Date | null> {
  const policy = await policyOfRequest(tx, r.serviceId, r.scopeCode);
  if (!policy) return null;
  const calendar = await loadBusinessCalendar(tx, r.agencyId);
  // Policies that start at submission count from then, not from the verification.
  const from = policy.startsAt === "submitted" ? r.submittedAt : start;
  return dueDate(policy, calendar, from, targetWorkingDays ? { targetWorkingDays } : undefined);
}

// ---------------------------------------------------------------------------------------------

export interface DocumentFinding {
  documentId: string;
  valid: boolean;
  reason?: string;
}

async function saveChecks(tx: Tx, r: LoadedRequest, actor: Actor, checks: DocumentFinding[]) {
  const current = await tx.requestDocument.findMany({
    where: { requestId: r.id, supersededAt: null },
    select: { id: true, requirementCode: true, requirementName: true },
  });
  const byId = new Map(current.map((d) => [d.id, d]));
  for (const c of checks) if (!byId.has(c.documentId)) throw new UserError("Daftar periksa tidak sesuai dengan dokumen terbaru. Muat ulang halaman.");
  if (checks.length !== current.length) throw new UserError("Periksa setiap dokumen: tandai sah atau perlu perbaikan.");
  for (const c of checks) {
    if (!c.valid && !c.reason?.trim()) throw new UserError("Tulis alasan untuk setiap dokumen yang perlu perbaikan.", { [`reason.${c.documentId}`]: ["Alasan wajib diisi."] });
  }
  await tx.documentCheck.createMany({
    data: checks.map((c) => ({
      agencyId: r.agencyId,
      requestId: r.id,
      documentId: c.documentId,
      valid: c.valid,
      reason: c.reason?.trim() || null,
      checkedById: actor.principal.id,
    })),
  });
  return checks.filter((c) => !c.valid).map((c) => ({ ...c, doc: byId.get(c.documentId)! }));
}

/** VERIFY: every document is valid; the file is complete, the SLA clock starts, the request moves on. */
export async function acceptRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; checks: DocumentFinding[]; assigneeId?: string | null; targetWorkingDays?: number | null; targetReason?: string | null },
  now = new Date(),
) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  const stage = ensureAllowed(r, "accept");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  const next = r.stages.find((s) => s.position === stage.position + 1);
  if (!next) throw new UserError("Tahap berikutnya tidak ditemukan pada alur layanan ini.");
  if (input.assigneeId) await ensureHolds(prisma, r.agencyId, input.assigneeId, next.role);
  await prisma.$transaction(async (tx) => {
    const invalid = await saveChecks(tx, r, actor, input.checks);
    if (invalid.length > 0) throw new UserError("Ada dokumen yang perlu perbaikan. Gunakan “Kembalikan kepada pemohon”.");
    const policyNeedsTarget = await needsTarget(tx, r);
    if (policyNeedsTarget && !input.targetWorkingDays) {
      throw new UserError("Layanan ini “sesuai kompleksitas”: tetapkan target penyelesaian (hari kerja) dan alasannya.", {
        targetWorkingDays: ["Isi target penyelesaian dalam hari kerja."],
      });
    }
    if (input.targetWorkingDays && !input.targetReason?.trim()) {
      throw new UserError("Tulis alasan target penyelesaian.", { targetReason: ["Alasan wajib diisi."] });
    }
    const dueAt = await computeDueAt(tx, r, now, input.targetWorkingDays ?? null);
    const ok = await move(tx, r, input.version, {
      status: statusAt(next, true),
      stagePosition: next.position,
      assigneeId: input.assigneeId ?? null,
      extra: {
        receivedCompleteAt: r.receivedCompleteAt ?? now,
        dueAt,
        targetWorkingDays: input.targetWorkingDays ?? null,
        targetReason: input.targetReason?.trim() || null,
      },
    }, now);
    if (!ok) return conflict(prisma, r.id);
    await record(tx, r, actor, authority, {
      kind: "VERIFIED",
      message: "Berkas dinyatakan lengkap." + (input.targetWorkingDays ? ` Target penyelesaian ${input.targetWorkingDays} hari kerja: ${input.targetReason}` : ""),
      visibleToApplicant: true,
      toStatus: statusAt(next, true),
    }, { status: r.status, stagePosition: r.stagePosition }, { status: statusAt(next, true), stagePosition: next.position, assigneeId: input.assigneeId ?? null }, now);
    await notify(tx, r, await nextStageRecipients(tx, r, next.position, input.assigneeId ?? null), `Permohonan ${r.registrationNumber} menunggu tindakan Anda: ${next.name}.`, deskLink(r.id));
    await notify(tx, r, [r.applicantId], `Berkas permohonan ${r.registrationNumber} dinyatakan lengkap.`, applicantLink(r.id));
  });
}

async function needsTarget(tx: Tx, r: LoadedRequest): Promise<boolean> {
  return (await policyOfRequest(tx, r.serviceId, r.scopeCode))?.kind === "complexity";
}

async function ensureHolds(prisma: PrismaClient | Tx, agencyId: string, userId: string, role: string) {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw new UserError("Pilih pejabat dari daftar.", { toUserId: ["Pilih pejabat dari daftar."] });
  const m = await prisma.membership.findFirst({ where: { agencyId, userId, role: role as never }, select: { id: true } });
  if (!m) throw new UserError("Pejabat yang dipilih tidak memegang peran tahap berikutnya di instansi ini.", { toUserId: ["Pilih pejabat dari daftar."] });
}

/** Return to the applicant: exactly which documents (from the checklist) and fields to fix, and why. */
export async function returnToApplicant(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; reason: string; checks: DocumentFinding[]; fields: { field: string; label: string; reason: string }[] },
  now = new Date(),
) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  ensureAllowed(r, "return");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  await prisma.$transaction(async (tx) => {
    const invalid = await saveChecks(tx, r, actor, input.checks);
    const items: RevisionItem[] = [
      ...invalid.map((c) => ({ kind: "document" as const, code: c.doc.requirementCode, label: c.doc.requirementName, reason: c.reason!.trim() })),
      ...input.fields.map((f) => ({ kind: "field" as const, field: f.field, label: f.label, reason: f.reason })),
    ];
    if (items.length === 0) throw new UserError("Tandai dokumen atau isian yang perlu diperbaiki beserta alasannya.");
    revisionItemsSchema.parse(items);
    const ok = await move(tx, r, input.version, { status: "PERLU_PERBAIKAN", stagePosition: r.stagePosition, assigneeId: r.assigneeId }, now);
    if (!ok) return conflict(prisma, r.id);
    await tx.revisionRequest.create({ data: { agencyId: r.agencyId, requestId: r.id, createdById: actor.principal.id, reason: input.reason, items } });
    await tx.slaPause.create({ data: { agencyId: r.agencyId, requestId: r.id, startedAt: now, reason: `Menunggu perbaikan dari pemohon: ${input.reason}` } });
    await record(tx, r, actor, authority, {
      kind: "RETURNED",
      message: [input.reason, ...items.map((i) => `• ${i.label}: ${i.reason}`)].join("\n"),
      visibleToApplicant: true,
      toStatus: "PERLU_PERBAIKAN",
    }, { status: r.status }, { status: "PERLU_PERBAIKAN", items }, now);
    await notify(tx, r, [r.applicantId], `Permohonan ${r.registrationNumber} perlu perbaikan.`, applicantLink(r.id));
  });
}

export async function rejectRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; reason: string }, now = new Date()) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  ensureAllowed(r, "reject");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  await prisma.$transaction(async (tx) => {
    const ok = await move(tx, r, input.version, { status: "DITOLAK", stagePosition: null, assigneeId: null, extra: { completedAt: now } }, now);
    if (!ok) return conflict(prisma, r.id);
    await record(tx, r, actor, authority, { kind: "REJECTED", message: input.reason, visibleToApplicant: true, toStatus: "DITOLAK" }, { status: r.status }, { status: "DITOLAK" }, now);
    await notify(tx, r, [r.applicantId], `Permohonan ${r.registrationNumber} ditolak.`, applicantLink(r.id));
  });
}

/** Disposisi to a named official of the next stage's role. */
export async function disposeRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; toUserId: string; instructions: string[]; note?: string | null; urgency: Urgency },
  now = new Date(),
) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  const stage = ensureAllowed(r, "dispose");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  const next = r.stages.find((s) => s.position === stage.position + 1)!;
  await ensureHolds(prisma, r.agencyId, input.toUserId, next.role);
  if (input.instructions.length === 0) throw new UserError("Pilih sekurang-kurangnya satu instruksi.", { instructions: ["Pilih instruksi."] });
  const [from, to] = await Promise.all([
    officialOf(prisma, r.agencyId, authority.onBehalfOf?.id ?? actor.principal.id, stage.role),
    officialOf(prisma, r.agencyId, input.toUserId, next.role),
  ]);
  await prisma.$transaction(async (tx) => {
    const firstMove = r.receivedCompleteAt === null;
    const dueAt = firstMove ? await computeDueAt(tx, r, now, null) : undefined;
    const ok = await move(tx, r, input.version, {
      status: statusAt(next, true),
      stagePosition: next.position,
      assigneeId: input.toUserId,
      extra: firstMove ? { receivedCompleteAt: now, dueAt } : undefined,
    }, now);
    if (!ok) return conflict(prisma, r.id);
    await tx.disposition.create({
      data: {
        agencyId: r.agencyId,
        requestId: r.id,
        stagePosition: stage.position,
        fromUserId: actor.principal.id,
        // A substitute signs with their own name under the official's title: "Plh. Kepala Dinas …".
        fromName: actor.principal.name,
        fromTitle: authority.onBehalfOf
          ? `${delegationPrefix(await delegationKind(tx, r.agencyId, authority.onBehalfOf.id, actor.principal.id, now))} ${from.title}`
          : from.title,
        onBehalfOfId: authority.onBehalfOf?.id ?? null,
        onBehalfOfName: authority.onBehalfOf?.name ?? null,
        toUserId: to.id,
        toName: to.name,
        toTitle: to.title,
        instructions: input.instructions,
        note: input.note?.trim() || null,
        urgency: input.urgency,
        createdAt: now,
      },
    });
    await record(tx, r, actor, authority, {
      kind: "DISPOSED",
      message: `Disposisi kepada ${to.title} (${to.name}): ${input.instructions.join(", ")}.${input.note?.trim() ? ` Catatan: ${input.note.trim()}` : ""}`,
      visibleToApplicant: true,
      toStatus: statusAt(next, true),
      data: { urgency: URGENCY_NAMES[input.urgency] },
    }, { stagePosition: r.stagePosition, assigneeId: r.assigneeId }, { stagePosition: next.position, assigneeId: to.id }, now);
    await notify(tx, r, [to.id], `Disposisi ${URGENCY_NAMES[input.urgency].toLowerCase()}: permohonan ${r.registrationNumber} dari ${from.name}.`, deskLink(r.id));
  });
}

async function delegationKind(tx: Tx, agencyId: string, officialId: string, substituteId: string, now: Date) {
  const d = await tx.delegation.findFirst({
    where: { agencyId, officialId, substituteId, startsAt: { lte: now }, endsAt: { gt: now } },
    select: { kind: true },
  });
  return d?.kind ?? "PLH";
}

const delegationPrefix = (kind: "PLH" | "PLT") => (kind === "PLT" ? "Plt." : "Plh.");

async function officialOf(prisma: PrismaClient | Tx, agencyId: string, userId: string, role: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, memberships: { where: { agencyId }, select: { role: true, title: true } } },
  });
  const m = user.memberships.find((x) => x.role === role) ?? user.memberships[0];
  return { id: user.id, name: user.name, title: m?.title ?? role };
}

/** EXECUTE: hand the work to a named penanggung jawab teknis (or another holder of the stage). */
export async function assignRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; assigneeId: string }, now = new Date()) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  ensureAllowed(r, "assign");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  const holds = await prisma.membership.findFirst({
    where: { agencyId: r.agencyId, userId: input.assigneeId, role: { in: ["PENANGGUNG_JAWAB_TEKNIS", "PETUGAS_LAYANAN"] } },
    select: { id: true },
  });
  if (!holds) throw new UserError("Pilih penanggung jawab teknis dari daftar.", { assigneeId: ["Pilih dari daftar."] });
  const to = await officialOf(prisma, r.agencyId, input.assigneeId, "PENANGGUNG_JAWAB_TEKNIS");
  await prisma.$transaction(async (tx) => {
    const ok = await move(tx, r, input.version, { status: r.status, stagePosition: r.stagePosition, assigneeId: to.id }, now);
    if (!ok) return conflict(prisma, r.id);
    await record(tx, r, actor, authority, { kind: "ASSIGNED", message: `Ditugaskan kepada ${to.title} (${to.name}).`, visibleToApplicant: true }, { assigneeId: r.assigneeId }, { assigneeId: to.id }, now);
    await notify(tx, r, [to.id], `Permohonan ${r.registrationNumber} ditugaskan kepada Anda.`, deskLink(r.id));
  });
}

/** Send the request back one stage, to whoever disposed it into this one. */
export async function sendBack(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; reason: string }, now = new Date()) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  const stage = ensureAllowed(r, "send_back");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  const previous = r.stages.find((s) => s.position === stage.position - 1)!;
  const disposer = await prisma.disposition.findFirst({
    where: { requestId: r.id, stagePosition: previous.position },
    orderBy: { createdAt: "desc" },
    select: { fromUserId: true, onBehalfOfId: true },
  });
  const backTo = disposer ? (disposer.onBehalfOfId ?? disposer.fromUserId) : null;
  await prisma.$transaction(async (tx) => {
    const ok = await move(tx, r, input.version, { status: statusAt(previous, r.receivedCompleteAt !== null), stagePosition: previous.position, assigneeId: backTo }, now);
    if (!ok) return conflict(prisma, r.id);
    await record(tx, r, actor, authority, { kind: "SENT_BACK", message: input.reason, visibleToApplicant: false, toStatus: statusAt(previous, true) }, { stagePosition: r.stagePosition }, { stagePosition: previous.position, assigneeId: backTo }, now);
    await notify(tx, r, await nextStageRecipients(tx, r, previous.position, backTo), `Permohonan ${r.registrationNumber} dikembalikan kepada Anda: ${input.reason}`, deskLink(r.id));
  });
}

/** A progress note, internal or visible to the applicant. Needs no stage: any staff of the agency may note. */
export async function addNote(prisma: PrismaClient, actor: Actor, input: { requestId: string; body: string; visibleToApplicant: boolean }, now = new Date()) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await prisma.$transaction(async (tx) => {
    await tx.requestNote.create({
      data: { agencyId: r.agencyId, requestId: r.id, authorId: actor.principal.id, authorName: actor.principal.name, visibleToApplicant: input.visibleToApplicant, body: input.body, createdAt: now },
    });
    await record(tx, r, actor, { onBehalfOf: null }, { kind: "NOTE", message: input.body, visibleToApplicant: input.visibleToApplicant }, null, { note: input.body, visibleToApplicant: input.visibleToApplicant }, now);
    if (input.visibleToApplicant) await notify(tx, r, [r.applicantId], `Catatan baru pada permohonan ${r.registrationNumber}.`, applicantLink(r.id));
  });
}

/** Complete with a result summary; the applicant gets the result documents and a completion letter. */
export async function completeRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; resultSummary: string }, now = new Date()) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  await ensureCurrent(prisma, r, input.version);
  ensureAllowed(r, "complete");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  await prisma.$transaction(async (tx) => {
    const ok = await move(tx, r, input.version, { status: "SELESAI", stagePosition: null, assigneeId: null, extra: { completedAt: now, resultSummary: input.resultSummary } }, now);
    if (!ok) return conflict(prisma, r.id);
    await record(tx, r, actor, authority, { kind: "COMPLETED", message: input.resultSummary, visibleToApplicant: true, toStatus: "SELESAI" }, { status: r.status }, { status: "SELESAI" }, now);
    await notify(tx, r, [r.applicantId], `Permohonan ${r.registrationNumber} selesai. Hasil dan surat penyelesaian dapat diunduh.`, applicantLink(r.id));
  });
}

/** Records a result document (already stored) on a request at its execution stage. */
export async function addResultDocument(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; storageKey: string },
  now = new Date(),
) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  ensureAllowed(r, "result");
  const authority = await authorityOver(prisma, actor.principal, r, now);
  await prisma.$transaction(async (tx) => {
    const doc = await tx.resultDocument.create({
      data: {
        id: randomUUID(),
        agencyId: r.agencyId,
        requestId: r.id,
        uploadedById: actor.principal.id,
        fileName: input.fileName,
        contentType: input.contentType,
        sizeBytes: input.sizeBytes,
        sha256: input.sha256,
        storageKey: input.storageKey,
        createdAt: now,
      },
      select: { id: true },
    });
    await record(tx, r, actor, authority, { kind: "RESULT_ADDED", message: `Dokumen hasil diunggah: ${input.fileName}.`, visibleToApplicant: true }, null, { resultDocumentId: doc.id, fileName: input.fileName }, now);
  });
}

export { loadForAction };
