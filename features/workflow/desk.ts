import { randomUUID } from "node:crypto";
import { stageAt, statusAt, nextStage, URGENCY_NAMES, type Urgency } from "../lifecycle";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clockStart } from "./clock-start";
import { ensureHolds, officialOf } from "./officials";
import { type Actor, stageRecipients, transition } from "./transition";

/**
 * The desk's commands, each a short use of the one transition template (transition.ts): what the
 * command validates, which rows it writes, where the request moves, what the timeline says and
 * who is told. Verification and the return to the applicant live in verification.ts.
 */
export type { Actor } from "./transition";
export { acceptRequest, returnToApplicant, type DocumentFinding } from "./verification";

export async function rejectRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; reason: string },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "reject",
    async (_tx, { r }) => ({
      move: { status: "DITOLAK", stagePosition: null, assigneeId: null, extra: { completedAt: now } },
      event: { kind: "REJECTED", message: input.reason },
      audit: { before: { status: r.status }, after: { status: "DITOLAK" } },
      notices: [{ to: "applicant", userIds: [r.applicantId], message: `Permohonan ${r.registrationNumber} ditolak.` }],
    }),
    now,
  );
}

/**
 * Disposisi to a named official of the next stage's role. Instructions and the note are internal:
 * the applicant reads only where the request went, and the note when the official shows it.
 */
export async function disposeRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: {
    requestId: string;
    version: number;
    toUserId: string;
    instructions: string[];
    note?: string | null;
    urgency: Urgency;
    visibleToApplicant?: boolean;
  },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "dispose",
    async (tx, { r, stage, signer }) => {
      const next = nextStage(r.stages, stage)!;
      await ensureHolds(tx, r.agencyId, input.toUserId, next.role, "toUserId");
      if (input.instructions.length === 0)
        throw new UserError("Pilih sekurang-kurangnya satu instruksi.", { instructions: ["Pilih sekurang-kurangnya satu instruksi."] });
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
        audit: {
          before: { stagePosition: r.stagePosition, assigneeId: r.assigneeId },
          after: { stagePosition: next.position, assigneeId: to.id, instructions: input.instructions, note },
        },
        notices: [
          {
            to: "desk",
            userIds: await stageRecipients(tx, r.agencyId, next, to.id, now),
            message: `Disposisi ${URGENCY_NAMES[input.urgency].toLowerCase()}: permohonan ${r.registrationNumber} dari ${signer.displayName}.`,
          },
        ],
      };
    },
    now,
  );
}

/** EXECUTE: hand the work to another holder of the stage's own role. */
export async function assignRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; assigneeId: string },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "assign",
    async (tx, { r, stage }) => {
      await ensureHolds(tx, r.agencyId, input.assigneeId, stage.role, "assigneeId");
      const to = await officialOf(tx, r.agencyId, input.assigneeId, stage.role);
      return {
        move: { status: r.status, stagePosition: r.stagePosition, assigneeId: to.id },
        event: { kind: "ASSIGNED", message: `Ditugaskan kepada ${to.title} (${to.name}).` },
        audit: { before: { assigneeId: r.assigneeId }, after: { assigneeId: to.id } },
        notices: [
          {
            to: "desk",
            userIds: await stageRecipients(tx, r.agencyId, stage, to.id, now),
            message: `Permohonan ${r.registrationNumber} ditugaskan kepada Anda.`,
          },
        ],
      };
    },
    now,
  );
}

/** Send the request back one stage, to whoever disposed it into this one. */
export async function sendBack(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; reason: string },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "send_back",
    async (tx, { r, stage }) => {
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
        notices: [
          {
            to: "desk",
            userIds: await stageRecipients(tx, r.agencyId, previous, backTo, now),
            message: `Permohonan ${r.registrationNumber} dikembalikan kepada Anda: ${input.reason}`,
          },
        ],
      };
    },
    now,
  );
}

/** Complete with a result summary; the applicant gets the result documents and a completion letter. */
export async function completeRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; resultSummary: string },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "complete",
    async (_tx, { r }) => ({
      move: { status: "SELESAI", stagePosition: null, assigneeId: null, extra: { completedAt: now, resultSummary: input.resultSummary } },
      event: { kind: "COMPLETED", message: input.resultSummary },
      audit: { before: { status: r.status }, after: { status: "SELESAI" } },
      notices: [
        {
          to: "applicant",
          userIds: [r.applicantId],
          message: `Permohonan ${r.registrationNumber} selesai. Hasil dan surat penyelesaian dapat diunduh.`,
        },
      ],
    }),
    now,
  );
}

/** Records a result document (already stored) on a request at its execution stage. */
export async function addResultDocument(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; storageKey: string },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "result",
    async (tx, { r }) => {
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
      return {
        event: { kind: "RESULT_ADDED", message: `Dokumen hasil diunggah: ${input.fileName}.` },
        audit: { before: null, after: { resultDocumentId: doc.id, fileName: input.fileName } },
      };
    },
    now,
  );
}

export { addNote } from "./note";
export { loadForAction } from "./transition";
