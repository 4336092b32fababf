import { createHash } from "node:crypto";
import type { DocumentStore } from "../documents/store";
import { newDocumentKey } from "../documents/store";
import { checkUpload, SNIFF_BYTES } from "../documents/file-type";
import { requestFieldSchema } from "./fields";
import {
  documentInputName,
  identityKindsFor,
  OPD_OTHER,
  type RequestFormConfig,
  requestFormSchema,
} from "./form-schema";
import { formatRegistrationNumber, generateTrackingCode } from "./numbering";
import { eligibilityMessage, emailMatchesAllowedDomains } from "./service-fields";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError, UserError } from "@/lib/errors";

/**
 * Submitting a request: validate everything first, store the files, then write every row in one
 * short transaction. Either all of it exists afterwards or none of it (files of a failed attempt
 * are removed). A repeated submission with the same idempotency key returns the first request.
 */
export interface UploadedFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

export interface SubmitInput {
  applicant: { id: string; email: string };
  fields: Record<string, unknown>;
  /** Files by requirement code. */
  files: Record<string, UploadedFile>;
  now?: Date;
}

export interface SubmitResult {
  requestId: string;
  registrationNumber: string;
  /** True when this was a repeat of an earlier submission (same idempotency key). */
  duplicate: boolean;
}

export interface SubmitHooks {
  /** Test seam: runs inside the transaction after every row is written. */
  beforeCommit?: (tx: Prisma.TransactionClient) => Promise<void>;
}

export const SERVICE_UNAVAILABLE = "Layanan tidak ditemukan atau tidak sedang menerima permohonan.";

export async function loadFormConfig(prisma: PrismaClient, serviceId: string): Promise<{
  config: RequestFormConfig;
  agency: { id: string; code: string; timeZone: string };
  allowedEmailDomains: string[];
} | null> {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return null;
  const service = await prisma.service.findFirst({
    where: { id: serviceId, status: "PUBLISHED" },
    select: {
      id: true,
      allowsAsn: true,
      allowsNonAsn: true,
      allowsPublic: true,
      allowedEmailDomains: true,
      requestFields: true,
      agency: { select: { id: true, code: true, name: true, domain: true, timeZone: true } },
      scopes: { orderBy: { position: "asc" }, select: { code: true, name: true } },
      documents: {
        orderBy: { position: "asc" },
        select: { code: true, name: true, required: true, allowedTypes: true, maxSizeBytes: true },
      },
    },
  });
  if (!service) return null;
  const opds = await prisma.opd.findMany({
    where: { agencyId: service.agency.id, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    config: {
      serviceId: service.id,
      agencyName: service.agency.name,
      agencyDomain: service.agency.domain,
      identityKinds: identityKindsFor(service),
      scopes: service.scopes,
      fields: requestFieldSchema.array().parse(service.requestFields),
      documents: service.documents,
      opds,
    },
    agency: { id: service.agency.id, code: service.agency.code, timeZone: service.agency.timeZone },
    allowedEmailDomains: service.allowedEmailDomains,
  };
}

function localYear(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(instant));
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

export async function submitRequest(
  prisma: PrismaClient,
  store: DocumentStore,
  input: SubmitInput,
  hooks: SubmitHooks = {},
): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  const serviceId = String(input.fields.serviceId ?? "");
  const loaded = await loadFormConfig(prisma, serviceId);
  if (!loaded) throw new NotFoundError(SERVICE_UNAVAILABLE);
  const { config, agency } = loaded;

  if (!emailMatchesAllowedDomains(input.applicant.email, loaded.allowedEmailDomains)) {
    throw new UserError(eligibilityMessage(loaded.allowedEmailDomains) ?? SERVICE_UNAVAILABLE);
  }

  const fieldErrors: Record<string, string[]> = {};
  const parsed = requestFormSchema(config, { today: now }).safeParse(input.fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  }

  const known = new Set(config.documents.map((d) => d.code));
  for (const code of Object.keys(input.files)) {
    if (!known.has(code)) (fieldErrors["_form"] ??= []).push("Ada berkas untuk dokumen yang tidak diminta layanan ini.");
  }
  const accepted: { code: string; name: string; fileName: string; type: string; file: UploadedFile }[] = [];
  for (const doc of config.documents) {
    const file = input.files[doc.code];
    const key = documentInputName(doc.code);
    if (!file) {
      if (doc.required) fieldErrors[key] = [`Unggah ${doc.name}.`];
      continue;
    }
    const check = checkUpload(
      { name: file.name, size: file.size, bytes: file.bytes.subarray(0, SNIFF_BYTES) },
      { allowedTypes: doc.allowedTypes, maxSizeBytes: doc.maxSizeBytes, label: doc.name },
    );
    if (!check.ok) fieldErrors[key] = [check.message];
    else accepted.push({ code: doc.code, name: doc.name, fileName: check.fileName, type: check.type, file });
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    throw new UserError("Permohonan belum dapat dikirim. Periksa isian yang ditandai.", fieldErrors);
  }
  const v = parsed.data;

  const existing = await prisma.serviceRequest.findUnique({
    where: { applicantId_idempotencyKey: { applicantId: input.applicant.id, idempotencyKey: v.idempotencyKey } },
    select: { id: true, registrationNumber: true },
  });
  if (existing) return { requestId: existing.id, registrationNumber: existing.registrationNumber, duplicate: true };

  const year = localYear(now, agency.timeZone);
  const stored = accepted.map((a) => ({ ...a, storageKey: newDocumentKey(agency.id, year) }));
  const opdName = v.opdId === OPD_OTHER ? v.opdOther! : config.opds.find((o) => o.id === v.opdId)!.name;
  const details = Object.fromEntries(
    Object.entries(v.details)
      .map(([k, val]) => [k, val.trim()] as const)
      .filter(([k, val]) => val && config.fields.some((f) => f.key === k)),
  );

  try {
    await Promise.all(stored.map((s) => store.put(s.storageKey, s.file.bytes)));
    const created = await prisma.$transaction(
      async (tx) => {
        const [counter] = await tx.$queryRaw<{ last: number }[]>`
          INSERT INTO "RequestCounter" ("agencyId", "year", "last") VALUES (${agency.id}::uuid, ${year}, 1)
          ON CONFLICT ("agencyId", "year") DO UPDATE SET "last" = "RequestCounter"."last" + 1
          RETURNING "last"`;
        const registrationNumber = formatRegistrationNumber({ agencyCode: agency.code, year, sequence: counter!.last });
        const request = await tx.serviceRequest.create({
          data: {
            agencyId: agency.id,
            serviceId: config.serviceId,
            scopeCode: config.scopes.length ? v.scopeCode : null,
            applicantId: input.applicant.id,
            registrationNumber,
            year,
            sequence: counter!.last,
            trackingCode: generateTrackingCode(),
            applicantName: v.applicantName,
            applicantEmail: input.applicant.email,
            employeeNumberKind: v.employeeNumberKind,
            employeeNumber: v.employeeNumber.replace(/\s+/g, ""),
            opdId: v.opdId === OPD_OTHER ? null : v.opdId,
            opdName,
            jabatan: v.jabatan,
            description: v.description,
            details,
            idempotencyKey: v.idempotencyKey,
            submittedAt: now,
            documents: {
              create: stored.map((s) => ({
                agencyId: agency.id,
                requirementCode: s.code,
                requirementName: s.name,
                version: 1,
                fileName: s.fileName,
                contentType: s.type,
                sizeBytes: s.file.size,
                sha256: createHash("sha256").update(s.file.bytes).digest("hex"),
                storageKey: s.storageKey,
                uploadedById: input.applicant.id,
              })),
            },
            events: {
              create: {
                agencyId: agency.id,
                kind: "SUBMITTED",
                toStatus: "DIAJUKAN",
                actorId: input.applicant.id,
                actorName: v.applicantName,
                message: "Permohonan diajukan.",
                createdAt: now,
              },
            },
          },
          select: { id: true, registrationNumber: true },
        });
        // The profile remembers what was typed, to prefill the next form.
        await tx.user.update({
          where: { id: input.applicant.id },
          data: {
            name: v.applicantName,
            employeeNumberKind: v.employeeNumberKind,
            employeeNumber: v.employeeNumber.replace(/\s+/g, ""),
            jabatan: v.jabatan,
            opdId: v.opdId === OPD_OTHER ? null : v.opdId,
            opdOther: v.opdId === OPD_OTHER ? v.opdOther : null,
          },
        });
        await hooks.beforeCommit?.(tx);
        return request;
      },
      { timeout: 15_000 },
    );
    return { requestId: created.id, registrationNumber: created.registrationNumber, duplicate: false };
  } catch (error) {
    await Promise.all(stored.map((s) => store.remove(s.storageKey).catch(() => {})));
    if (isUniqueViolation(error)) {
      // A concurrent twin of this submission won the race: answer with its request.
      const twin = await prisma.serviceRequest.findUnique({
        where: { applicantId_idempotencyKey: { applicantId: input.applicant.id, idempotencyKey: v.idempotencyKey } },
        select: { id: true, registrationNumber: true },
      });
      if (twin) return { requestId: twin.id, registrationNumber: twin.registrationNumber, duplicate: true };
    }
    throw error;
  }
}
