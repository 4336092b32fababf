import { nextStage, statusAt } from "../lifecycle";
import { requestFieldSchema } from "../requests/fields";
import { revisionItemsSchema, type RevisionItem } from "../requests/revision";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clockRunning, clockStart, needsTarget } from "./clock-start";
import { ensureHolds } from "./officials";
import { returnableFields } from "./return-fields";
import { type Actor, type LoadedRequest, stageRecipients, transition, type Tx } from "./transition";

/**
 * Verification on the desk: the completeness check that accepts a file and starts its clock, and
 * the return to the applicant with exactly what to fix (from any stage that allows it).
 */
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
  if (checks.some((c) => !byId.has(c.documentId)))
    throw new UserError("Daftar periksa tidak sesuai dengan dokumen terbaru. Muat ulang halaman.");
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
    data: checks.map((c) => ({
      agencyId: r.agencyId,
      requestId: r.id,
      documentId: c.documentId,
      valid: c.valid,
      reason: c.reason?.trim() || null,
      checkedById: checkerId,
    })),
  });
  return checks.filter((c) => !c.valid).map((c) => ({ ...c, doc: byId.get(c.documentId)! }));
}

/** VERIFY: every document is valid; the file is complete, the SLA clock starts, the request moves on. */
export async function acceptRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: {
    requestId: string;
    version: number;
    checks: DocumentFinding[];
    assigneeId?: string | null;
    targetWorkingDays?: number | null;
    targetReason?: string | null;
  },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "accept",
    async (tx, { r, stage }) => {
      const next = nextStage(r.stages, stage);
      if (!next) throw new UserError("Tahap berikutnya tidak ditemukan pada alur layanan ini.");
      if (input.assigneeId) await ensureHolds(tx, r.agencyId, input.assigneeId, next.role, "assigneeId");
      const invalid = await saveChecks(tx, r, actor.principal.id, input.checks, true);
      if (invalid.length > 0)
        throw new UserError("Ada dokumen yang ditandai perlu perbaikan. Pilih “Kembalikan kepada pemohon” atau tandai dokumen itu sah.");
      if ((await needsTarget(tx, r)) && !input.targetWorkingDays) {
        throw new UserError("Layanan ini “sesuai kompleksitas”: tetapkan target penyelesaian (hari kerja) dan alasannya.", {
          targetWorkingDays: ["Isi target penyelesaian dalam hari kerja."],
        });
      }
      if (input.targetWorkingDays && !input.targetReason?.trim())
        throw new UserError("Tulis alasan target penyelesaian.", { targetReason: ["Alasan wajib diisi."] });
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
          message:
            "Berkas dinyatakan lengkap." +
            (input.targetWorkingDays ? ` Target penyelesaian ${input.targetWorkingDays} hari kerja: ${input.targetReason?.trim()}` : ""),
        },
        audit: {
          before: { status: r.status, stagePosition: r.stagePosition },
          after: { status, stagePosition: next.position, assigneeId },
        },
        notices: [
          {
            to: "desk",
            userIds: await stageRecipients(tx, r.agencyId, next, assigneeId, now),
            message: `Permohonan ${r.registrationNumber} menunggu tindakan Anda: ${next.name}.`,
          },
          { to: "applicant", userIds: [r.applicantId], message: `Berkas permohonan ${r.registrationNumber} dinyatakan lengkap.` },
        ],
      };
    },
    now,
  );
}

/** Return to the applicant: exactly which documents (from the checklist) and fields to fix, and why. */
export async function returnToApplicant(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; version: number; reason: string; checks: DocumentFinding[]; fields: { field: string; reason: string }[] },
  now = new Date(),
) {
  await transition(
    prisma,
    actor,
    input,
    "return",
    async (tx, { r, stage }) => {
      const invalid = await saveChecks(tx, r, actor.principal.id, input.checks, stage.kind === "VERIFY");
      const service = await tx.service.findUniqueOrThrow({ where: { id: r.serviceId }, select: { requestFields: true } });
      const returnable = returnableFields(requestFieldSchema.array().parse(service.requestFields), r.scopeCodes);
      const unknown = input.fields.filter((f) => !returnable.some((x) => x.key === f.field));
      if (unknown.length) throw new UserError("Isian yang dipilih tidak ada pada permohonan ini. Muat ulang halaman.");
      const items: RevisionItem[] = [
        ...invalid.map((c) => ({
          kind: "document" as const,
          code: c.doc.requirementCode,
          label: c.doc.requirementName,
          reason: c.reason!.trim(),
        })),
        ...input.fields.map((f) => ({
          kind: "field" as const,
          field: f.field,
          label: returnable.find((x) => x.key === f.field)!.label,
          reason: f.reason.trim(),
        })),
      ];
      if (items.length === 0) {
        throw new UserError("Tandai dokumen yang perlu diperbaiki atau tulis alasan pada isian yang perlu diperbaiki.", {
          _form: ["Pilih sekurang-kurangnya satu dokumen atau isian yang perlu diperbaiki."],
        });
      }
      revisionItemsSchema.parse(items);
      await tx.revisionRequest.create({
        data: { agencyId: r.agencyId, requestId: r.id, createdById: actor.principal.id, reason: input.reason, items },
      });
      // The clock pauses only once it runs: a return before the file was ever complete pauses nothing.
      if (await clockRunning(tx, r)) {
        await tx.slaPause.create({
          data: { agencyId: r.agencyId, requestId: r.id, startedAt: now, reason: `Menunggu perbaikan dari pemohon: ${input.reason}` },
        });
      }
      return {
        move: { status: "PERLU_PERBAIKAN", stagePosition: r.stagePosition, assigneeId: r.assigneeId },
        event: { kind: "RETURNED", message: [input.reason, ...items.map((i) => `• ${i.label}: ${i.reason}`)].join("\n") },
        audit: { before: { status: r.status }, after: { status: "PERLU_PERBAIKAN", items } },
        notices: [{ to: "applicant", userIds: [r.applicantId], message: `Permohonan ${r.registrationNumber} perlu perbaikan.` }],
      };
    },
    now,
  );
}
