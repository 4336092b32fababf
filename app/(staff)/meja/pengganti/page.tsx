import type { Metadata } from "next";
import { loadPage } from "@/features/auth/page-context";
import { DelegationForm } from "@/features/workflow/components/delegation-form";
import { loadDelegationPage } from "@/features/workflow/delegation-page";
import { formatDateTime } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Plh/Plt" };

/** An official names a substitute (Plh/Plt) for a period; the substitute then acts on their behalf. */
export default async function DelegationPage() {
  const agencies = await loadPage(loadDelegationPage);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Pelaksana Harian (Plh) dan Pelaksana Tugas (Plt)</h1>
      {agencies.map(({ agency, self, colleagues, delegations }) => (
        <section key={agency.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`d-${agency.id}`}>
          <h2 id={`d-${agency.id}`} className="font-semibold">
            {agency.name}
          </h2>
          {delegations.length > 0 ? (
            <ul className="list-disc pl-5">
              {delegations.map((d) => (
                <li key={d.id}>
                  {d.substituteName} sebagai {d.kind === "PLH" ? "Plh." : "Plt."} {d.postTitle ?? "pejabat"}, menggantikan {d.onBehalfOf}
                  {d.appointedByName ? `, ditunjuk oleh ${d.appointedByName}` : ""}: {formatDateTime(d.startsAt, agency.timeZone)} –{" "}
                  {formatDateTime(d.endsAt, agency.timeZone)}
                  {d.reason ? ` (${d.reason})` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Tidak ada penunjukan yang berlaku.</p>
          )}
          <DelegationForm agency={agency} self={self} colleagues={colleagues} />
        </section>
      ))}
    </div>
  );
}
