import { contactChannelSchema } from "../catalog/content";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate, formatDateTime } from "@/lib/time/zones";
import type { CompletionLetterData } from "./completion-letter";
import type { DispositionSheetData } from "./disposition-sheet";
import { STANDARD_INSTRUCTIONS, URGENCY_NAMES } from "./machine";

/** Data of the lembar disposisi of one request (every disposition entry, in order). */
export async function dispositionSheetData(prisma: PrismaClient, requestId: string, now = new Date()): Promise<DispositionSheetData> {
  const r = await prisma.serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      registrationNumber: true,
      sequence: true,
      applicantName: true,
      opdName: true,
      submittedAt: true,
      receivedCompleteAt: true,
      scopeCode: true,
      service: { select: { name: true, scopes: { select: { code: true, name: true } } } },
      agency: { select: { name: true, address: true, timeZone: true } },
      dispositions: { orderBy: { createdAt: "asc" } },
    },
  });
  const zone = r.agency.timeZone;
  const scope = r.service.scopes.find((s) => s.code === r.scopeCode)?.name;
  const first = r.dispositions[0];
  return {
    agencyName: r.agency.name,
    agencyAddress: r.agency.address,
    suratDari: `${r.applicantName} — ${r.opdName}`,
    nomorSurat: r.registrationNumber,
    tanggalSurat: formatDate(new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(r.submittedAt)}T00:00:00Z`)),
    diterimaTanggal: formatDateTime(r.receivedCompleteAt ?? r.submittedAt, zone),
    nomorAgenda: String(r.sequence).padStart(6, "0"),
    sifat: first ? URGENCY_NAMES[first.urgency] : "Biasa",
    perihal: `Permohonan ${r.service.name}${scope ? ` — ${scope}` : ""}`,
    entries: r.dispositions.map((d) => ({
      fromName: d.fromName,
      fromTitle: d.fromTitle,
      onBehalfOf: d.onBehalfOfName ? `a.n. ${d.onBehalfOfName}` : null,
      toName: d.toName,
      toTitle: d.toTitle,
      instructions: d.instructions,
      note: d.note,
      urgency: URGENCY_NAMES[d.urgency],
      atText: formatDateTime(d.createdAt, zone),
    })),
    standardInstructions: [...STANDARD_INSTRUCTIONS],
    generatedAtText: formatDateTime(now, zone),
  };
}

/** Data of the completion letter (surat penyelesaian) of a completed request. */
export async function completionLetterData(prisma: PrismaClient, requestId: string, appUrl: string): Promise<CompletionLetterData> {
  const r = await prisma.serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      registrationNumber: true,
      trackingCode: true,
      applicantName: true,
      jabatan: true,
      opdName: true,
      submittedAt: true,
      completedAt: true,
      resultSummary: true,
      scopeCode: true,
      service: { select: { name: true, scopes: { select: { code: true, name: true } } } },
      agency: { select: { id: true, name: true, unitName: true, address: true, region: true, timeZone: true, contactChannels: true, complaintChannels: true } },
      results: { orderBy: { createdAt: "asc" }, select: { fileName: true } },
      events: { where: { kind: "COMPLETED" }, orderBy: { createdAt: "desc" }, take: 1, select: { actorId: true, actorName: true } },
    },
  });
  const zone = r.agency.timeZone;
  const completedAt = r.completedAt ?? new Date();
  const signerId = r.events[0]?.actorId;
  const signer = signerId
    ? await prisma.membership.findFirst({ where: { userId: signerId, agencyId: r.agency.id }, select: { title: true, user: { select: { name: true } } } })
    : null;
  const channels = [...contactChannelSchema.array().parse(r.agency.contactChannels), ...contactChannelSchema.array().parse(r.agency.complaintChannels)];
  const contact = channels.filter((c) => (c.kind === "phone" || c.kind === "email") && c.value).slice(0, 2).map((c) => `${c.label} ${c.value}`).join(" · ");
  return {
    agencyName: r.agency.name,
    agencyUnit: r.agency.unitName,
    agencyAddress: r.agency.address,
    agencyContact: contact || null,
    place: r.agency.region.replace(/^(Kabupaten|Kota|Provinsi)\s+/, ""),
    dateText: formatDate(new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(completedAt)}T00:00:00Z`)),
    letterNumber: `${r.registrationNumber}/SP`,
    recipientName: r.applicantName,
    recipientJabatan: r.jabatan,
    recipientOpd: r.opdName,
    registrationNumber: r.registrationNumber,
    serviceName: r.service.name,
    scopeName: r.service.scopes.find((s) => s.code === r.scopeCode)?.name ?? null,
    submittedAtText: formatDateTime(r.submittedAt, zone),
    completedAtText: formatDateTime(completedAt, zone),
    resultSummary: r.resultSummary ?? "",
    resultDocuments: r.results.map((d) => d.fileName),
    signerTitle: signer?.title ?? "Petugas Layanan",
    signerName: signer?.user.name ?? r.events[0]?.actorName ?? "",
    trackingUrl: `${appUrl}/lacak?nomor=${r.registrationNumber}&kode=${r.trackingCode}`,
  };
}
