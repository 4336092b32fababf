import Link from "next/link";
import { formatFileSize } from "@/features/documents/file-type";
import { formatDate, formatDateTime } from "@/lib/time/zones";
import { IDENTITY_LABELS } from "../form-schema";
import { formatTrackingCode } from "../numbering";
import { type RequestDetail, timingOf } from "../queries";
import { revisionItemsSchema } from "../revision";
import { nextStepOf } from "../../lifecycle";
import { StatusBadge } from "./status-badge";
import { Timeline } from "./timeline";
import { HistoryPager, withCursor } from "./history-pager";
import { t } from "@/lib/i18n";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export function RequestDetailView({
  detail,
  justSubmitted,
  justRevised = false,
  sla,
  historyInvalid = false,
}: {
  detail: RequestDetail;
  /** The timeline cursor in the URL was not valid (the newest entries are shown). */
  historyInvalid?: boolean;
  justSubmitted: boolean;
  /** Right after the applicant sent a revision: confirm it, with the recomputed expected completion. */
  justRevised?: boolean;
  sla?: React.ReactNode;
}) {
  const zone = detail.agency.timeZone;
  const { slaText, scopeNames, expected } = timingOf(detail);
  const current = detail.documents.filter((d) => !d.supersededAt);
  const history = detail.documents.filter((d) => d.supersededAt);
  const openRevision = detail.status === "PERLU_PERBAIKAN" ? detail.revisions.find((r) => !r.resolvedAt) : undefined;
  const details = detail.details as Record<string, string>;
  const fieldLabels = new Map((detail.service.requestFields as { key: string; label: string }[]).map((f) => [f.key, f.label]));

  return (
    <article className="space-y-5">
      {justSubmitted && (
        <div role="status" className="rounded-md border-2 border-emerald-600 bg-emerald-50 p-4">
          <p className="text-lg font-semibold">Permohonan terkirim.</p>
          <p>
            Nomor registrasi <strong>{detail.registrationNumber}</strong>, kode lacak{" "}
            <strong>{formatTrackingCode(detail.trackingCode)}</strong>. Simpan tanda terima sebagai bukti permohonan.
          </p>
        </div>
      )}
      {justRevised && detail.status !== "PERLU_PERBAIKAN" && (
        <div role="status" className="rounded-md border-2 border-emerald-600 bg-emerald-50 p-4">
          <p className="text-lg font-semibold">Perbaikan terkirim.</p>
          <p>
            Petugas akan memeriksa kembali permohonan {detail.registrationNumber}. Perkiraan penyelesaian: {expected.text}
          </p>
        </div>
      )}
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/permohonan">← Permohonan saya</Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{detail.registrationNumber}</h1>
          <StatusBadge status={detail.status} />
        </div>
        <p>
          {detail.service.name}
          {scopeNames ? ` — ${scopeNames}` : ""} · {detail.agency.name}
        </p>
        <p className="font-medium">Langkah berikutnya: {nextStepOf(detail)}</p>
        <p>
          <a
            href={`/api/permohonan/${detail.id}/tanda-terima`}
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            Unduh tanda terima (PDF)
          </a>
        </p>
      </header>

      {openRevision && (
        <section aria-labelledby="perbaikan" className="space-y-2 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
          <h2 id="perbaikan" className="text-lg font-semibold">
            Perlu perbaikan
          </h2>
          <p>{openRevision.reason}</p>
          <ul className="list-disc pl-6">
            {revisionItemsSchema.parse(openRevision.items).map((item, i) => (
              <li key={i}>
                <span className="font-medium">{item.label}</span>: {item.reason}
              </li>
            ))}
          </ul>
          <Link
            href={`/permohonan/${detail.id}/perbaiki`}
            className="inline-block rounded-md bg-amber-700 px-4 py-2 font-medium text-white no-underline hover:bg-amber-800"
          >
            Perbaiki sekarang
          </Link>
        </section>
      )}

      {detail.status === "SELESAI" && (
        <section aria-labelledby="hasil" className="space-y-2 rounded-lg border-2 border-emerald-500 bg-white p-4">
          <h2 id="hasil" className="text-lg font-semibold">
            Hasil layanan
          </h2>
          {detail.resultSummary && <p className="whitespace-pre-line">{detail.resultSummary}</p>}
          {detail.results.length > 0 && (
            <ul className="list-disc pl-6">
              {detail.results.map((d) => (
                <li key={d.id}>
                  <a href={`/api/hasil/${d.id}`}>{d.fileName}</a> ({formatFileSize(d.sizeBytes)})
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`/api/permohonan/${detail.id}/surat-penyelesaian`}>Unduh surat penyelesaian (PDF)</a>
          </p>
        </section>
      )}

      {sla ?? (
        <section aria-labelledby="waktu" className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="waktu" className="text-lg font-semibold">
            Jangka waktu
          </h2>
          <p>{slaText || "Tidak dinyatakan oleh instansi."}</p>
          <p className="text-slate-700">Perkiraan penyelesaian: {expected.text}</p>
        </section>
      )}

      <section aria-labelledby="data" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="data" className="text-lg font-semibold">
          Data permohonan
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
          <Row label="Diajukan">{formatDateTime(detail.submittedAt, zone)}</Row>
          <Row label="Nama">{detail.applicantName}</Row>
          <Row label={`Nomor Pegawai (${IDENTITY_LABELS[detail.employeeNumberKind]})`}>{detail.employeeNumber}</Row>
          <Row label="Dinas">{detail.opdName}</Row>
          <Row label="Jabatan">{detail.jabatan}</Row>
          {scopeNames && <Row label="Lingkup layanan">{scopeNames}</Row>}
          {detail.letterNumber && <Row label="Nomor surat">{detail.letterNumber}</Row>}
          {detail.letterDate && <Row label="Tanggal surat">{formatDate(detail.letterDate)}</Row>}
          {Object.entries(details).map(([k, v]) => (
            <Row key={k} label={fieldLabels.get(k) ?? k}>
              <span className="whitespace-pre-line">{v}</span>
            </Row>
          ))}
          <Row label="Keterangan Permohonan Layanan">
            <span className="whitespace-pre-line">{detail.description}</span>
          </Row>
        </dl>
      </section>

      <section aria-labelledby="dokumen" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="dokumen" className="text-lg font-semibold">
          Dokumen
        </h2>
        <ul className="space-y-1">
          {current.map((d) => (
            <li key={d.id}>
              {d.requirementName}: <a href={`/api/dokumen/${d.id}`}>{d.fileName}</a> ({formatFileSize(d.sizeBytes)}
              {d.version > 1 ? `, versi ${d.version}` : ""})
            </li>
          ))}
        </ul>
        {history.length > 0 && (
          <details>
            <summary className="cursor-pointer">Versi sebelumnya ({history.length})</summary>
            <ul className="mt-1 space-y-1 text-sm">
              {history.map((d) => (
                <li key={d.id}>
                  {d.requirementName} versi {d.version}: <a href={`/api/dokumen/${d.id}`}>{d.fileName}</a> — diganti{" "}
                  {formatDateTime(d.supersededAt!, zone)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="riwayat" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="riwayat" className="text-lg font-semibold">
          Riwayat
        </h2>
        {historyInvalid && <p className="text-sm text-amber-800">{t("history.invalidCursor")}</p>}
        <HistoryPager
          links={detail.eventLinks}
          href={(cursor) => withCursor(`/permohonan/${detail.id}`, {}, "riwayat", cursor, "riwayat")}
        />
        <Timeline events={detail.events} timeZone={zone} />
      </section>
    </article>
  );
}
