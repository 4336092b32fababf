import { formatDateTime } from "@/lib/time/zones";
import type { RequestClock } from "../request-clock";
import { formatDuration } from "../status";

const STATE: Record<string, { label: string; tone: string }> = {
  on_track: { label: "Tepat waktu", tone: "border-emerald-400 bg-emerald-50 text-emerald-900" },
  warning: { label: "Peringatan: lebih dari 75% waktu terpakai", tone: "border-amber-400 bg-amber-50 text-amber-900" },
  breached: { label: "Terlambat", tone: "border-red-400 bg-red-50 text-red-900" },
  paused: { label: "Dijeda: menunggu perbaikan dari pemohon", tone: "border-slate-400 bg-slate-50 text-slate-900" },
  completed: { label: "Selesai", tone: "border-emerald-400 bg-emerald-50 text-emerald-900" },
  not_set: { label: "Belum ditetapkan", tone: "border-slate-300 bg-white text-slate-900" },
};

/** The request's SLA, the same on the applicant's and the officer's page: due moment in the agency's zone, time left, pauses. */
export function SlaPanel({
  clock,
  slaText,
  stageClock,
}: {
  clock: RequestClock | null;
  slaText: string | null;
  /** The current stage's own norm time, for staff. */
  stageClock?: { normText: string; normMinutes: number; elapsedMinutes: number } | null;
}) {
  return (
    <section aria-labelledby="sla" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sla" className="text-lg font-semibold">
        Jangka waktu layanan
      </h2>
      {slaText && <p>{slaText}</p>}
      {stageClock && (
        <p
          data-testid="stage-norm"
          className={stageClock.elapsedMinutes > stageClock.normMinutes ? "font-medium text-red-800" : "text-slate-800"}
        >
          Norma waktu tahap ini: {stageClock.normText}; sudah berjalan {formatDuration(stageClock.elapsedMinutes, true)}
          {stageClock.elapsedMinutes > stageClock.normMinutes ? " (melewati norma)" : ""}.
        </p>
      )}
      {!clock ? (
        <p className="text-slate-700">Waktu layanan mulai dihitung setelah berkas dinyatakan lengkap.</p>
      ) : (
        <>
          <p
            className={`inline-block rounded-md border px-2 py-1 text-sm font-medium ${STATE[clock.state]!.tone}`}
            data-sla-state={clock.state}
          >
            {STATE[clock.state]!.label}
            {clock.state === "completed" && clock.completedOnTime !== null
              ? clock.completedOnTime
                ? " tepat waktu"
                : " melewati batas"
              : ""}
          </p>
          {clock.dueAt && (
            <p>
              Batas waktu: <strong data-testid="sla-due">{formatDateTime(clock.dueAt, clock.timeZone)}</strong>
            </p>
          )}
          {clock.remainingMinutes !== null && clock.state !== "completed" && (
            <p data-testid="sla-left">
              {clock.remainingMinutes >= 0
                ? `Sisa waktu: ${formatDuration(clock.remainingMinutes, clock.measure === "working")}`
                : `Terlambat ${formatDuration(clock.remainingMinutes, clock.measure === "working")}`}
            </p>
          )}
          {clock.pauses.length > 0 && (
            <div>
              <p className="font-medium">Waktu dijeda (batas waktu bergeser sebanyak waktu jeda):</p>
              <ul className="list-disc pl-6 text-sm">
                {clock.pauses.map((p, i) => (
                  <li key={i}>
                    {formatDateTime(p.startedAt, clock.timeZone)} – {p.endedAt ? formatDateTime(p.endedAt, clock.timeZone) : "sekarang"}:{" "}
                    {p.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
