import type { Principal } from "../auth/roles";
import { type CsvValue, csvDocument } from "@/lib/csv";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordRequestDataReached } from "../audit/personal-data";
import { recordAudit } from "../audit/record";

/** Who opened which document (personal data law: know who saw what). */
export async function recordDocumentOpened(
  prisma: PrismaClient,
  principal: Principal,
  doc: {
    agencyId: string;
    requestId: string;
    id: string;
    fileName: string;
    kind: "request" | "result";
    request: { applicantId: string };
    clientAddress?: string | null;
  },
) {
  await recordRequestDataReached(prisma, {
    actor: principal,
    kind: doc.kind === "request" ? "DOCUMENT_VIEWED" : "RESULT_VIEWED",
    agencyId: doc.agencyId,
    requestId: doc.requestId,
    applicantId: doc.request.applicantId,
    detail: doc.fileName,
    clientAddress: doc.clientAddress,
  });
  await recordAudit(prisma, {
    agencyId: doc.agencyId,
    requestId: doc.requestId,
    actor: principal,
    action: "DOCUMENT_OPENED",
    entity: doc.kind === "request" ? "RequestDocument" : "ResultDocument",
    entityId: doc.id,
    after: { fileName: doc.fileName },
  });
}

export interface AuditRow {
  id: bigint | number;
  createdAt: Date;
  actorName: string | null;
  actorId: string | null;
  onBehalfOfId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** The request's audit trail as CSV, through the same writer as every other export. */
export async function auditCsv(prisma: PrismaClient, requestId: string): Promise<string> {
  const rows = await prisma.auditEntry.findMany({
    where: { requestId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      createdAt: true,
      actorName: true,
      actorId: true,
      onBehalfOfId: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
  return auditTrailCsv(rows);
}

const AUDIT_HEADER = [
  "id",
  "waktu_utc",
  "pelaku",
  "pelaku_id",
  "atas_nama_id",
  "tindakan",
  "entitas",
  "entitas_id",
  "sebelum",
  "sesudah",
] as const;

/** A JSON before/after value as text: a plain string stays itself, anything else is its JSON. */
const jsonText = (v: unknown): CsvValue => (v == null ? null : typeof v === "string" ? v : JSON.stringify(v));

export function auditTrailCsv(rows: readonly AuditRow[]): string {
  return csvDocument(
    AUDIT_HEADER,
    rows.map((r) => [
      r.id,
      r.createdAt.toISOString(),
      r.actorName,
      r.actorId,
      r.onBehalfOfId,
      r.action,
      r.entity,
      r.entityId,
      jsonText(r.before),
      jsonText(r.after),
    ]),
  );
}
