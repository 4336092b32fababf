import { businessMinutesBetween, dueDate } from "./business-time";
import { SLA_WARNING_FRACTION } from "./clock";
import type { BusinessCalendar } from "./calendar";
import type { SlaPolicy } from "./policy";

/**
 * The SLA state of a request for lists: on track, warning (≥ 75% of the allowed time used),
 * breached, paused. Exact without reading pauses: the stored due moment already includes them, so
 * the share used is 1 − (time left ÷ time allowed), both in the policy's own measure.
 */
export type SlaMark = "tepat" | "peringatan" | "terlambat" | "dijeda" | "selesai" | "belum";

export const SLA_MARK_LABEL: Record<SlaMark, string> = {
  tepat: "Tepat waktu",
  peringatan: "Peringatan",
  terlambat: "Terlambat",
  dijeda: "Dijeda",
  selesai: "Selesai",
  belum: "Belum berjalan",
};

export function slaMark(
  r: { status: string; receivedCompleteAt: Date | null; dueAt: Date | null; targetWorkingDays?: number | null },
  policy: SlaPolicy | null,
  calendar: BusinessCalendar,
  now: Date,
): { mark: SlaMark; usedFraction: number | null; remainingMinutes: number | null } {
  if (["SELESAI", "DITOLAK", "DIBATALKAN"].includes(r.status)) return { mark: "selesai", usedFraction: null, remainingMinutes: null };
  if (r.status === "PERLU_PERBAIKAN" && r.receivedCompleteAt) return { mark: "dijeda", usedFraction: null, remainingMinutes: null };
  if (!r.dueAt || !r.receivedCompleteAt || !policy) return { mark: "belum", usedFraction: null, remainingMinutes: null };
  const measure = (a: Date, b: Date) =>
    policy.kind === "calendar" ? Math.max(0, (b.getTime() - a.getTime()) / 60_000) : businessMinutesBetween(calendar, a, b);
  const baseDue = dueDate(
    policy,
    calendar,
    r.receivedCompleteAt,
    r.targetWorkingDays ? { targetWorkingDays: r.targetWorkingDays } : undefined,
  );
  const allowed = baseDue ? measure(r.receivedCompleteAt, baseDue) : 0;
  if (now >= r.dueAt)
    return {
      mark: "terlambat",
      usedFraction: allowed ? 1 + measure(r.dueAt, now) / allowed : null,
      remainingMinutes: -measure(r.dueAt, now),
    };
  const left = measure(now, r.dueAt);
  const used = allowed > 0 ? 1 - left / allowed : 0;
  return { mark: used >= SLA_WARNING_FRACTION ? "peringatan" : "tepat", usedFraction: used, remainingMinutes: left };
}

/** "2 hari 3 jam", "45 menit" — of working time when `working`. */
export function formatDuration(minutes: number, working: boolean): string {
  const m = Math.round(Math.abs(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts = working
    ? [Math.floor(m / 60) ? `${Math.floor(m / 60)} jam` : "", mins ? `${mins} menit` : ""]
    : [days ? `${days} hari` : "", hours ? `${hours} jam` : "", mins && !days ? `${mins} menit` : ""];
  const text = parts.filter(Boolean).join(" ") || "0 menit";
  return working ? `${text} kerja` : text;
}
