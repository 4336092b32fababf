import type { Metadata } from "next";
import Link from "next/link";
import { firstValues, loadPage } from "@/features/auth/page-context";
import { QueueTable } from "@/features/workflow/components/queue-table";
import { loadQueuePage } from "@/features/workflow/desk-page";
import { STATUS_VALUES } from "@/features/workflow/queue";
import { STATUS } from "@/features/lifecycle";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Antrian instansi" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const field = "rounded-md border border-slate-400 bg-white px-2 py-1";

export default async function QueuePage({ searchParams }: { searchParams: Search }) {
  const loaded = await loadPage(loadQueuePage, firstValues(await searchParams));
  if (!loaded) return <p>Anda belum terdaftar sebagai petugas instansi mana pun.</p>;
  const { agencies, agency, params, errors, services, opds, rows, marks, nextHref } = loaded;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Antrian {agency.shortName}</h1>
      {errors.map((message) => (
        <p key={message} role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-red-800">
          {message}
        </p>
      ))}
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3" aria-label="Filter antrian">
        {agencies.length > 1 && (
          <label className="flex flex-col text-sm">Instansi
            <select name="instansi" defaultValue={agency.id} className={field}>
              {agencies.map((a) => <option key={a.id} value={a.id}>{a.shortName}</option>)}
            </select>
          </label>
        )}
        <label className="flex flex-col text-sm">Layanan
          <select name="layanan" defaultValue={params.layanan ?? ""} className={field}>
            <option value="">Semua</option>
            {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-sm">Status
          <select name="status" defaultValue={params.status} className={field}>
            <option value="terbuka">Masih berjalan</option>
            <option value="semua">Semua</option>
            {STATUS_VALUES.map((s) => <option key={s} value={s}>{STATUS[s].label}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-sm">Tahap
          <input name="tahap" type="number" min={1} max={20} defaultValue={params.tahap ?? ""} className={field} />
        </label>
        <label className="flex flex-col text-sm">Dinas (OPD)
          <select name="opd" defaultValue={params.opd ?? ""} className={field}>
            <option value="">Semua</option>
            {opds.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-sm">Diajukan dari
          <input name="dari" type="date" defaultValue={params.dari ?? ""} className={field} />
        </label>
        <label className="flex flex-col text-sm">sampai
          <input name="sampai" type="date" defaultValue={params.sampai ?? ""} className={field} />
        </label>
        <label className="flex flex-col text-sm">Cari nomor atau nama pemohon
          <input name="q" type="search" maxLength={80} defaultValue={params.q ?? ""} className={field} />
        </label>
        <label className="flex flex-col text-sm">Urutkan
          <select name="urut" defaultValue={params.urut} className={field}>
            <option value="urgensi">Paling mendesak</option>
            <option value="terbaru">Terbaru</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="terlambat" value="1" defaultChecked={params.terlambat === "1"} /> Hanya yang terlambat
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="untuk" value="saya" defaultChecked={params.untuk === "saya"} /> Hanya yang dapat saya tindak lanjuti
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Terapkan</button>
          <Link href="/meja/antrian">Atur ulang</Link>
        </div>
      </form>
      <QueueTable rows={rows} timeZone={agency.timeZone} marks={marks} />
      {nextHref && (
        <p>
          <Link href={nextHref}>Halaman berikutnya →</Link>
        </p>
      )}
    </div>
  );
}
