import type { DocumentStore } from "../documents/store";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { recordAudit } from "../audit/record";

/**
 * Removing a closed request's personal data (UU 27/2022): what identifies the applicant is blanked
 * or replaced, free text that may name people is cleared, and the documents (the applicant's and
 * the results) are deleted with their files. The facts stay: number, service, agency, lingkup,
 * OPD, dates, statuses, who on the staff acted. One transaction per request; the files go after it
 * commits (a file that cannot be removed is logged, its row is gone either way).
 */
export const ANONYMIZED = {
  name: "Pemohon (dianonimkan)",
  email: "anonim@loket.invalid",
  text: "(dihapus: data pribadi dianonimkan)",
  actor: "Pemohon",
} as const;

export const CLOSED_STATUSES = ["SELESAI", "DITOLAK", "DIBATALKAN"] as const;

/** DataErasure.kind, with the label a report shows. */
export const ERASURE_KINDS = {
  RETENTION: "Masa retensi berakhir",
  ACCOUNT_DELETION: "Penghapusan akun atas permintaan pemohon",
} as const;
export type ErasureKind = keyof typeof ERASURE_KINDS;

export interface AnonymizedRequest {
  requestId: string;
  documents: number;
  results: number;
  files: number;
}

type Tx = Prisma.TransactionClient;

/**
 * The request's audit entries keep their fact (action, entity, time, account ids) but lose the
 * personal data: the applicant's name as actor, and any before/after value that names the
 * applicant, their e-mail, NIP/NIK or their own words. The audit table allows exactly this, and
 * only in a transaction that declares the erasure (migration 20261204210000).
 */
async function scrubAuditEntries(tx: Tx, r: { id: string; applicantId: string }): Promise<void> {
  const request = await tx.serviceRequest.findUniqueOrThrow({
    where: { id: r.id },
    select: { applicantName: true, applicantEmail: true, employeeNumber: true, description: true, letterNumber: true },
  });
  const personal = [request.applicantName, request.applicantEmail, request.employeeNumber, request.description, request.letterNumber]
    .map((v) => v?.trim().toLowerCase() ?? "")
    .filter((v) => v.length >= 3);
  await tx.$queryRaw`SELECT set_config('loket.erasing_personal_data', 'on', true)`;
  await tx.$executeRaw`UPDATE "AuditEntry" SET "actorName" = ${ANONYMIZED.actor}
    WHERE "requestId" = ${r.id}::uuid AND "actorId" = ${r.applicantId}::uuid`;
  if (personal.length > 0) {
    await tx.$executeRaw`UPDATE "AuditEntry" SET "before" = NULL, "after" = NULL
      WHERE "requestId" = ${r.id}::uuid
        AND EXISTS (SELECT 1 FROM unnest(${personal}::text[]) AS p(v)
                    WHERE strpos(lower(COALESCE("before"::text, '') || ' ' || COALESCE("after"::text, '')), p.v) > 0)`;
  }
  await tx.$queryRaw`SELECT set_config('loket.erasing_personal_data', 'off', true)`;
}

/** Anonymizes one request inside the caller's transaction; returns the storage keys to delete after commit. */
export async function anonymizeRequestRows(
  tx: Tx,
  r: { id: string; agencyId: string; applicantId: string },
  now: Date,
): Promise<{ keys: string[]; documents: number; results: number }> {
  await scrubAuditEntries(tx, r);
  const documents = await tx.requestDocument.findMany({ where: { requestId: r.id }, select: { storageKey: true } });
  const results = await tx.resultDocument.findMany({ where: { requestId: r.id }, select: { storageKey: true } });
  await tx.requestDocument.deleteMany({ where: { requestId: r.id } });
  await tx.resultDocument.deleteMany({ where: { requestId: r.id } });
  await tx.serviceRequest.update({
    where: { id: r.id },
    data: {
      applicantName: ANONYMIZED.name,
      applicantEmail: ANONYMIZED.email,
      employeeNumber: "",
      jabatan: "-",
      description: ANONYMIZED.text,
      details: {},
      letterNumber: null,
      letterDate: null,
      resultSummary: null,
      targetReason: null,
      anonymizedAt: now,
    },
  });
  // Free text written about the request may name the applicant; the entries themselves stay.
  await tx.requestEvent.updateMany({ where: { requestId: r.id }, data: { message: null, data: Prisma.DbNull } });
  await tx.requestEvent.updateMany({ where: { requestId: r.id, actorId: r.applicantId }, data: { actorName: ANONYMIZED.actor } });
  await tx.requestNote.updateMany({ where: { requestId: r.id }, data: { body: ANONYMIZED.text } });
  await tx.revisionRequest.updateMany({ where: { requestId: r.id }, data: { reason: ANONYMIZED.text } });
  await tx.documentCheck.updateMany({ where: { requestId: r.id }, data: { reason: null } });
  await tx.disposition.updateMany({ where: { requestId: r.id }, data: { note: null } });
  await tx.notification.deleteMany({ where: { requestId: r.id, userId: r.applicantId } });
  return { keys: [...documents, ...results].map((d) => d.storageKey), documents: documents.length, results: results.length };
}

export async function removeFiles(store: DocumentStore, keys: readonly string[]): Promise<number> {
  let removed = 0;
  for (const key of keys) {
    try {
      await store.remove(key);
      removed++;
    } catch (error) {
      logger.error("anonymized document file not removed", { key, error: (error as Error)?.message ?? String(error) });
    }
  }
  return removed;
}

export interface RetentionRun {
  anonymized: AnonymizedRequest[];
}

/**
 * The retention job: every closed request whose agency's retention (Agency.retentionYears, counted
 * from when the request closed) has run out by `now` is anonymized, with a RETENTION erasure
 * record and an audit entry each; both keep the fact, never the personal data.
 */
export async function anonymizeExpiredRequests(
  prisma: PrismaClient,
  store: DocumentStore,
  options: { now?: Date; batch?: number; agencyId?: string } = {},
): Promise<RetentionRun> {
  const now = options.now ?? new Date();
  const due = await prisma.$queryRaw<{ id: string; agencyId: string; applicantId: string; closedAt: Date; retentionYears: number }[]>`
    SELECT r."id", r."agencyId", r."applicantId", COALESCE(r."completedAt", r."updatedAt") AS "closedAt", a."retentionYears"
    FROM "ServiceRequest" r JOIN "Agency" a ON a."id" = r."agencyId"
    WHERE r."anonymizedAt" IS NULL AND r."stagePosition" IS NULL
      AND r."status" IN ('SELESAI', 'DITOLAK', 'DIBATALKAN')
      AND COALESCE(r."completedAt", r."updatedAt") < ${now}::timestamptz - make_interval(years => a."retentionYears")
      AND (${options.agencyId ?? null}::uuid IS NULL OR r."agencyId" = ${options.agencyId ?? null}::uuid)
    ORDER BY r."id"
    LIMIT ${options.batch ?? 200}`;
  const anonymized: AnonymizedRequest[] = [];
  const kind: ErasureKind = "RETENTION";
  for (const r of due) {
    const done = await prisma.$transaction(async (tx) => {
      const rows = await anonymizeRequestRows(tx, r, now);
      const summary = {
        retentionYears: r.retentionYears,
        closedAt: r.closedAt.toISOString(),
        documents: rows.documents,
        results: rows.results,
      };
      await tx.dataErasure.create({
        data: {
          kind,
          agencyId: r.agencyId,
          requestId: r.id,
          at: now,
          reason: `Masa retensi ${r.retentionYears} tahun sejak permohonan ditutup telah berakhir: data pribadi dianonimkan, dokumen dihapus.`,
          summary,
        },
      });
      await recordAudit(tx, {
        agencyId: r.agencyId,
        requestId: r.id,
        action: "REQUEST_ANONYMIZED",
        entity: "ServiceRequest",
        entityId: r.id,
        after: { erasure: kind, ...summary },
        createdAt: now,
      });
      return rows;
    });
    const files = await removeFiles(store, done.keys);
    anonymized.push({ requestId: r.id, documents: done.documents, results: done.results, files });
  }
  return { anonymized };
}
