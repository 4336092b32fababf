/** Indonesian names of request statuses and timeline entries, and what happens next. */
export type RequestStatus =
  | "DIAJUKAN"
  | "PERLU_PERBAIKAN"
  | "DIVERIFIKASI"
  | "DIPROSES"
  | "SELESAI"
  | "DITOLAK"
  | "DIBATALKAN";

export const STATUS: Record<RequestStatus, { label: string; next: string; tone: "info" | "warn" | "ok" | "bad" }> = {
  DIAJUKAN: { label: "Diajukan", next: "Menunggu verifikasi kelengkapan oleh petugas layanan.", tone: "info" },
  PERLU_PERBAIKAN: { label: "Perlu perbaikan", next: "Perbaiki dokumen atau isian yang diminta petugas, lalu kirim ulang.", tone: "warn" },
  DIVERIFIKASI: { label: "Diverifikasi", next: "Berkas lengkap; permohonan diteruskan kepada pejabat yang berwenang.", tone: "info" },
  DIPROSES: { label: "Diproses", next: "Permohonan sedang dikerjakan oleh penanggung jawab teknis.", tone: "info" },
  SELESAI: { label: "Selesai", next: "Layanan selesai. Hasil dan surat penyelesaian dapat diunduh.", tone: "ok" },
  DITOLAK: { label: "Ditolak", next: "Permohonan tidak dapat dilayani; lihat alasannya pada riwayat.", tone: "bad" },
  DIBATALKAN: { label: "Dibatalkan", next: "Permohonan dibatalkan.", tone: "bad" },
};

export const EVENT_LABELS: Record<string, string> = {
  SUBMITTED: "Permohonan diajukan",
  RETURNED: "Dikembalikan untuk perbaikan",
  RESUBMITTED: "Perbaikan dikirim",
  VERIFIED: "Berkas dinyatakan lengkap",
  DISPOSED: "Disposisi",
  ASSIGNED: "Penanggung jawab teknis ditunjuk",
  NOTE: "Catatan",
  COMPLETED: "Selesai",
  REJECTED: "Ditolak",
  SENT_BACK: "Dikembalikan satu langkah",
};

export function eventLabel(kind: string): string {
  return EVENT_LABELS[kind] ?? kind;
}

export const TONE_CLASS = {
  info: "bg-brand-50 text-brand-800 border-brand-100",
  warn: "bg-amber-50 text-amber-900 border-amber-300",
  ok: "bg-emerald-50 text-emerald-900 border-emerald-300",
  bad: "bg-red-50 text-red-900 border-red-300",
} as const;
