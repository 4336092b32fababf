import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Who opened which document (personal data law: know who saw what). */
export async function recordDocumentOpened(
  prisma: PrismaClient,
  principal: Principal,
  doc: { agencyId: string; requestId: string; id: string; fileName: string; kind: "request" | "result" },
) {
  await prisma.auditEntry.create({
    data: {
      agencyId: doc.agencyId,
      requestId: doc.requestId,
      actorId: principal.id,
      actorName: principal.name,
      action: "DOCUMENT_OPENED",
      entity: doc.kind === "request" ? "RequestDocument" : "ResultDocument",
      entityId: doc.id,
      after: { fileName: doc.fileName },
    },
  });
}

const csvCell = (v: unknown) => {
  const s = v == null ? "" : typeof v === "string" ? v : JSON.stringify(v);
  // Quote everything; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** The request's audit trail as CSV (UTF-8 with BOM so spreadsheet software reads it correctly). */
export async function auditCsv(prisma: PrismaClient, requestId: string): Promise<string> {
  const rows = await prisma.auditEntry.findMany({
    where: { requestId },
    orderBy: { id: "asc" },
    select: { id: true, createdAt: true, actorName: true, actorId: true, onBehalfOfId: true, action: true, entity: true, entityId: true, before: true, after: true },
  });
  const header = ["id", "waktu_utc", "pelaku", "pelaku_id", "atas_nama_id", "tindakan", "entitas", "entitas_id", "sebelum", "sesudah"];
  const lines = rows.map((r) =>
    [String(r.id), r.createdAt.toISOString(), r.actorName, r.actorId, r.onBehalfOfId, r.action, r.entity, r.entityId, r.before, r.after].map(csvCell).join(","),
  );
  return "\uFEFF" + [header.join(","), ...lines].join("\r\n") + "\r\n";
}
