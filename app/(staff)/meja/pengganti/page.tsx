import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { createDelegationAction } from "@/features/workflow/actions";
import { ActionForm } from "@/features/workflow/components/action-form";
import { deskAgencies } from "@/features/workflow/desk-queries";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Plh/Plt" };

const field = "w-full rounded-md border border-slate-400 bg-white px-2 py-1";

/** An official names a substitute (Plh/Plt) for a period; the substitute then acts on their behalf. */
export default async function DelegationPage() {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  const prisma = await db();
  const agencies = await deskAgencies(prisma, principal);
  const now = new Date();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Pelaksana Harian (Plh) dan Pelaksana Tugas (Plt)</h1>
      {await Promise.all(
        agencies.map(async (agency) => {
          const [colleagues, delegations] = await Promise.all([
            prisma.membership.findMany({
              where: { agencyId: agency.id, userId: { not: principal.id } },
              distinct: ["userId"],
              select: { title: true, user: { select: { id: true, name: true } } },
            }),
            prisma.delegation.findMany({
              where: { agencyId: agency.id, endsAt: { gt: now }, OR: [{ officialId: principal.id }, { substituteId: principal.id }] },
              orderBy: { startsAt: "asc" },
            }),
          ]);
          const names = new Map(colleagues.map((c) => [c.user.id, c.user.name]));
          names.set(principal.id, principal.name);
          return (
            <section key={agency.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`d-${agency.id}`}>
              <h2 id={`d-${agency.id}`} className="font-semibold">{agency.name}</h2>
              {delegations.length > 0 ? (
                <ul className="list-disc pl-5">
                  {delegations.map((d) => (
                    <li key={d.id}>
                      {d.kind === "PLH" ? "Plh." : "Plt."} {names.get(d.substituteId)} atas nama {d.officialId ? names.get(d.officialId) : (d.postTitle ?? "jabatan kosong")}:{" "}
                      {formatDateTime(d.startsAt, agency.timeZone)} – {formatDateTime(d.endsAt, agency.timeZone)}
                      {d.reason ? ` (${d.reason})` : ""}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-600">Tidak ada penunjukan yang berlaku.</p>
              )}
              <ActionForm action={createDelegationAction} hidden={{ agencyId: agency.id }} submitLabel="Tunjuk pengganti" successMessage="Pengganti ditunjuk." resetOnSuccess>
                <div className="grid gap-3 sm:grid-cols-2">
                  <label className="flex flex-col">Pengganti
                    <select name="substituteId" className={field}>
                      {colleagues.map((c) => <option key={c.user.id} value={c.user.id}>{c.user.name}{c.title ? ` — ${c.title}` : ""}</option>)}
                    </select>
                  </label>
                  <label className="flex flex-col">Jenis
                    <select name="kind" className={field}>
                      <option value="PLH">Plh. (berhalangan sementara)</option>
                      <option value="PLT">Plt. (jabatan kosong)</option>
                    </select>
                  </label>
                  <label className="flex flex-col">Mulai
                    <input type="datetime-local" name="startsAt" className={field} />
                  </label>
                  <label className="flex flex-col">Sampai
                    <input type="datetime-local" name="endsAt" className={field} />
                  </label>
                  <label className="flex flex-col sm:col-span-2">Alasan
                    <input name="reason" maxLength={300} className={field} />
                  </label>
                </div>
              </ActionForm>
            </section>
          );
        }),
      )}
    </div>
  );
}
