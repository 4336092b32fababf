import { sendMail } from "../notifications/mailer";
import { escapeHtml } from "../notifications/templates";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/time/zones";
import { formatTrackingCode } from "./numbering";
import { trackingUrl } from "./receipt-data";

export interface SubmittedRequest {
  id: string;
  registrationNumber: string;
  trackingCode: string;
  applicantName: string;
  applicantEmail: string;
  submittedAt: Date;
  service: { name: string; slaText: string | null };
  agency: { name: string; timeZone: string };
}

/** The applicant's confirmation that the request arrived, with its number and tracking code. */
export async function sendSubmissionConfirmation(prisma: PrismaClient, r: SubmittedRequest): Promise<void> {
  const appUrl = env().appUrl;
  const detailUrl = `${appUrl}/permohonan/${r.id}`;
  const track = trackingUrl(appUrl, r.registrationNumber, r.trackingCode);
  const when = formatDateTime(r.submittedAt, r.agency.timeZone);
  const subject = `Permohonan ${r.registrationNumber} diterima`;
  const lines = [
    `Yth. ${r.applicantName},`,
    "",
    `Permohonan layanan "${r.service.name}" kepada ${r.agency.name} telah kami terima pada ${when}.`,
    "",
    `Nomor registrasi: ${r.registrationNumber}`,
    `Kode lacak: ${formatTrackingCode(r.trackingCode)}`,
    r.service.slaText ? `Jangka waktu pelayanan: ${r.service.slaText}` : "",
    "",
    `Lihat dan unduh tanda terima: ${detailUrl}`,
    `Lacak tanpa masuk: ${track}`,
    "",
    "Petugas akan memeriksa kelengkapan berkas. Jika ada yang perlu diperbaiki, Anda akan diberi tahu.",
  ].filter((l, i, all) => l !== "" || all[i - 1] !== "");
  await sendMail(prisma, r.applicantEmail, {
    subject,
    text: lines.join("\n") + "\n",
    html: `<!doctype html><html lang="id"><body style="font-family:system-ui,Arial,sans-serif;max-width:560px;margin:auto;padding:16px">
<h1 style="font-size:20px;color:#06396b">${escapeHtml(subject)}</h1>
<p>Yth. ${escapeHtml(r.applicantName)},</p>
<p>Permohonan layanan <strong>${escapeHtml(r.service.name)}</strong> kepada ${escapeHtml(r.agency.name)} telah kami terima pada ${escapeHtml(when)}.</p>
<table style="border-collapse:collapse"><tr><td style="padding:4px 8px">Nomor registrasi</td><td style="padding:4px 8px"><strong>${escapeHtml(r.registrationNumber)}</strong></td></tr>
<tr><td style="padding:4px 8px">Kode lacak</td><td style="padding:4px 8px"><strong>${escapeHtml(formatTrackingCode(r.trackingCode))}</strong></td></tr>
${r.service.slaText ? `<tr><td style="padding:4px 8px">Jangka waktu</td><td style="padding:4px 8px">${escapeHtml(r.service.slaText)}</td></tr>` : ""}</table>
<p><a href="${escapeHtml(detailUrl)}">Lihat permohonan dan unduh tanda terima</a> · <a href="${escapeHtml(track)}">Lacak tanpa masuk</a></p>
<p>Petugas akan memeriksa kelengkapan berkas. Jika ada yang perlu diperbaiki, Anda akan diberi tahu.</p></body></html>`,
  });
}
