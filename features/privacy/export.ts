import JSZip from "jszip";
import type { DocumentStore } from "../documents/store";
import { recordPersonalDataAccess } from "../audit/personal-data";
import { eventLabel } from "../lifecycle/events";
import { STATUS } from "../lifecycle/status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PRIVACY_NOTICE } from "./notice";

/**
 * "Data saya": everything Loket holds about one person, as one ZIP: `data-saya.json` (account,
 * profile, roles, requests with their fields, the timeline entries and notes they may see,
 * documents' metadata, results, notifications, accesses to their data) and the files of their
 * documents under `dokumen/`. Only rows of this user are read; the caller records the export.
 */
export const EXPORT_JSON = "data-saya.json";

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 120);

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function collectPersonalData(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      passwordHash: true,
      employeeNumberKind: true,
      employeeNumber: true,
      jabatan: true,
      opdOther: true,
      phone: true,
      createdAt: true,
      updatedAt: true,
      opd: { select: { name: true } },
      memberships: { select: { role: true, title: true, nip: true, createdAt: true, agency: { select: { name: true } } } },
    },
  });
  const requests = await prisma.serviceRequest.findMany({
    where: { applicantId: userId },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      registrationNumber: true,
      trackingCode: true,
      status: true,
      submittedAt: true,
      completedAt: true,
      scopeCodes: true,
      letterNumber: true,
      letterDate: true,
      applicantName: true,
      applicantEmail: true,
      employeeNumberKind: true,
      employeeNumber: true,
      opdName: true,
      jabatan: true,
      description: true,
      details: true,
      resultSummary: true,
      privacyNoticeVersion: true,
      privacyAcknowledgedAt: true,
      anonymizedAt: true,
      agency: { select: { name: true } },
      service: { select: { name: true } },
      events: {
        where: { visibleToApplicant: true },
        orderBy: { createdAt: "asc" },
        select: { kind: true, toStatus: true, actorName: true, message: true, createdAt: true },
      },
      notes: {
        where: { visibleToApplicant: true },
        orderBy: { createdAt: "asc" },
        select: { authorName: true, body: true, createdAt: true },
      },
      revisions: { orderBy: { createdAt: "asc" }, select: { reason: true, items: true, createdAt: true, resolvedAt: true } },
      documents: {
        orderBy: [{ requirementCode: "asc" }, { version: "asc" }],
        select: {
          id: true,
          requirementName: true,
          version: true,
          fileName: true,
          contentType: true,
          sizeBytes: true,
          sha256: true,
          storageKey: true,
          createdAt: true,
          supersededAt: true,
        },
      },
      results: {
        select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, storageKey: true, createdAt: true },
      },
    },
  });
  const notifications = await prisma.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { message: true, link: true, readAt: true, createdAt: true },
  });
  const accesses = await prisma.personalDataAccess.findMany({
    where: { OR: [{ subjectIds: { has: userId } }, { actorId: userId }] },
    orderBy: { at: "asc" },
    select: { at: true, kind: true, actorName: true, detail: true },
  });
  return { user, requests, notifications, accesses };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;

const filePath = (registrationNumber: string, id: string, fileName: string) =>
  `dokumen/${registrationNumber}/${id.slice(0, 8)}-${safeName(fileName)}`;

/** The JSON document of the export: readable field names, labels next to codes, file paths inside the ZIP. */
export function exportDocument(data: PersonalData, exportedAt: Date) {
  const { user } = data;
  return {
    dibuatPada: exportedAt.toISOString(),
    pemberitahuanPrivasi: { versi: PRIVACY_NOTICE.version, alamat: "/privasi" },
    akun: {
      id: user.id,
      email: user.email,
      emailTerverifikasi: user.emailVerified,
      nama: user.name,
      punyaKataSandi: Boolean(user.passwordHash),
      dibuat: user.createdAt,
      diperbarui: user.updatedAt,
    },
    profil: {
      jenisNomor: user.employeeNumberKind,
      nomor: user.employeeNumber,
      jabatan: user.jabatan,
      dinas: user.opd?.name ?? user.opdOther,
      telepon: user.phone,
    },
    peran: user.memberships.map((m) => ({ instansi: m.agency.name, peran: m.role, jabatan: m.title, nip: m.nip, sejak: m.createdAt })),
    permohonan: data.requests.map((r) => ({
      nomorRegistrasi: r.registrationNumber,
      kodeLacak: r.trackingCode,
      instansi: r.agency.name,
      layanan: r.service.name,
      status: r.status,
      statusLabel: STATUS[r.status].label,
      diajukan: r.submittedAt,
      selesai: r.completedAt,
      lingkup: r.scopeCodes,
      suratPermohonan: r.letterNumber ? { nomor: r.letterNumber, tanggal: r.letterDate } : null,
      pemohon: {
        nama: r.applicantName,
        email: r.applicantEmail,
        jenisNomor: r.employeeNumberKind,
        nomor: r.employeeNumber,
        dinas: r.opdName,
        jabatan: r.jabatan,
      },
      keterangan: r.description,
      isianLayanan: r.details,
      ringkasanHasil: r.resultSummary,
      pemberitahuanPrivasiDisetujui: r.privacyNoticeVersion ? { versi: r.privacyNoticeVersion, pada: r.privacyAcknowledgedAt } : null,
      dianonimkan: r.anonymizedAt,
      riwayat: r.events.map((e) => ({ jenis: e.kind, label: eventLabel(e.kind), oleh: e.actorName, pesan: e.message, pada: e.createdAt })),
      catatan: r.notes.map((n) => ({ oleh: n.authorName, isi: n.body, pada: n.createdAt })),
      perbaikanDiminta: r.revisions.map((v) => ({ alasan: v.reason, butir: v.items, pada: v.createdAt, selesai: v.resolvedAt })),
      dokumen: r.documents.map((d) => ({
        persyaratan: d.requirementName,
        versi: d.version,
        namaBerkas: d.fileName,
        jenis: d.contentType,
        ukuranByte: d.sizeBytes,
        sha256: d.sha256,
        diunggah: d.createdAt,
        digantikan: d.supersededAt,
        berkas: filePath(r.registrationNumber, d.id, d.fileName),
      })),
      dokumenHasil: r.results.map((d) => ({
        namaBerkas: d.fileName,
        jenis: d.contentType,
        ukuranByte: d.sizeBytes,
        sha256: d.sha256,
        diunggah: d.createdAt,
        berkas: filePath(r.registrationNumber, d.id, d.fileName),
      })),
    })),
    pemberitahuan: data.notifications.map((n) => ({ pesan: n.message, tautan: n.link, dibaca: n.readAt, pada: n.createdAt })),
    aksesDataAnda: data.accesses.map((a) => ({ pada: a.at, jenis: a.kind, oleh: a.actorName, keterangan: a.detail })),
    // Loket keeps no sign-in log beyond short-lived rate-limit counters (without who signed in).
    riwayatMasuk: [],
  };
}

/** The ZIP: the JSON document and every stored file of the person's documents and results. */
export async function buildPersonalDataZip(
  store: DocumentStore,
  data: PersonalData,
  exportedAt: Date,
): Promise<{ zip: Uint8Array; files: number }> {
  const zip = new JSZip();
  zip.file(EXPORT_JSON, JSON.stringify(exportDocument(data, exportedAt), null, 2));
  let files = 0;
  for (const r of data.requests) {
    for (const d of [...r.documents, ...r.results]) {
      if (!(await store.exists(d.storageKey))) continue;
      zip.file(filePath(r.registrationNumber, d.id, d.fileName), await bytesOf(await store.read(d.storageKey)));
      files++;
    }
  }
  return { zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), files };
}

/** Builds the export for the signed-in person and records it in the access log (kind OWN_DATA_EXPORTED). */
export async function exportOwnData(
  prisma: PrismaClient,
  store: DocumentStore,
  principal: { id: string; name: string },
  options: { now?: Date; clientAddress?: string | null } = {},
): Promise<{ zip: Uint8Array; fileName: string }> {
  const now = options.now ?? new Date();
  const data = await collectPersonalData(prisma, principal.id);
  const { zip, files } = await buildPersonalDataZip(store, data, now);
  await recordPersonalDataAccess(prisma, {
    at: now,
    actor: principal,
    kind: "OWN_DATA_EXPORTED",
    subjectIds: [principal.id],
    detail: `Unduhan data sendiri: ${data.requests.length} permohonan, ${files} berkas.`,
    clientAddress: options.clientAddress,
  });
  return { zip, fileName: `data-saya-${now.toISOString().slice(0, 10)}.zip` };
}
