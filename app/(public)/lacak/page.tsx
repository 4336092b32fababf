import type { Metadata } from "next";
import { StatusBadge } from "@/features/requests/components/status-badge";
import { Timeline } from "@/features/requests/components/timeline";
import { nextStepOf } from "@/features/lifecycle";
import { lookUpTracking } from "@/features/requests/tracking";
import { formatDateTime } from "@/lib/time/zones";
import { HISTORY_PAGE } from "@/features/requests/history";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lacak permohonan", robots: { index: false } };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function TrackPage({
  searchParams,
}: {
  searchParams: Promise<{ nomor?: string | string[]; kode?: string | string[] }>;
}) {
  const params = await searchParams;
  const nomor = one(params.nomor).slice(0, 40);
  const kode = one(params.kode).slice(0, 20);
  const outcome = await lookUpTracking(nomor, kode);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Lacak permohonan</h1>
      <p className="text-slate-700">Masukkan nomor registrasi dan kode lacak yang tercetak pada tanda terima.</p>
      <form method="get" action="/lacak" className="grid max-w-xl gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="nomor" className="block font-medium">
            Nomor registrasi
          </label>
          <input
            id="nomor"
            name="nomor"
            defaultValue={nomor}
            placeholder="BLG-2026-000123"
            required
            maxLength={40}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="kode" className="block font-medium">
            Kode lacak
          </label>
          <input
            id="kode"
            name="kode"
            defaultValue={kode}
            placeholder="XXXX-XXXX"
            required
            maxLength={20}
            autoCapitalize="characters"
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Lacak
        </button>
      </form>

      {outcome.kind === "limited" && (
        <p role="alert" className="text-red-800">
          Terlalu banyak pencarian dari perangkat ini. Coba lagi dalam {outcome.minutes} menit.
        </p>
      )}
      {outcome.kind === "not-found" && (
        <p role="alert" className="text-red-800">
          Tidak ada permohonan dengan nomor dan kode itu. Periksa kembali tanda terima Anda (kode lacak terdiri dari 8 huruf/angka).
        </p>
      )}
      {outcome.kind === "found" && (
        <section aria-labelledby="hasil" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="hasil" className="text-xl font-semibold">
              {outcome.request.registrationNumber}
            </h2>
            <StatusBadge status={outcome.request.status} />
          </div>
          <p>
            {outcome.request.service.name} · {outcome.request.agency.name}
          </p>
          <p className="text-sm text-slate-700">Diajukan {formatDateTime(outcome.request.submittedAt, outcome.request.agency.timeZone)}</p>
          <p className="font-medium">Langkah berikutnya: {nextStepOf(outcome.request)}</p>
          {outcome.request.moreEvents && <p className="text-sm text-slate-700">{t("history.trackingLimit", { count: HISTORY_PAGE })}</p>}
          <Timeline events={outcome.request.events} timeZone={outcome.request.agency.timeZone} showActors={false} />
        </section>
      )}
    </div>
  );
}
