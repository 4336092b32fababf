import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type CsvValue, csvDocument } from "@/lib/csv";

/**
 * The personal-data access log (UU 27/2022): who reached whose personal data, when, from where.
 * Written when staff open a request page, view a document or a result, reveal a whole NIP/NIK, or
 * export something that holds personal data, and when an applicant downloads their own data. Read
 * by the platform admin for a breach report (3 × 24 hours): a time window and a person, as CSV.
 * An applicant reading their own request is not logged (it is their data).
 */
export const PERSONAL_DATA_ACCESS_KINDS = {
  REQUEST_VIEWED: "Membuka halaman permohonan",
  DOCUMENT_VIEWED: "Membuka dokumen persyaratan",
  RESULT_VIEWED: "Membuka dokumen hasil",
  IDENTITY_REVEALED: "Menampilkan NIP/NIK lengkap",
  EXPORTED: "Mengunduh ekspor berisi data pribadi",
  OWN_DATA_EXPORTED: "Mengunduh data pribadi sendiri",
} as const;
export type PersonalDataAccessKind = keyof typeof PERSONAL_DATA_ACCESS_KINDS;

export interface PersonalDataAccessWrite {
  actor: { id: string; name: string };
  kind: PersonalDataAccessKind;
  agencyId?: string | null;
  requestId?: string | null;
  /** Whose personal data was reached (user ids of applicants). */
  subjectIds: readonly string[];
  detail?: string | null;
  clientAddress?: string | null;
  at?: Date;
}

export async function recordPersonalDataAccess(db: PrismaClient | Prisma.TransactionClient, w: PersonalDataAccessWrite): Promise<void> {
  await db.personalDataAccess.create({
    data: {
      at: w.at,
      actorId: w.actor.id,
      actorName: w.actor.name,
      kind: w.kind,
      agencyId: w.agencyId ?? null,
      requestId: w.requestId ?? null,
      subjectIds: [...new Set(w.subjectIds)],
      detail: w.detail ?? null,
      clientAddress: w.clientAddress ?? null,
    },
  });
}

/**
 * A request's applicant reached by someone other than themselves: log it. Returns without writing
 * when the reader is the applicant.
 */
export async function recordRequestDataReached(
  db: PrismaClient | Prisma.TransactionClient,
  w: Omit<PersonalDataAccessWrite, "subjectIds"> & { requestId: string; applicantId: string },
): Promise<void> {
  if (w.actor.id === w.applicantId) return;
  await recordPersonalDataAccess(db, { ...w, subjectIds: [w.applicantId] });
}

/** The request fields an access entry names, from a request row. */
export function exported(row: { id: string; agencyId: string; applicantId: string }) {
  return { agencyId: row.agencyId, requestId: row.id, applicantId: row.applicantId };
}

export interface AccessQuery {
  from: Date;
  to: Date;
  /** Only accesses to this person's data (their user id). */
  subjectId?: string;
  /** Only accesses by this person (their user id). */
  actorId?: string;
}

export interface AccessRow {
  id: bigint;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  kind: string;
  agencyName: string | null;
  registrationNumber: string | null;
  subjects: { name: string; email: string }[];
  detail: string | null;
  clientAddress: string | null;
}

export const ACCESS_REPORT_LIMIT = 5000;

/** Accesses in [from, to), newest first, with the names a report needs. */
export async function listPersonalDataAccess(prisma: PrismaClient, q: AccessQuery, limit = ACCESS_REPORT_LIMIT): Promise<AccessRow[]> {
  const rows = await prisma.personalDataAccess.findMany({
    where: {
      at: { gte: q.from, lt: q.to },
      ...(q.subjectId ? { subjectIds: { has: q.subjectId } } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  const userIds = [...new Set(rows.flatMap((r) => [...r.subjectIds, ...(r.actorId ? [r.actorId] : [])]))];
  const [users, agencies, requests] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    prisma.agency.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.agencyId ? [r.agencyId] : [])))] } },
      select: { id: true, shortName: true },
    }),
    prisma.serviceRequest.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.requestId ? [r.requestId] : [])))] } },
      select: { id: true, registrationNumber: true },
    }),
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  const agency = new Map(agencies.map((a) => [a.id, a.shortName]));
  const request = new Map(requests.map((r) => [r.id, r.registrationNumber]));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actorName,
    actorEmail: r.actorId ? (user.get(r.actorId)?.email ?? null) : null,
    kind: r.kind,
    agencyName: r.agencyId ? (agency.get(r.agencyId) ?? null) : null,
    registrationNumber: r.requestId ? (request.get(r.requestId) ?? null) : null,
    subjects: r.subjectIds.map((id) => user.get(id) ?? { name: "(akun dihapus)", email: "" }),
    detail: r.detail,
    clientAddress: r.clientAddress,
  }));
}

export function accessKindLabel(kind: string): string {
  return PERSONAL_DATA_ACCESS_KINDS[kind as PersonalDataAccessKind] ?? kind;
}

const HEADER = [
  "waktu_utc",
  "pengakses",
  "email_pengakses",
  "alamat_klien",
  "jenis_akses",
  "instansi",
  "nomor_registrasi",
  "pemilik_data",
  "email_pemilik_data",
  "rincian",
] as const;

export function personalDataAccessCsv(rows: readonly AccessRow[]): string {
  return csvDocument(
    HEADER,
    rows.map((r): CsvValue[] => [
      r.at.toISOString(),
      r.actorName,
      r.actorEmail,
      r.clientAddress,
      accessKindLabel(r.kind),
      r.agencyName,
      r.registrationNumber,
      r.subjects.map((s) => s.name).join("; "),
      r.subjects.map((s) => s.email).join("; "),
      r.detail,
    ]),
  );
}
