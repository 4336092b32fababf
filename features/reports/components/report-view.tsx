import { buttonClass } from "@/components/forms/submit-button";
import { Select, TextField } from "@/components/forms/text-fields";
import { formatDateTime, zoneAbbreviation } from "@/lib/time/zones";
import { formatCount, formatHours, formatShare, formatTargetPercent } from "../format";
import { MONTH_NAMES, monthName, reportQuery } from "../params";
import type { SlaReport } from "../sla-report";
import { ComplianceChart } from "./compliance-chart";
import { OpenByStageTable, OverdueTable, ServiceMonthTable, TargetMark } from "./report-tables";

type AgencyOption = { id: string; slug: string; shortName: string };

export function ReportView({
  report,
  agencies,
  errors,
}: {
  report: SlaReport;
  agencies: readonly AgencyOption[];
  errors: readonly string[];
}) {
  const { agency, period } = report;
  const query = reportQuery({ agencySlug: agency.slug, year: period.year, month: period.month });
  const periodLabel = period.month ? `${monthName(period.month)} ${period.year}` : `tahun ${period.year}`;
  const totalLabel = period.month ? `Jumlah ${monthName(period.month)}` : `Jumlah ${period.year}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Laporan kinerja layanan {agency.shortName}</h1>
        <p className="text-slate-700">
          Kepatuhan SLA {periodLabel}. Bulan dihitung menurut waktu {zoneAbbreviation(agency.timeZone)}; waktu penanganan dalam jam kerja
          (dari berkas dinyatakan lengkap sampai selesai, tanpa masa jeda menunggu perbaikan pemohon).
        </p>
      </header>

      {errors.length > 0 && (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-red-800">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        aria-label="Pilih periode laporan"
      >
        {agencies.length > 1 ? (
          <Select
            id="r-instansi"
            name="instansi"
            label="Instansi"
            defaultValue={agency.slug}
            options={agencies.map((a) => ({ value: a.slug, label: a.shortName }))}
            className="w-full sm:w-auto"
          />
        ) : (
          <input type="hidden" name="instansi" value={agency.slug} />
        )}
        <TextField
          id="r-tahun"
          name="tahun"
          label="Tahun"
          inputMode="numeric"
          pattern="[0-9]{4}"
          size={6}
          defaultValue={String(period.year)}
          className="w-28"
        />
        <Select
          id="r-bulan"
          name="bulan"
          label="Bulan"
          defaultValue={period.month ? String(period.month) : ""}
          placeholder="Semua bulan"
          options={MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
          className="w-40"
        />
        <button type="submit" className={buttonClass("primary")}>
          Tampilkan
        </button>
      </form>

      <p className="flex flex-wrap gap-4">
        <a href={`/api/meja/laporan/xlsx?${query}`} download>
          Unduh Excel (.xlsx)
        </a>
        <a href={`/api/meja/laporan/csv?${query}`} download>
          Unduh CSV
        </a>
      </p>

      <section aria-labelledby="ringkasan" className="space-y-2">
        <h2 id="ringkasan" className="text-xl font-semibold">
          Ringkasan {periodLabel}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[16rem_minmax(0,1fr)] max-sm:[&_dd]:mb-2">
          <dt className="font-medium">Permohonan diterima</dt>
          <dd>{formatCount(report.total.received)}</dd>
          <dt className="font-medium">Permohonan selesai</dt>
          <dd>{formatCount(report.total.completed)}</dd>
          <dt className="font-medium">Selesai tepat waktu</dt>
          <dd>
            {formatCount(report.total.onTime)} dari {formatCount(report.total.withDue)} ({formatShare(report.total.compliance)})
            {report.total.target !== null && (
              <>
                {" "}
                · target {formatTargetPercent(report.total.target * 100)} · <TargetMark meets={report.total.meetsTarget} />
              </>
            )}
          </dd>
          <dt className="font-medium">Waktu penanganan</dt>
          <dd>
            rata-rata {formatHours(report.total.avgHours)} jam kerja · P90 {formatHours(report.total.p90Hours)} jam kerja
          </dd>
        </dl>
      </section>

      {report.services.map((s) => (
        <section key={s.serviceId} aria-labelledby={`layanan-${s.slug}`} className="space-y-3">
          <h2 id={`layanan-${s.slug}`} className="text-xl font-semibold">
            {s.name}
          </h2>
          <p className="text-sm text-slate-700">Target kepatuhan {formatTargetPercent(s.targetPercent)} permohonan selesai tepat waktu.</p>
          {s.months.length > 0 && (
            <ComplianceChart serviceName={s.name} year={period.year} targetPercent={s.targetPercent} months={s.months} />
          )}
          <ServiceMonthTable service={s} year={period.year} totalLabel={totalLabel} />
        </section>
      ))}
      {report.services.length === 0 && <p className="text-slate-600">Instansi ini belum mempunyai layanan.</p>}

      <section aria-labelledby="terbuka" className="space-y-2">
        <h2 id="terbuka" className="text-xl font-semibold">
          Permohonan terbuka per tahap
        </h2>
        <p className="text-sm text-slate-700">Keadaan pada {formatDateTime(report.generatedAt, agency.timeZone)}.</p>
        <OpenByStageTable rows={report.openByStage} />
      </section>

      <section aria-labelledby="terlambat" className="space-y-2">
        <h2 id="terlambat" className="text-xl font-semibold">
          Permohonan terlambat
        </h2>
        <p className="text-sm text-slate-700">
          Masih berjalan dan sudah melewati batas waktu, pada {formatDateTime(report.generatedAt, agency.timeZone)}.
        </p>
        <OverdueTable rows={report.overdue} timeZone={agency.timeZone} />
      </section>
    </div>
  );
}
