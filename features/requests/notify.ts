import type { MailContent } from "../notifications/mailer";
import { escapeHtml } from "../notifications/templates";
import { formatDateTime } from "@/lib/time/zones";
import { formatTrackingCode } from "./numbering";

/**
 * Stands for the registration number in a message composed before the number exists; the
 * submission statement replaces it when it allocates the number.
 */
export const REGISTRATION_NUMBER_TOKEN = "{{nomor}}";

export interface ConfirmationData {
  requestId: string;
  trackingCode: string;
  applicantName: string;
  submittedAt: Date;
  service: { name: string; slaText: string | null };
  agency: { name: string; timeZone: string };
  appUrl: string;
}

/** The applicant's confirmation that the request arrived, with its number and tracking code. */
export function submissionConfirmationMail(r: ConfirmationData, number = REGISTRATION_NUMBER_TOKEN): MailContent {
  const detailUrl = `${r.appUrl}/permohonan/${r.requestId}`;
  // Registration numbers and codes are URL-safe; built by hand so the token survives.
  const track = `${r.appUrl}/lacak?nomor=${number}&kode=${r.trackingCode}`;
  const when = formatDateTime(r.submittedAt, r.agency.timeZone);
  const code = formatTrackingCode(r.trackingCode);
  const subject = `Permohonan ${number} diterima`;
  const text = [
    `Yth. ${r.applicantName},`,
    "",
    `Permohonan layanan "${r.service.name}" kepada ${r.agency.name} telah kami terima pada ${when}.`,
    "",
    `Nomor registrasi: ${number}`,
    `Kode lacak: ${code}`,
    ...(r.service.slaText ? [`Jangka waktu pelayanan: ${r.service.slaText}`] : []),
    "",
    `Lihat dan unduh tanda terima: ${detailUrl}`,
    `Lacak tanpa masuk: ${track}`,
    "",
    "Petugas akan memeriksa kelengkapan berkas. Jika ada yang perlu diperbaiki, Anda akan diberi tahu.",
  ].join("\n");
  const row = (label: string, value: string) =>
    `<tr><td style="padding:4px 8px">${label}</td><td style="padding:4px 8px"><strong>${escapeHtml(value)}</strong></td></tr>`;
  const html = `<!doctype html><html lang="id"><body style="font-family:system-ui,Arial,sans-serif;max-width:560px;margin:auto;padding:16px">
<h1 style="font-size:20px;color:#06396b">${escapeHtml(subject)}</h1>
<p>Yth. ${escapeHtml(r.applicantName)},</p>
<p>Permohonan layanan <strong>${escapeHtml(r.service.name)}</strong> kepada ${escapeHtml(r.agency.name)} telah kami terima pada ${escapeHtml(when)}.</p>
<table style="border-collapse:collapse">${row("Nomor registrasi", number)}${row("Kode lacak", code)}${r.service.slaText ? row("Jangka waktu", r.service.slaText) : ""}</table>
<p><a href="${escapeHtml(detailUrl)}">Lihat permohonan dan unduh tanda terima</a> · <a href="${escapeHtml(track)}">Lacak tanpa masuk</a></p>
<p>Petugas akan memeriksa kelengkapan berkas. Jika ada yang perlu diperbaiki, Anda akan diberi tahu.</p></body></html>`;
  return { subject, text: text + "\n", html };
}
