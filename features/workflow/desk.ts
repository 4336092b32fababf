import { randomUUID } from "node:crypto";
import type { Role } from "../auth/roles";
import { nextStage, stageAt, statusAt, URGENCY_NAMES, type Urgency } from "../lifecycle";
import { revisionItemsSchema, type RevisionItem } from "../requests/revision";
import { requestFieldSchema } from "../requests/fields";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clockRunning, clockStart, needsTarget } from "./clock-start";
import { returnableFields } from "./return-fields";
import { type Actor, type LoadedRequest, stageRecipients, transition, type Tx } from "./transition";

/**
 * The desk's commands, each a short use of the one transition template (transition.ts): what the
 * command validates, which rows it writes, where the request moves, what the timeline says and
 * who is told.
 */
export type { Actor } from "./transition";

export interface DocumentFinding {
  documentId: string;
  valid: boolean;
  reason?: string;
}

/**
 * Document findings. At a completeness check every current document gets a finding; an official
 * further down the chain (who returns a letter) names only the documents to fix.
 */
async function saveChecks(tx: Tx, r: LoadedRequest, checkerId: string, checks: DocumentFinding[], everyDocument: boolean) {
  const current = await tx.requestDocument.findMany({
    where: { requestId: r.id, supersededAt: null },
    select: { id: true, requirementCode: true, requirementName: true },
  });
  const byId = new Map(current.map((d) => [d.id, d]));
  if (checks.some((c) => !byId.has(c.documentId))) throw new UserError("Daftar periksa tidak sesuai dengan dokumen terbaru. Muat ulang halaman.");
  const unchecked = everyDocument ? current.filter((d) => !checks.some((c) => c.documentId === d.id)) : [];
  if (unchecked.length) {
    throw new UserError(
      "Periksa setiap dokumen: tandai sah atau perlu perbaikan.",
      Object.fromEntries(unchecked.map((d) => [`check.${d.id}`, ["Tandai sah atau perlu perbaikan."]])),
    );
  }
  const missing = checks.filter((c) => !c.valid && !c.reason?.trim());
  if (missing.length) {
    throw new UserError(
      "Tulis alasan untuk setiap dokumen yang perlu perbaikan.",
      Object.fromEntries(missing.map((c) => [`reason.${c.documentId}`, ["Tulis alasan perbaikan dokumen ini."]])),
    );
  }
  await tx.documentCheck.createMany({
    data: checks.map((c) => ({ agencyId: r.agencyId, requestId: r.id, documentId: c.documentId, valid: c.valid, reason: c.reason?.trim() || null, checkedById: checkerId })),
  });
  return checks.filter((c) => !c.valid).map((c) => ({ ...c, doc: byId.get(c.documentId)! }));
}

async function ensureHolds(db: PrismaClient | Tx, agencyId: string, userId: string, role: Role, field: string) {
  const m = await db.membership.findFirst({ where: { agencyId, userId, role }, select: { id: true } });
  if (!m) throw new UserError("Pejabat yang dipilih tidak memegang peran tahap berikutnya di instansi ini.", { [field]: ["Pilih pejabat dari daftar."] });
}

async function officialOf(db: PrismaClient | Tx, agencyId: string, userId: string, role: Role) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, memberships: { where: { agencyId }, select: { role: true, title: true } } },
  });
  const m = user.memberships.find((x) => x.role === role) ?? user.memberships[0];
  return { id: user.id, name: user.name, title: m?.title ?? role };
}

/** VERIFY: every document is valid; the file is complete, the SLA clock starts, the request moves on. */
export async function acceptRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; checks: DocumentFinding[]; assigneeId?: string | null; targetWorkingDays?: number | null; targetReason?: string | null },
  now = new Date(),
) {
  await transition(prisma, actor, input, "accept", async (tx, { r, stage }) => {
    const next = nextStage(r.stages, stage);
    if (!next) throw new UserError("Tahap berikutnya tidak ditemukan pada alur layanan ini.");
    if (input.assigneeId) await ensureHolds(tx, r.agencyId, input.assigneeId, next.role, "assigneeId");
    const invalid = await saveChecks(tx, r, actor.principal.id, input.checks, true);
    if (invalid.length > 0) throw new UserError("Ada dokumen yang ditandai perlu perbaikan. Pilih “Kembalikan kepada pemohon” atau tandai dokumen itu sah.");
    if ((await needsTarget(tx, r)) && !input.targetWorkingDays) {
      throw new UserError("Layanan ini “sesuai kompleksitas”: tetapkan target penyelesaian (hari kerja) dan alasannya.", {
        targetWorkingDays: ["Isi target penyelesaian dalam hari kerja."],
      });
    }
    if (input.targetWorkingDays && !input.targetReason?.trim()) throw new UserError("Tulis alasan target penyelesaian.", { targetReason: ["Alasan wajib diisi."] });
    const clock = await clockStart(tx, r, now, input.targetWorkingDays ?? null);
    const status = statusAt(r.stages, next);
    const assigneeId = input.assigneeId ?? null;
    return {
      move: {
        status,
        stagePosition: next.position,
        assigneeId,
        extra: { ...clock, targetWorkingDays: input.targetWorkingDays ?? null, targetReason: input.targetReason?.trim() || null },
      },
      event: {
        kind: "VERIFIED",
        message: "Berkas dinyatakan lengkap." + (input.targetWorkingDays ? ` Target penyelesaian ${input.targetWorkingDays} hari kerja: ${input.targetReason?.trim()}` : ""),
      },
      audit: { before: { status: r.status, stagePosition: r.stagePosition }, after: { status, stagePosition: next.position, assigneeId } },
      notices: [
        { to: "desk", userIds: await stageRecipients(tx, r.agencyId, next, assigneeId, now), message: `Permohonan ${r.registrationNumber} menunggu tindakan Anda: ${next.name}.` },
        { to: "applicant", userIds: [r.applicantId], message: `Berkas permohonan ${r.registrationNumber} dinyatakan lengkap.` },
      ],
    };
  }, now);
}

/** Return to the applicant: exactly which documents (from the checklist) and fields to fix, and why. */
export async function returnToApplicant(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; reason: string; checks: DocumentFinding[]; fields: { field: string; reason: string }[] },
  now = new Date(),
) {
  await transition(prisma, actor, input, "return", async (tx, { r, stage }) => {
    const invalid = await saveChecks(tx, r, actor.principal.id, input.checks, stage.kind === "VERIFY");
    const service = await tx.service.findUniqueOrThrow({ where: { id: r.serviceId }, select: { requestFields: true } });
    const returnable = returnableFields(requestFieldSchema.array().parse(service.requestFields), r.scopeCodes);
    const unknown = input.fields.filter((f) => !returnable.some((x) => x.key === f.field));
    if (unknown.length) throw new UserError("Isian yang dipilih tidak ada pada permohonan ini. Muat ulang halaman.");
    const items: RevisionItem[] = [
      ...invalid.map((c) => ({ kind: "document" as const, code: c.doc.requirementCode, label: c.doc.requirementName, reason: c.reason!.trim() })),
      ...input.fields.map((f) => ({ kind: "field" as const, field: f.field, label: returnable.find((x) => x.key === f.field)!.label, reason: f.reason.trim() })),
    ];
    if (items.length === 0) {
      throw new UserError("Tandai dokumen yang perlu diperbaiki atau tulis alasan pada isian yang perlu diperbaiki.", {
        _form: ["Pilih sekurang-kurangnya satu dokumen atau isian yang perlu diperbaiki."],
      });
    }
    revisionItemsSchema.parse(items);
    await tx.revisionRequest.create({ data: { agencyId: r.agencyId, requestId: r.id, createdById: actor.principal.id, reason: input.reason, items } });
    // The clock pauses only once it runs: a return before the file was ever complete pauses nothing.
    if (await clockRunning(tx, r)) {
      await tx.slaPause.create({ data: { agencyId: r.agencyId, requestId: r.id, startedAt: now, reason: `Menunggu perbaikan dari pemohon: ${input.reason}` } });
    }
    return {
      move: { status: "PERLU_PERBAIKAN", stagePosition: r.stagePosition, assigneeId: r.assigneeId },
      event: { kind: "RETURNED", message: [input.reason, ...items.map((i) => `• ${i.label}: ${i.reason}`)].join("\n") },
      audit: { before: { status: r.status }, after: { status: "PERLU_PERBAIKAN", items } },
      notices: [{ to: "applicant", userIds: [r.applicantId], message: `Permohonan ${r.registrationNumber} perlu perbaikan.` }],
    };
  }, now);
}

export async function rejectRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; reason: string }, now = new Date()) {
  await transition(prisma, actor, input, "reject", async (_tx, { r }) => ({
    move: { status: "DITOLAK", stagePosition: null, assigneeId: null, extra: { completedAt: now } },
    event: { kind: "REJECTED", message: input.reason },
    audit: { before: { status: r.status }, after: { status: "DITOLAK" } },
    notices: [{ to: "applicant", userIds: [r.applicantId], message: `Permohonan ${r.registrationNumber} ditolak.` }],
  }), now);
}

/**
 * Disposisi to a named official of the next stage's role. Instructions and the note are internal:
 * the applicant reads only where the request went, and the note when the official shows it.
 */
export async function disposeRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; toUserId: string; instructions: string[]; note?: string | null; urgency: Urgency; visibleToApplicant?: boolean },
  now = new Date(),
) {
  await transition(prisma, actor, input, "dispose", async (tx, { r, stage, signer }) => {
    const next = nextStage(r.stages, stage)!;
    await ensureHolds(tx, r.agencyId, input.toUserId, next.role, "toUserId");
    if (input.instructions.length === 0) throw new UserError("Pilih sekurang-kurangnya satu instruksi.", { instructions: ["Pilih sekurang-kurangnya satu instruksi."] });
    const to = await officialOf(tx, r.agencyId, input.toUserId, next.role);
    const note = input.note?.trim() || null;
    const shown = Boolean(input.visibleToApplicant && note);
    const clock = r.receivedCompleteAt ? {} : await clockStart(tx, r, now, null);
    const status = statusAt(r.stages, next);
    await tx.disposition.create({
      data: {
        agencyId: r.agencyId,
        requestId: r.id,
        stagePosition: stage.position,
        fromUserId: signer.id,
        fromName: signer.name,
        fromTitle: signer.title,
        onBehalfOfId: signer.onBehalfOf?.id ?? null,
        onBehalfOfName: signer.onBehalfOf?.name ?? null,
        toUserId: to.id,
        toName: to.name,
        toTitle: to.title,
        instructions: input.instructions,
        note,
        urgency: input.urgency,
        visibleToApplicant: shown,
        createdAt: now,
      },
    });
    return {
      move: { status, stagePosition: next.position, assigneeId: to.id, extra: clock },
      event: {
        kind: "DISPOSED",
        message: `Diteruskan kepada ${to.title}.${shown ? ` Catatan: ${note}` : ""}`,
        data: { urgency: URGENCY_NAMES[input.urgency] },
      },
      audit: { before: { stagePosition: r.stagePosition, assigneeId: r.assigneeId }, after: { stagePosition: next.position, assigneeId: to.id, instructions: input.instructions, note } },
      notices: [
        {
          to: "desk",
          userIds: await stageRecipients(tx, r.agencyId, next, to.id, now),
          message: `Disposisi ${URGENCY_NAMES[input.urgency].toLowerCase()}: permohonan ${r.registrationNumber} dari ${signer.displayName}.`,
        },
      ],
    };
  }, now);
}

/** EXECUTE: hand the work to another holder of the stage's own role. */
export async function assignRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; assigneeId: string }, now = new Date()) {
  await transition(prisma, actor, input, "assign", async (tx, { r, stage }) => {
    await ensureHolds(tx, r.agencyId, input.assigneeId, stage.role, "assigneeId");
    const to = await officialOf(tx, r.agencyId, input.assigneeId, stage.role);
    return {
      move: { status: r.status, stagePosition: r.stagePosition, assigneeId: to.id },
      event: { kind: "ASSIGNED", message: `Ditugaskan kepada ${to.title} (${to.name}).` },
      audit: { before: { assigneeId: r.assigneeId }, after: { assigneeId: to.id } },
      notices: [{ to: "desk", userIds: await stageRecipients(tx, r.agencyId, stage, to.id, now), message: `Permohonan ${r.registrationNumber} ditugaskan kepada Anda.` }],
    };
  }, now);
}

/** Send the request back one stage, to whoever disposed it into this one. */
export async function sendBack(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; reason: string }, now = new Date()) {
  await transition(prisma, actor, input, "send_back", async (tx, { r, stage }) => {
    const previous = stageAt(r.stages, stage.position - 1)!;
    const disposer = await tx.disposition.findFirst({
      where: { requestId: r.id, stagePosition: previous.position },
      orderBy: { createdAt: "desc" },
      select: { fromUserId: true, onBehalfOfId: true },
    });
    const backTo = disposer ? (disposer.onBehalfOfId ?? disposer.fromUserId) : null;
    const status = statusAt(r.stages, previous);
    return {
      move: { status, stagePosition: previous.position, assigneeId: backTo },
      event: { kind: "SENT_BACK", message: input.reason },
      audit: { before: { stagePosition: r.stagePosition }, after: { stagePosition: previous.position, assigneeId: backTo } },
      notices: [{ to: "desk", userIds: await stageRecipients(tx, r.agencyId, previous, backTo, now), message: `Permohonan ${r.registrationNumber} dikembalikan kepada Anda: ${input.reason}` }],
    };
  }, now);
}

/** Complete with a result summary; the applicant gets the result documents and a completion letter. */
export async function completeRequest(prisma: PrismaClient, actor: Actor, input: { requestId: string; version: number; resultSummary: string }, now = new Date()) {
  await transition(prisma, actor, input, "complete", async (_tx, { r }) => ({
    move: { status: "SELESAI", stagePosition: null, assigneeId: null, extra: { completedAt: now, resultSummary: input.resultSummary } },
    event: { kind: "COMPLETED", message: input.resultSummary },
    audit: { before: { status: r.status }, after: { status: "SELESAI" } },
    notices: [{ to: "applicant", userIds: [r.applicantId], message: `Permohonan ${r.registrationNumber} selesai. Hasil dan surat penyelesaian dapat diunduh.` }],
  }), now);
}

/** Records a result document (already stored) on a request at its execution stage. */
export async function addResultDocument(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; storageKey: string },
  now = new Date(),
) {
  await transition(prisma, actor, input, "result", async (tx, { r }) => {
    const doc = await tx.resultDocument.create({
      data: { id: randomUUID(), agencyId: r.agencyId, requestId: r.id, uploadedById: actor.principal.id, fileName: input.fileName, contentType: input.contentType, sizeBytes: input.sizeBytes, sha256: input.sha256, storageKey: input.storageKey, createdAt: now },
      select: { id: true },
    });
    return {
      event: { kind: "RESULT_ADDED", message: `Dokumen hasil diunggah: ${input.fileName}.` },
      audit: { before: null, after: { resultDocumentId: doc.id, fileName: input.fileName } },
    };
  }, now);
}

export { addNote } from "./note";
export { loadForAction } from "./transition";
