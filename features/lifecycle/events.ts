/**
 * Every kind of entry on a request's timeline and in the audit trail, with its one Indonesian
 * label and whether the applicant sees it. Writers take the typed `EventKind`/`AuditAction`, so a
 * new kind cannot be written without a label; a unit test scans the sources for stray codes.
 */
export type Audience = "applicant" | "staff";

export const EVENT_KINDS = {
  SUBMITTED: { label: "Permohonan diajukan", audience: "applicant" },
  RETURNED: { label: "Dikembalikan untuk perbaikan", audience: "applicant" },
  RESUBMITTED: { label: "Perbaikan dikirim", audience: "applicant" },
  VERIFIED: { label: "Berkas dinyatakan lengkap", audience: "applicant" },
  DISPOSED: { label: "Disposisi", audience: "applicant" },
  ASSIGNED: { label: "Pelaksana ditunjuk", audience: "applicant" },
  NOTE: { label: "Catatan", audience: "staff" },
  RESULT_ADDED: { label: "Dokumen hasil diunggah", audience: "applicant" },
  COMPLETED: { label: "Selesai", audience: "applicant" },
  REJECTED: { label: "Ditolak", audience: "applicant" },
  SENT_BACK: { label: "Dikembalikan satu tahap", audience: "staff" },
} as const satisfies Record<string, { label: string; audience: Audience }>;
export type EventKind = keyof typeof EVENT_KINDS;

/** Audit actions that are not timeline events (settings, access, documents opened). */
export const AUDIT_ONLY_ACTIONS = {
  DOCUMENT_OPENED: "Dokumen dibuka",
  DELEGATED: "Pengganti (Plh/Plt) ditunjuk",
  DELEGATION_ENDED: "Penunjukan pengganti diakhiri",
  STAGE_NORM_EXCEEDED: "Batas waktu tahap terlampaui",
  SLA_WARNING: "Peringatan: 75% waktu layanan terpakai",
  SLA_BREACH: "Waktu layanan terlampaui",
  AGENCY_CREATED: "Instansi dibuat",
  ROLE_GRANTED: "Peran diberikan",
  ROLE_REVOKED: "Peran dicabut",
  HOLIDAY_ADDED: "Hari libur ditambahkan",
  HOLIDAY_REMOVED: "Hari libur dihapus",
  SPECIAL_PERIOD_ADDED: "Periode khusus ditambahkan",
  SPECIAL_PERIOD_REMOVED: "Periode khusus dihapus",
  WORKING_HOURS_CHANGED: "Jam kerja diubah",
  RETENTION_CHANGED: "Masa retensi data diubah",
  REQUEST_ANONYMIZED: "Data pribadi permohonan dianonimkan",
  ACCOUNT_ERASED: "Akun pemohon dihapus atas permintaannya",
} as const;
export type AuditAction = EventKind | keyof typeof AUDIT_ONLY_ACTIONS;

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENT_KINDS, kind);
}

/** The label of a stored code; an unknown code (from a newer version) reads as a neutral phrase, never raw. */
export function eventLabel(kind: string): string {
  return isEventKind(kind) ? EVENT_KINDS[kind].label : "Perubahan lain";
}

export function auditActionLabel(action: string): string {
  if (isEventKind(action)) return EVENT_KINDS[action].label;
  return Object.hasOwn(AUDIT_ONLY_ACTIONS, action) ? AUDIT_ONLY_ACTIONS[action as keyof typeof AUDIT_ONLY_ACTIONS] : "Perubahan lain";
}

export function knownCodes(): string[] {
  return [...Object.keys(EVENT_KINDS), ...Object.keys(AUDIT_ONLY_ACTIONS)];
}
