import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PageMain } from "@/components/site/page-main";
import { SiteHeader } from "@/components/site/site-header";
import { isStaff } from "@/features/auth/roles";
import { getPrincipal } from "@/features/auth/session";

/** Navigation only: the desk is for staff. Every read and action checks again where it happens. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk?callbackUrl=%2Fmeja");
  if (!isStaff(principal)) redirect("/permohonan");
  return (
    <>
      <SiteHeader />
      <PageMain>
        <div className="min-w-0 space-y-4 wrap-break-word">
          <nav aria-label="Meja layanan" className="no-print">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 border-b border-slate-200 pb-2 text-sm [&_a]:inline-block [&_a]:py-1.5">
              <li>
                <Link href="/meja">Perlu tindakan saya</Link>
              </li>
              <li>
                <Link href="/meja/antrian">Antrian instansi</Link>
              </li>
              <li>
                <Link href="/meja/alur">Alur layanan</Link>
              </li>
              <li>
                <Link href="/meja/pengganti">Plh/Plt</Link>
              </li>
              <li>
                <Link href="/meja/kalender">Kalender kerja</Link>
              </li>
              {(principal.isPlatformAdmin || principal.memberships.some((m) => m.role === "ADMIN")) && (
                <li>
                  <Link href="/admin/instansi">Instansi dan peran</Link>
                </li>
              )}
              <li>
                <Link href="/meja/laporan">Laporan</Link>
              </li>
            </ul>
          </nav>
          {children}
        </div>
      </PageMain>
    </>
  );
}
