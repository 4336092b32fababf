import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgencyDetails } from "@/features/catalog/components/agency-details";
import { getCatalog } from "@/features/catalog/queries";
import { findAgency, servicesOf } from "@/features/catalog/snapshot";

export const dynamic = "force-dynamic";

type Params = Promise<{ agency: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const agency = findAgency(await getCatalog(), (await params).agency);
  return agency ? { title: agency.name, description: `Layanan TI ${agency.name}` } : {};
}

export default async function AgencyPage({ params }: { params: Params }) {
  const catalog = await getCatalog();
  const agency = findAgency(catalog, (await params).agency);
  if (!agency) notFound();
  return <AgencyDetails agency={agency} services={servicesOf(catalog, agency.id)} />;
}
