import type { MailContent } from "./mailer";

/** Indonesian e-mail messages, plain text and HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function layout(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="id"><body style="font-family:system-ui,Arial,sans-serif;color:#0f172a;max-width:560px;margin:auto;padding:16px">
<h1 style="font-size:20px;color:#06396b">${escapeHtml(title)}</h1>${bodyHtml}
<p style="color:#475569;font-size:13px;margin-top:24px">Pesan ini dikirim otomatis oleh Loket. Jangan membalas email ini.</p></body></html>`;
}

export function signInLinkMail(url: string, minutes: number): MailContent {
  const subject = "Tautan masuk ke Loket";
  return {
    subject,
    text: `Halo,\n\nGunakan tautan berikut untuk masuk ke Loket:\n${url}\n\nTautan berlaku ${minutes} menit dan hanya dapat dipakai sekali. Jika Anda tidak meminta tautan ini, abaikan email ini.\n`,
    html: layout(
      subject,
      `<p>Halo,</p><p>Klik tombol berikut untuk masuk ke Loket:</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#084a8c;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Masuk ke Loket</a></p>
<p>Atau salin alamat ini ke peramban: <br><span style="word-break:break-all">${escapeHtml(url)}</span></p>
<p>Tautan berlaku ${minutes} menit dan hanya dapat dipakai sekali. Jika Anda tidak meminta tautan ini, abaikan email ini.</p>`,
    ),
  };
}

/**
 * Sent instead of a link when a link was asked for an address that may not use one (a staff
 * account, a disabled account): the form answers every address alike, the mailbox tells the owner.
 */
export function signInLinkRefusedMail(kind: "staff" | "disabled", signInUrl: string): MailContent {
  const subject = "Permintaan tautan masuk ke Loket";
  const why =
    kind === "staff"
      ? `Akun petugas masuk dengan email dan kata sandi, bukan dengan tautan. Masuk di ${signInUrl}`
      : "Akun ini tidak dapat masuk. Hubungi admin instansi Anda.";
  const ignore = "Jika Anda tidak meminta tautan ini, abaikan email ini.";
  return {
    subject,
    text: `Halo,\n\nSeseorang meminta tautan masuk ke Loket untuk alamat email ini. ${why}\n\n${ignore}\n`,
    html: layout(
      subject,
      `<p>Halo,</p><p>Seseorang meminta tautan masuk ke Loket untuk alamat email ini. ${escapeHtml(why)}</p><p>${ignore}</p>`,
    ),
  };
}

/** A short notice about a request, with a link to it. */
export function notificationMail(message: string, url: string): MailContent {
  const subject = message.length > 120 ? `${message.slice(0, 117)}…` : message;
  return {
    subject,
    text: `${message}\n\nBuka: ${url}\n`,
    html: layout(subject, `<p>${escapeHtml(message)}</p><p><a href="${escapeHtml(url)}">Buka di Loket</a></p>`),
  };
}
