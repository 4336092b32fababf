import type { Metadata } from "next";
import { loadPage } from "@/features/auth/page-context";
import { QueueTable } from "@/features/workflow/components/queue-table";
import { loadMyDeskPage } from "@/features/workflow/desk-page";
import { STATUS } from "@/features/lifecycle";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Perlu tindakan saya" };

export default async function MyDeskPage() {
  const { queues, notifications } = await loadPage(loadMyDeskPage);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Perlu tindakan saya</h1>
      {notifications.length > 0 && (
        <section aria-labelledby="notif" className="rounded-lg border border-brand-100 bg-brand-50 p-3">
          <h2 id="notif" className="font-semibold">
            Pemberitahuan baru
          </h2>
          <ul className="list-disc pl-5">
            {notifications.map((n) => (
              <li key={n.id}>{n.link ? <a href={n.link}>{n.message}</a> : n.message}</li>
            ))}
          </ul>
        </section>
      )}
      {queues.map(({ agency, rows, counts, marks }) => (
        <section key={agency.id} aria-labelledby={`q-${agency.id}`} className="space-y-2">
          <h2 id={`q-${agency.id}`} className="text-lg font-semibold">
            {agency.name}: {rows.length} permohonan
          </h2>
          <p className="text-sm text-slate-700">
            {counts.map(([s, n]) => `${STATUS[s].label}: ${n}`).join(" · ") || "Tidak ada yang menunggu Anda."}
          </p>
          <QueueTable rows={rows} timeZone={agency.timeZone} marks={marks} />
        </section>
      ))}
    </div>
  );
}
