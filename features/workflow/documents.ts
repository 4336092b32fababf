import { contactChannelSchema } from "../catalog/content";
import { kopContactLine } from "../documents/pdf-kit";
import { STANDARD_INSTRUCTIONS, URGENCY_NAMES } from "../lifecycle";
import { trackingUrl } from "../requests/receipt-data";
import { scopeNamesOf } from "../requests/scopes";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate, formatDateTime, formatLocalDate } from "@/lib/time/zones";
import type { CompletionLetterData } from "./completion-letter";
import { chooseCompletionSigner, completionSignature, type Official, type Substitute } from "./completion-signer";
import type { DispositionSheetData } from "./disposition-sheet";

/** The lingkup a request asks for, as the service names them (rows from before several lingkup have only `scopeCode`). */
function scopeNames(r: { scopeCode: string | null; scopeCodes: string[]; service: { scopes: { code: string; name: string }[] } }) {
  const chosen = r.scopeCodes.length > 0 ? r.scopeCodes : r.scopeCode ? [r.scopeCode] : [];
  return scopeNamesOf(r.service.scopes, chosen);
}

const SCOPES = { scopes: { orderBy: { position: "asc" }, select: { code: true, name: true } } } as const;

/** Data of the lembar disposisi of one request (every disposition entry, in order). */
export async function dispositionSheetData(prisma: PrismaClient, requestId: string, now = new Date()): Promise<DispositionSheetData> {
  const r = await prisma.serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      registrationNumber: true,
      opdName: true,
      letterNumber: true,
      letterDate: true,
      submittedAt: true,
      receivedCompleteAt: true,
      scopeCode: true,
      scopeCodes: true,
      service: { select: { name: true, ...SCOPES } },
      agency: { select: { name: true, address: true, timeZone: true } },
      dispositions: {
        orderBy: { createdAt: "asc" },
        select: {
          fromName: true,
          fromTitle: true,
          toName: true,
          toTitle: true,
          instructions: true,
          note: true,
          urgency: true,
          createdAt: true,
        },
      },
    },
  });
  const zone = r.agency.timeZone;
  const scopes = scopeNames(r);
  const first = r.dispositions[0];
  return {
    agencyName: r.agency.name,
    agencyAddress: r.agency.address,
    registrationNumber: r.registrationNumber,
    suratDari: r.opdName,
    nomorSurat: r.letterNumber,
    // A @db.Date: the calendar date as written on the letter, at UTC midnight.
    tanggalSurat: r.letterDate ? formatDate(r.letterDate) : null,
    diterimaTanggal: formatDateTime(r.receivedCompleteAt ?? r.submittedAt, zone),
    sifat: first ? URGENCY_NAMES[first.urgency] : URGENCY_NAMES.BIASA,
    perihal: `Permohonan ${r.service.name}${scopes ? ` — ${scopes}` : ""}`,
    // The desk stores what the official signed: a substitute's own name under "Plh. <post>".
    entries: r.dispositions.map((d) => ({
      fromName: d.fromName,
      fromTitle: d.fromTitle,
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

/** The Plh/Plt standing in for `officialId` at `at`, with the NIP they hold in the agency. */
async function substituteAt(prisma: PrismaClient, agencyId: string, officialId: string, at: Date): Promise<Substitute | null> {
  const d = await prisma.delegation.findFirst({
    where: { agencyId, officialId, startsAt: { lte: at }, endsAt: { gt: at } },
    orderBy: { createdAt: "desc" },
    select: { kind: true, substituteId: true },
  });
  if (!d) return null;
  const user = await prisma.user.findUnique({
    where: { id: d.substituteId },
    select: { name: true, memberships: { where: { agencyId, nip: { not: null } }, select: { nip: true }, take: 1 } },
  });
  return user ? { name: user.name, nip: user.memberships[0]?.nip ?? null, kind: d.kind } : null;
}

/** Data of the completion letter (surat penyelesaian) of a completed request. */
export async function completionLetterData(prisma: PrismaClient, requestId: string, appUrl: string): Promise<CompletionLetterData> {
  const r = await prisma.serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      agencyId: true,
      registrationNumber: true,
      trackingCode: true,
      applicantName: true,
      jabatan: true,
      opdName: true,
      letterNumber: true,
      letterDate: true,
      submittedAt: true,
      completedAt: true,
      resultSummary: true,
      scopeCode: true,
      scopeCodes: true,
      service: { select: { name: true, ...SCOPES } },
      agency: {
        select: {
          name: true,
          unitName: true,
          address: true,
          region: true,
          city: true,
          timeZone: true,
          contactChannels: true,
          complaintChannels: true,
        },
      },
      results: { orderBy: { createdAt: "asc" }, select: { fileName: true } },
      events: { where: { kind: "COMPLETED" }, orderBy: { createdAt: "desc" }, take: 1, select: { actorId: true, actorName: true } },
      dispositions: { orderBy: { createdAt: "desc" }, select: { fromUserId: true, onBehalfOfId: true, toUserId: true } },
    },
  });
  const { agency } = r;
  const zone = agency.timeZone;
  const completedAt = r.completedAt ?? new Date();
  const completed = r.events[0];
  const completerId = completed?.actorId ?? null;

  const members = await prisma.membership.findMany({
    where: {
      agencyId: r.agencyId,
      OR: [{ role: { in: ["KEPALA_DINAS", "KEPALA_BIDANG"] } }, ...(completerId ? [{ userId: completerId }] : [])],
    },
    orderBy: { createdAt: "asc" },
    select: { userId: true, role: true, title: true, nip: true, user: { select: { name: true } } },
  });
  const officials: Official[] = members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role, title: m.title, nip: m.nip }));
  const signer = chooseCompletionSigner({
    completerId,
    // The officials the request passed through, most recent first (for a substitute, the official replaced).
    chainUserIds: r.dispositions.flatMap((d) => [d.toUserId, d.onBehalfOfId ?? d.fromUserId]),
    officials,
    unitName: agency.unitName,
  });
  // Whoever completed it acted in person; anyone else chosen may have had a Plh/Plt that day.
  const substitute = signer && signer.userId !== completerId ? await substituteAt(prisma, r.agencyId, signer.userId, completedAt) : null;

  const channels = [
    ...contactChannelSchema.array().parse(agency.contactChannels),
    ...contactChannelSchema.array().parse(agency.complaintChannels),
  ];
  return {
    agencyName: agency.name,
    agencyUnit: agency.unitName,
    agencyAddress: agency.address,
    agencyContact: kopContactLine(channels),
    // Letters are placed in the town the office sits in; the region is only a fallback for offices without one.
    place: agency.city?.trim() || agency.region.replace(/^(Kabupaten|Kota|Provinsi)\s+/, ""),
    dateText: formatLocalDate(completedAt, zone),
    letterNumber: `${r.registrationNumber}/SP`,
    recipientName: r.applicantName,
    recipientJabatan: r.jabatan,
    recipientOpd: r.opdName,
    registrationNumber: r.registrationNumber,
    applicantLetterNumber: r.letterNumber,
    applicantLetterDateText: r.letterDate ? formatDate(r.letterDate) : null,
    serviceName: r.service.name,
    scopeName: scopeNames(r),
    submittedAtText: formatDateTime(r.submittedAt, zone),
    completedAtText: formatDateTime(completedAt, zone),
    resultSummary: r.resultSummary ?? "",
    resultDocuments: r.results.map((d) => d.fileName),
    signature: completionSignature({
      signer,
      headTitle: `Kepala ${agency.name}`,
      substitute,
      fallbackName: completed?.actorName ?? "",
      unitName: agency.unitName,
    }),
    trackingUrl: trackingUrl(appUrl, r.registrationNumber, r.trackingCode),
  };
}
