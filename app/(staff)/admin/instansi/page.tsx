import type { Metadata } from "next";
import { loadAgencyAdminPage } from "@/features/admin/admin-page";
import { AgencyMembers, NewAgencyForm } from "@/features/admin/components/agency-admin";
import { loadPage } from "@/features/auth/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Instansi dan peran" };

/** Platform admins manage agencies; agency admins (and platform admins) manage who holds which role. */
export default async function AgencyAdminPage() {
  const { canCreateAgency, agencies } = await loadPage(loadAgencyAdminPage);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Instansi dan peran</h1>
      {agencies.length === 0 && <p>Halaman ini untuk admin platform dan admin instansi.</p>}
      {canCreateAgency && (
        <section aria-labelledby="baru" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="baru" className="text-lg font-semibold">
            Tambah instansi
          </h2>
          <NewAgencyForm />
        </section>
      )}
      {agencies.map((a) => (
        <AgencyMembers key={a.id} agency={a} />
      ))}
    </div>
  );
}
