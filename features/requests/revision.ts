import { createHash } from "node:crypto";
import { z } from "@/lib/validation";
import { type DocumentStore, newDocumentKey } from "../documents/store";
import { storeThenRecord } from "../documents/uploads";
import { fieldsForScopes } from "./fields";
import { OPD_OTHER, type RequestFormConfig, requestFormSchema } from "./form-schema";
import { loadFormConfig, storedAnswers } from "./submit";
import { acceptUploads, type UploadedFile } from "./uploads";
import { statusAt } from "../lifecycle";
import { clockOfRequest } from "../sla/request-clock";
import { ConflictError, fieldErrorsOf, NotFoundError, UserError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Revision (perbaikan): staff return a request naming exactly which documents and fields to fix,
 * and why; the applicant changes only those and resubmits. Every document version is kept.
 */
export const REVISABLE_FIELDS = [
  "applicantName",
  "employeeNumber",
  "opdId",
  "jabatan",
  "scopeCodes",
  "letterNumber",
  "letterDate",
  "description",
] as const;

export const revisionItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("document"), code: z.string(), label: z.string(), reason: z.string().min(1) }),
  /** `field` is one of REVISABLE_FIELDS or `details.<key>`. */
  z.object({ kind: z.literal("field"), field: z.string(), label: z.string(), reason: z.string().min(1) }),
]);
export const revisionItemsSchema = z.array(revisionItemSchema).min(1);
export type RevisionItem = z.infer<typeof revisionItemSchema>;

export interface ResubmitInput {
  applicant: { id: string; name: string };
  requestId: string;
  /** The version the applicant saw; a stale form is refused. */
  expectedVersion: number;
  fields: Record<string, unknown>;
  files: Record<string, UploadedFile>;
  now?: Date;
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
      scopeCodes: true,
      letterNumber: true,
      letterDate: true,
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

export async function resubmitRevision(
  prisma: PrismaClient,
  store: DocumentStore,
  input: ResubmitInput,
  hooks: { beforeCommit?: (tx: Prisma.TransactionClient) => Promise<void> } = {},
): Promise<void> {
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

  const docItems = revision.items.flatMap((i) => (i.kind === "document" ? [i.code] : []));
  const merged = revisedValues(loaded.config, request, editableFields(loaded.config, revision.items), input.fields);
  const now = input.now ?? new Date();

  const parsed = requestFormSchema(loaded.config, { today: now }).safeParse(merged);
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // Every document the revision names must be sent again; one the service no longer asks for is skipped.
  const revisedDocuments = docItems.flatMap((code) => {
    const rule = loaded.config.documents.find((d) => d.code === code);
    return rule ? [{ ...rule, required: true }] : [];
  });
  const { accepted, fieldErrors: uploadErrors } = await acceptUploads(revisedDocuments, input.files, {
    missingMessage: (name) => `Unggah ${name} yang sudah diperbaiki.`,
  });
  Object.assign(fieldErrors, uploadErrors);
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    throw new UserError("Perbaikan belum dapat dikirim. Periksa isian yang ditandai.", fieldErrors);
  }
  const v = parsed.data;
  const answers = storedAnswers(loaded.config, v);
  const year = now.getUTCFullYear();
  const stored = accepted.map((a) => ({ ...a, storageKey: newDocumentKey(request.agencyId, year) }));
  const opdName = v.opdId === OPD_OTHER ? v.opdOther! : loaded.config.opds.find((o) => o.id === v.opdId)!.name;

  await storeThenRecord(
    store,
    stored.map((s) => ({ storageKey: s.storageKey, bytes: s.file.bytes })),
    () =>
      prisma.$transaction(async (tx) => {
        // Back to where it was returned from: the same stage, with that stage's status.
        const stage = request.service.stages.find((s) => s.position === request.stagePosition);
        const status = stage ? statusAt(request.service.stages, stage) : "DIAJUKAN";
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
            scopeCode: answers.scopeCodes[0] ?? null,
            scopeCodes: answers.scopeCodes,
            letterNumber: answers.letterNumber,
            letterDate: answers.letterDate ? new Date(`${answers.letterDate}T00:00:00Z`) : null,
            description: v.description,
            details: answers.details,
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
      }),
  );
}

type OpenRequest = NonNullable<Awaited<ReturnType<typeof openRevisionFor>>>["request"];

/**
 * The inputs a revision lets the applicant change: the fields it names and, when it names the
 * lingkup, the service fields of every lingkup (a newly ticked one brings fields to fill in).
 */
export function editableFields(config: RequestFormConfig, items: readonly RevisionItem[]): Set<string> {
  const named = new Set(items.flatMap((i) => (i.kind === "field" ? [i.field] : [])));
  if (named.has("scopeCodes")) {
    for (const f of config.fields) if (f.scopes) named.add(`details.${f.key}`);
  }
  return named;
}

/** The request's values as submitted, in the form's shape (the revision form starts from them). */
export function submittedValues(request: OpenRequest) {
  return {
    idempotencyKey: request.idempotencyKey,
    serviceId: request.serviceId,
    applicantName: request.applicantName,
    employeeNumberKind: request.employeeNumberKind,
    employeeNumber: request.employeeNumber,
    opdId: request.opdId ?? OPD_OTHER,
    opdOther: request.opdId ? undefined : request.opdName,
    jabatan: request.jabatan,
    scopeCodes: request.scopeCodes,
    letterNumber: request.letterNumber ?? undefined,
    letterDate: request.letterDate?.toISOString().slice(0, 10),
    description: request.description,
    details: { ...(request.details as Record<string, string>) },
  };
}

export type RequestValues = ReturnType<typeof submittedValues>;

/** What the request says after the revision: as submitted, with only the editable inputs replaced. */
export function revisedValues(
  config: RequestFormConfig,
  request: OpenRequest,
  editable: ReadonlySet<string>,
  sent: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = submittedValues(request);
  const details = values.details as Record<string, string>;
  const sentDetails = (sent.details ?? {}) as Record<string, string>;
  const scopeCodes = editable.has("scopeCodes") && Array.isArray(sent.scopeCodes) ? (sent.scopeCodes as string[]) : request.scopeCodes;
  const visible = new Set(fieldsForScopes(config.fields, scopeCodes).map((f) => f.key));
  for (const field of editable) {
    if (field.startsWith("details.")) {
      const key = field.slice("details.".length);
      if (visible.has(key)) details[key] = sentDetails[key] ?? "";
    } else if (field in sent) {
      values[field] = sent[field];
      if (field === "opdId") values.opdOther = sent.opdOther;
      if (field === "employeeNumber" && sent.employeeNumberKind) values.employeeNumberKind = sent.employeeNumberKind;
    }
  }
  return values;
}
