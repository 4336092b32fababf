import { FormMessage } from "@/components/forms/form-message";
import { buttonClass } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-fields";
import { StackedTable } from "@/components/data/stacked-table";
import { formatDateTime } from "@/lib/time/zones";
import { type AccessRow, accessKindLabel } from "../personal-data";
import { BREACH_REPORT_ZONE, type loadBreachReportPage } from "../breach-report";

type Report = NonNullable<Awaited<ReturnType<typeof loadBreachReportPage>>>;

/** "Akses data pribadi": the platform admin's breach-report page (filters as a GET form, CSV link). */
export function BreachReportView({ report }: { report: Report }) {
  const { query, rows, errors, csvHref, subject } = report;
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Akses data pribadi</h1>
        <p className="text-slate-700">
          Siapa mengakses data pribadi siapa: halaman permohonan yang dibuka, dokumen yang dilihat, NIP/NIK yang ditampilkan lengkap, dan
          ekspor. Untuk laporan kegagalan pelindungan data pribadi (paling lambat 3 × 24 jam, UU 27/2022). Waktu dalam WIB.
        </p>
      </header>
      {errors.map((e) => (
        <FormMessage key={e} tone="error">
          {e}
        </FormMessage>
      ))}
      <form
        method="get"
        aria-label="Saring akses data pribadi"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <TextField
          id="ad-dari"
          name="dari"
          type="datetime-local"
          label="Dari (WIB)"
          defaultValue={query.values.dari}
          className="w-full sm:w-auto"
        />
        <TextField
          id="ad-sampai"
          name="sampai"
          type="datetime-local"
          label="Sampai (WIB)"
          defaultValue={query.values.sampai}
          className="w-full sm:w-auto"
        />
        <TextField
          id="ad-orang"
          name="orang"
          type="email"
          label="Pemilik data (email)"
          optional
          defaultValue={query.values.orang}
          className="w-full sm:w-64"
        />
        <TextField
          id="ad-pelaku"
          name="pelaku"
          type="email"
          label="Pengakses (email)"
          optional
          defaultValue={query.values.pelaku}
          className="w-full sm:w-64"
        />
        <button type="submit" className={buttonClass("primary")}>
          Tampilkan
        </button>
      </form>
      <p className="flex flex-wrap items-center gap-4">
        <span>
          {rows.length} akses
          {subject ? ` ke data ${subject.name} (${subject.email})` : ""}, {formatDateTime(query.from, BREACH_REPORT_ZONE)} sampai{" "}
          {formatDateTime(query.to, BREACH_REPORT_ZONE)}.
        </span>
        <a href={csvHref} download>
          Unduh CSV
        </a>
      </p>
      {rows.length > 0 && (
        <StackedTable<AccessRow>
          caption="Akses data pribadi"
          rows={rows}
          rowKey={(r) => String(r.id)}
          columns={[
            { header: "Waktu", cell: (r) => formatDateTime(r.at, BREACH_REPORT_ZONE), nowrap: true, rowHeader: true },
            { header: "Pengakses", cell: (r) => `${r.actorName ?? "—"}${r.actorEmail ? ` (${r.actorEmail})` : ""}` },
            { header: "Akses", cell: (r) => `${accessKindLabel(r.kind)}${r.detail ? `: ${r.detail}` : ""}` },
            { header: "Permohonan", cell: (r) => r.registrationNumber ?? "—", nowrap: true },
            { header: "Pemilik data", cell: (r) => r.subjects.map((s) => s.name).join(", ") || "—" },
            { header: "Alamat klien", cell: (r) => r.clientAddress ?? "—" },
          ]}
        />
      )}
    </div>
  );
}
