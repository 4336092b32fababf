import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalog } from "@/features/catalog/queries";
import { findAgency } from "@/features/catalog/snapshot";
import { PublicPerformanceView } from "@/features/reports/components/public-performance-view";
import { getPublicPerformance } from "@/features/reports/queries";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

type Params = Promise<{ agency: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const agency = findAgency(await getCatalog(), (await params).agency);
  return agency ? { title: t("performance.title", { agency: agency.shortName }) } : {};
}

export default async function AgencyPerformancePage({ params }: { params: Params }) {
  const agency = findAgency(await getCatalog(), (await params).agency);
  if (!agency) notFound();
  return <PublicPerformanceView agency={agency} performance={await getPublicPerformance(agency)} />;
}
