import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { ReportView } from "@/features/reports/components/report-view";
import { loadReportPage } from "@/features/reports/load";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Laporan kinerja layanan" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, one(v)]));
  const loaded = await loadReportPage(await db(), principal, raw);
  if (!loaded) return <p>Anda belum terdaftar sebagai petugas instansi mana pun.</p>;
  return <ReportView report={loaded.report} agencies={loaded.agencies} errors={loaded.errors} />;
}
