import { formatFileSize } from "../documents/file-type";
import { kopContactLine } from "../documents/pdf-kit";
import { maskIdentityNumber } from "../identity/employee-number";
import { formatDate, formatDateTime } from "@/lib/time/zones";
import { IDENTITY_LABELS } from "./form-schema";
import { formatTrackingCode } from "./numbering";
import { parseAgencyJson, type RequestRecord, timingOf } from "./queries";
import type { ReceiptData } from "./receipt";

export function trackingUrl(appUrl: string, registrationNumber: string, trackingCode: string): string {
  const q = new URLSearchParams({ nomor: registrationNumber, kode: trackingCode });
  return `${appUrl}/lacak?${q.toString()}`;
}

/** The receipt's content from a request, with personal numbers masked and times in the agency's zone. */
export function receiptData(detail: RequestRecord, appUrl: string, now = new Date()): ReceiptData {
  const zone = detail.agency.timeZone;
  const agencyJson = parseAgencyJson(detail.agency);
  const { slaText, scopeNames, expected } = timingOf(detail);
  const current = detail.documents.filter((d) => !d.supersededAt);
  return {
    agencyName: detail.agency.name,
    agencyUnit: detail.agency.unitName,
    agencyContact: kopContactLine([...agencyJson.contactChannels, ...agencyJson.complaintChannels]),
    registrationNumber: detail.registrationNumber,
    trackingCode: formatTrackingCode(detail.trackingCode),
    trackingUrl: trackingUrl(appUrl, detail.registrationNumber, detail.trackingCode),
    submittedAtText: formatDateTime(detail.submittedAt, zone),
    applicantName: detail.applicantName,
    employeeNumberLabel: IDENTITY_LABELS[detail.employeeNumberKind],
    employeeNumberMasked: maskIdentityNumber(detail.employeeNumber),
    opdName: detail.opdName,
    jabatan: detail.jabatan,
    serviceName: detail.service.name,
    scopeName: scopeNames,
    letterNumber: detail.letterNumber,
    letterDateText: detail.letterDate ? formatDate(detail.letterDate) : null,
    description: detail.description,
    documents: current.map((d) => ({ name: d.requirementName, fileName: d.fileName, sizeText: formatFileSize(d.sizeBytes) })),
    slaText: slaText || "Tidak dinyatakan oleh instansi",
    expectedCompletionText: expected.text,
    officerText: "Diterima oleh sistem Loket; kelengkapan diverifikasi oleh petugas layanan.",
    generatedAtText: formatDateTime(now, zone),
  };
}
