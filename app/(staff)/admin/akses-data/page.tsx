import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadBreachReportPage } from "@/features/audit/breach-report";
import { BreachReportView } from "@/features/audit/components/breach-report-view";
import { firstValues, loadPage } from "@/features/auth/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akses data pribadi" };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Platform admin only: who accessed whose personal data, for a breach report. */
export default async function PersonalDataAccessPage({ searchParams }: { searchParams: Search }) {
  const report = await loadPage(loadBreachReportPage, firstValues(await searchParams));
  if (!report) notFound();
  return <BreachReportView report={report} />;
}
