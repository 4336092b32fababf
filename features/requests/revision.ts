import { createHash } from "node:crypto";
import { z } from "zod";
import { type DocumentStore, newDocumentKey } from "../documents/store";
import { OPD_OTHER, requestFormSchema } from "./form-schema";
import { loadFormConfig } from "./submit";
import { acceptUploads, type UploadedFile } from "./uploads";
import { statusAt } from "../workflow/machine";
import { clockOfRequest } from "../sla/request-clock";
import { ConflictError, fieldErrorsOf, NotFoundError, UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Revision (perbaikan): staff return a request naming exactly which documents and fields to fix,
 * and why; the applicant changes only those and resubmits. Every document version is kept.
 */
export const REVISABLE_FIELDS = ["applicantName", "employeeNumber", "opdId", "jabatan", "scopeCode", "description"] as const;

export const revisionItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("document"), code: z.string(), label: z.string(), reason: z.string().min(1) }),
  /** `field` is one of REVISABLE_FIELDS or `details.<key>`. */
  z.object({ kind: z.literal("field"), field: z.string(), label: z.string(), reason: z.string().min(1) }),
]);
export const revisionItemsSchema = z.array(revisionItemSchema).min(1);
export type RevisionItem = z.infer<typeof revisionItemSchema>;

/** Returns a request to its applicant (the staff side calls this; tests call it directly). */
export async function returnForRevision(
  prisma: PrismaClient,
  input: { requestId: string; expectedVersion: number; actor: { id: string; name: string } | null; reason: string; items: RevisionItem[] },
): Promise<void> {
  const items = revisionItemsSchema.parse(input.items);
  await prisma.$transaction(async (tx) => {
    const moved = await tx.serviceRequest.updateMany({
      where: { id: input.requestId, version: input.expectedVersion, status: { in: ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"] } },
      data: { status: "PERLU_PERBAIKAN", version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new ConflictError("Permohonan ini sudah ditindaklanjuti oleh petugas lain. Muat ulang halaman.");
    const request = await tx.serviceRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { agencyId: true } });
    await tx.revisionRequest.create({
      data: { agencyId: request.agencyId, requestId: input.requestId, createdById: input.actor?.id, reason: input.reason, items },
    });
    await tx.slaPause.create({
      data: { agencyId: request.agencyId, requestId: input.requestId, startedAt: new Date(), reason: `Menunggu perbaikan dari pemohon: ${input.reason}` },
    });
    await tx.requestEvent.create({
      data: {
        agencyId: request.agencyId,
        requestId: input.requestId,
        kind: "RETURNED",
        toStatus: "PERLU_PERBAIKAN",
        actorId: input.actor?.id,
        actorName: input.actor?.name,
        message: [input.reason, ...items.map((i) => `• ${i.label}: ${i.reason}`)].join("\n"),
      },
    });
  });
}

export interface ResubmitInput {
  applicant: { id: string; name: string };
  requestId: string;
  /** The version the applicant saw; a stale form is refused. */
  expectedVersion: number;
  fields: Record<string, unknown>;
  files: Record<string, UploadedFile>;
}

export async function openRevisionFor(prisma: PrismaClient, applicantId: string, requestId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) return null;
  const request = await prisma.serviceRequest.findFirst({
    where: { id: requestId, applicantId },
    select: {
      id: true,
      agencyId: true,
      serviceId: true,
      status: true,
      version: true,
      registrationNumber: true,
      scopeCode: true,
      applicantName: true,
      employeeNumberKind: true,
      employeeNumber: true,
      opdId: true,
      opdName: true,
      jabatan: true,
      description: true,
      details: true,
      idempotencyKey: true,
      stagePosition: true,
      receivedCompleteAt: true,
      service: { select: { stages: { select: { position: true, kind: true, role: true, name: true } } } },
      documents: { where: { supersededAt: null }, select: { id: true, requirementCode: true, version: true, fileName: true } },
      revisions: { where: { resolvedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, reason: true, items: true } },
    },
  });
  if (!request) return null;
  const revision = request.revisions[0];
  return { request, revision: revision ? { ...revision, items: revisionItemsSchema.parse(revision.items) } : null };
}

export async function resubmitRevision(prisma: PrismaClient, store: DocumentStore, input: ResubmitInput, hooks: { beforeCommit?: (tx: Prisma.TransactionClient) => Promise<void> } = {}): Promise<void> {
  const open = await openRevisionFor(prisma, input.applicant.id, input.requestId);
  if (!open) throw new NotFoundError("Permohonan tidak ditemukan.");
  const { request, revision } = open;
  if (request.status !== "PERLU_PERBAIKAN" || !revision) {
    throw new ConflictError("Permohonan ini tidak sedang menunggu perbaikan. Muat ulang halaman untuk melihat statusnya.");
  }
  if (request.version !== input.expectedVersion) {
    throw new ConflictError("Permohonan ini berubah sejak halaman dibuka. Muat ulang halaman lalu perbaiki lagi.");
  }
  const loaded = await loadFormConfig(prisma, request.serviceId);
  if (!loaded) throw new NotFoundError("Layanan permohonan ini tidak lagi tersedia.");

  const fieldItems = new Set(revision.items.flatMap((i) => (i.kind === "field" ? [i.field] : [])));
  const docItems = revision.items.flatMap((i) => (i.kind === "document" ? [i.code] : []));

  // Start from what was submitted; only the fields named in the revision may change.
  const currentDetails = request.details as Record<string, string>;
  const merged: Record<string, unknown> = {
    idempotencyKey: request.idempotencyKey,
    serviceId: request.serviceId,
    applicantName: request.applicantName,
    employeeNumberKind: request.employeeNumberKind,
    employeeNumber: request.employeeNumber,
    opdId: request.opdId ?? OPD_OTHER,
    opdOther: request.opdId ? undefined : request.opdName,
    jabatan: request.jabatan,
    scopeCode: request.scopeCode ?? undefined,
    description: request.description,
    details: { ...currentDetails },
  };
  const submittedDetails = (input.fields.details ?? {}) as Record<string, string>;
  for (const field of fieldItems) {
    if (field.startsWith("details.")) {
      const key = field.slice("details.".length);
      (merged.details as Record<string, string>)[key] = submittedDetails[key] ?? "";
    } else if (field in input.fields) {
      merged[field] = input.fields[field];
      if (field === "opdId") merged.opdOther = input.fields.opdOther;
      if (field === "employeeNumber" && input.fields.employeeNumberKind) merged.employeeNumberKind = input.fields.employeeNumberKind;
    }
  }

  const parsed = requestFormSchema(loaded.config).safeParse(merged);
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // Every document the revision names must be sent again; one the service no longer asks for is skipped.
  const revisedDocuments = docItems.flatMap((code) => {
    const rule = loaded.config.documents.find((d) => d.code === code);
    return rule ? [{ ...rule, required: true }] : [];
  });
  const { accepted, fieldErrors: uploadErrors } = acceptUploads(revisedDocuments, input.files, {
    missingMessage: (name) => `Unggah ${name} yang sudah diperbaiki.`,
  });
  Object.assign(fieldErrors, uploadErrors);
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    throw new UserError("Perbaikan belum dapat dikirim. Periksa isian yang ditandai.", fieldErrors);
  }
  const v = parsed.data;
  const year = new Date().getUTCFullYear();
  const stored = accepted.map((a) => ({ ...a, storageKey: newDocumentKey(request.agencyId, year) }));
  const opdName = v.opdId === OPD_OTHER ? v.opdOther! : loaded.config.opds.find((o) => o.id === v.opdId)!.name;

  const now = new Date();
  try {
    await Promise.all(stored.map((s) => store.put(s.storageKey, s.file.bytes)));
    await prisma.$transaction(async (tx) => {
      // Back to where it was returned from: the same stage, with that stage's status.
      const stage = request.service.stages.find((s) => s.position === request.stagePosition);
      const status = stage ? statusAt(stage, request.receivedCompleteAt !== null) : "DIAJUKAN";
      const moved = await tx.serviceRequest.updateMany({
        where: { id: request.id, version: input.expectedVersion, status: "PERLU_PERBAIKAN" },
        data: {
          status,
          stageEnteredAt: now,
          version: { increment: 1 },
          applicantName: v.applicantName,
          employeeNumberKind: v.employeeNumberKind,
          employeeNumber: v.employeeNumber.replace(/\s+/g, ""),
          opdId: v.opdId === OPD_OTHER ? null : v.opdId,
          opdName,
          jabatan: v.jabatan,
          scopeCode: v.scopeCode ?? null,
          description: v.description,
          details: v.details,
        },
      });
      if (moved.count !== 1) throw new ConflictError("Perbaikan sudah dikirim sebelumnya atau permohonan berubah. Muat ulang halaman.");
      for (const s of stored) {
        const previous = request.documents.find((d) => d.requirementCode === s.code);
        if (previous) await tx.requestDocument.update({ where: { id: previous.id }, data: { supersededAt: now } });
        await tx.requestDocument.create({
          data: {
            agencyId: request.agencyId,
            requestId: request.id,
            requirementCode: s.code,
            requirementName: s.name,
            version: (previous?.version ?? 0) + 1,
            fileName: s.fileName,
            contentType: s.type,
            sizeBytes: s.file.size,
            sha256: createHash("sha256").update(s.file.bytes).digest("hex"),
            storageKey: s.storageKey,
            uploadedById: input.applicant.id,
          },
        });
      }
      await tx.revisionRequest.update({ where: { id: revision.id }, data: { resolvedAt: now } });
      // The clock resumes: the pause ends and the due moment moves by the paused working time.
      await tx.slaPause.updateMany({ where: { requestId: request.id, endedAt: null }, data: { endedAt: now } });
      const clock = await clockOfRequest(tx, request.id, now);
      if (clock?.dueAt) await tx.serviceRequest.update({ where: { id: request.id }, data: { dueAt: clock.dueAt } });
      await tx.requestEvent.create({
        data: {
          agencyId: request.agencyId,
          requestId: request.id,
          kind: "RESUBMITTED",
          fromStatus: "PERLU_PERBAIKAN",
          toStatus: status,
          actorId: input.applicant.id,
          actorName: input.applicant.name,
          message: `Diperbaiki: ${revision.items.map((i) => i.label).join(", ")}.`,
        },
      });
      await hooks.beforeCommit?.(tx);
    });
  } catch (error) {
    await Promise.all(stored.map((s) => store.remove(s.storageKey).catch(() => {})));
    throw error;
  }
}
