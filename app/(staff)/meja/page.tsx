import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { QueueTable } from "@/features/workflow/components/queue-table";
import { deskAgencies } from "@/features/workflow/desk-queries";
import { listMyQueue } from "@/features/workflow/queue";
import { slaMarksFor } from "@/features/sla/queue-marks";
import { STATUS } from "@/features/requests/status";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Perlu tindakan saya" };

export default async function MyDeskPage() {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  const prisma = await db();
  const agencies = await deskAgencies(prisma, principal);
  const queues = await Promise.all(
    agencies.map(async (a) => {
      const rows = await listMyQueue(prisma, principal, a.id);
      return { agency: a, rows, marks: await slaMarksFor(prisma, a.id, rows) };
    }),
  );
  const notifications = await prisma.notification.findMany({
    where: { userId: principal.id, readAt: null },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, message: true, link: true },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Perlu tindakan saya</h1>
      {notifications.length > 0 && (
        <section aria-labelledby="notif" className="rounded-lg border border-brand-100 bg-brand-50 p-3">
          <h2 id="notif" className="font-semibold">Pemberitahuan baru</h2>
          <ul className="list-disc pl-5">
            {notifications.map((n) => (
              <li key={n.id}>{n.link ? <a href={n.link}>{n.message}</a> : n.message}</li>
            ))}
          </ul>
        </section>
      )}
      {queues.map(({ agency, rows, marks }) => {
        const counts = new Map<string, number>();
        for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
        return (
          <section key={agency.id} aria-labelledby={`q-${agency.id}`} className="space-y-2">
            <h2 id={`q-${agency.id}`} className="text-lg font-semibold">
              {agency.name}: {rows.length} permohonan
            </h2>
            <p className="text-sm text-slate-700">
              {[...counts.entries()].map(([s, n]) => `${STATUS[s as keyof typeof STATUS].label}: ${n}`).join(" · ") || "Tidak ada yang menunggu Anda."}
            </p>
            <QueueTable rows={rows} timeZone={agency.timeZone} marks={marks} />
          </section>
        );
      })}
    </div>
  );
}
