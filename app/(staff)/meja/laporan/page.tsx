import type { Metadata } from "next";
import { firstValues, loadPage } from "@/features/auth/page-context";
import { ReportView } from "@/features/reports/components/report-view";
import { loadReportPage } from "@/features/reports/load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Laporan kinerja layanan" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const loaded = await loadPage(loadReportPage, firstValues(await searchParams));
  if (!loaded) return <p>Anda belum terdaftar sebagai petugas instansi mana pun.</p>;
  return <ReportView report={loaded.report} agencies={loaded.agencies} errors={loaded.errors} />;
}
