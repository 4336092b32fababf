import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadPage } from "@/features/auth/page-context";
import { StatusBadge } from "@/features/requests/components/status-badge";
import { loadMyRequestsPage } from "@/features/requests/portal-page";
import { nextStepOf } from "@/features/lifecycle";
import { formatDateTime } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Permohonan saya" };

export default async function MyRequestsPage({ searchParams }: { searchParams: Promise<{ setelah?: string | string[] }> }) {
  const after = (await searchParams).setelah;
  const { requests, next, paged, isStaff } = await loadPage(loadMyRequestsPage, typeof after === "string" ? after : undefined);
  // Staff land on their desk unless they have requests of their own.
  if (requests.length === 0 && isStaff && !paged) redirect("/meja");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Permohonan saya</h1>
      {requests.length === 0 ? (
        <p className="text-slate-700">
          Anda belum mengajukan permohonan. Pilih layanan di <Link href="/">katalog layanan</Link>.
        </p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/permohonan/${r.id}`} className="text-lg font-semibold">
                  {r.registrationNumber}
                </Link>
                <StatusBadge status={r.status} />
              </div>
              <p>
                {r.service.name} — {r.agency.shortName}
              </p>
              <p className="text-sm text-slate-600">Diajukan {formatDateTime(r.submittedAt, r.agency.timeZone)}</p>
              <p className="text-sm text-slate-800">Langkah berikutnya: {nextStepOf(r)}</p>
            </li>
          ))}
        </ul>
      )}
      {(paged || next) && (
        <nav aria-label="Halaman permohonan" className="flex flex-wrap gap-4">
          {paged && <Link href="/permohonan">Permohonan terbaru</Link>}
          {next && <Link href={`/permohonan?setelah=${next}`}>Permohonan lebih lama</Link>}
        </nav>
      )}
    </div>
  );
}
