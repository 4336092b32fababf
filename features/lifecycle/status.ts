/**
 * A request's statuses: the one list, with the Indonesian label and tone every page uses.
 * The Prisma enum `RequestStatus` mirrors this list (a unit test keeps them equal).
 */
export const REQUEST_STATUSES = ["DIAJUKAN", "PERLU_PERBAIKAN", "DIVERIFIKASI", "DIPROSES", "SELESAI", "DITOLAK", "DIBATALKAN"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type StatusTone = "info" | "warn" | "ok" | "bad";

export const STATUS: Record<RequestStatus, { label: string; tone: StatusTone }> = {
  DIAJUKAN: { label: "Diajukan", tone: "info" },
  PERLU_PERBAIKAN: { label: "Perlu perbaikan", tone: "warn" },
  DIVERIFIKASI: { label: "Diverifikasi", tone: "info" },
  DIPROSES: { label: "Diproses", tone: "info" },
  SELESAI: { label: "Selesai", tone: "ok" },
  DITOLAK: { label: "Ditolak", tone: "bad" },
  DIBATALKAN: { label: "Dibatalkan", tone: "bad" },
};

/** Statuses in which the request sits at a stage of its workflow, waiting for staff. */
export const OPEN_STATUSES: readonly RequestStatus[] = ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"];

export const TONE_CLASS: Record<StatusTone, string> = {
  info: "bg-brand-50 text-brand-800 border-brand-100",
  warn: "bg-amber-50 text-amber-900 border-amber-300",
  ok: "bg-emerald-50 text-emerald-900 border-emerald-300",
  bad: "bg-red-50 text-red-900 border-red-300",
};

export function statusLabel(status: RequestStatus): string {
  return STATUS[status].label;
}
