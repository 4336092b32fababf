import type { Metadata } from "next";
import { loadPage } from "@/features/auth/page-context";
import { ROLE_NAMES, type Role } from "@/features/auth/roles";
import { loadWorkflowPage } from "@/features/workflow/desk-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alur layanan" };

const KIND = { VERIFY: "Verifikasi kelengkapan", DISPOSE: "Disposisi", EXECUTE: "Pelaksanaan dan penyelesaian" } as const;

/** Each service's workflow: the ordered stages, who acts, what they do, and the norm time. */
export default async function WorkflowPage() {
  const services = await loadPage(loadWorkflowPage);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Alur layanan</h1>
      {services.map((s) => (
        <section key={s.id} aria-labelledby={`alur-${s.id}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`alur-${s.id}`} className="font-semibold">
            {s.name} <span className="font-normal text-slate-600">· {s.agency.shortName}</span>
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {s.stages.map((st) => (
              <li key={st.id}>
                <span className="font-medium">{st.name}</span> — {ROLE_NAMES[st.role as Role]}; {KIND[st.kind]}
                {st.normText ? `; norma waktu ${st.normText}` : ""}
              </li>
            ))}
            <li>Selesai: hasil dan surat penyelesaian diterima pemohon.</li>
          </ol>
        </section>
      ))}
    </div>
  );
}
