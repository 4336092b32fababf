import type { Metadata } from "next";
import Link from "next/link";
import { firstValues, loadPage } from "@/features/auth/page-context";
import { QueueFilters } from "@/features/workflow/components/queue-filters";
import { QueueTable } from "@/features/workflow/components/queue-table";
import { loadQueuePage } from "@/features/workflow/desk-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Antrian instansi" };

type Search = Promise<Record<string, string | string[] | undefined>>;

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
      <QueueFilters agencies={agencies} agencyId={agency.id} params={params} services={services} opds={opds} />
      <QueueTable rows={rows} timeZone={agency.timeZone} marks={marks} />
      {nextHref && (
        <p>
          <Link href={nextHref}>Halaman berikutnya →</Link>
        </p>
      )}
    </div>
  );
}
