import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceStandard } from "@/features/catalog/components/service-standard";
import { getCatalog } from "@/features/catalog/queries";
import { findService } from "@/features/catalog/snapshot";

export const dynamic = "force-dynamic";

type Params = Promise<{ agency: string; service: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agency, service } = await params;
  const found = findService(await getCatalog(), agency, service);
  return found ? { title: `${found.service.name} — ${found.agency.shortName}`, description: found.service.summary } : {};
}

export default async function ServicePage({ params }: { params: Params }) {
  const { agency, service } = await params;
  const found = findService(await getCatalog(), agency, service);
  if (!found) notFound();
  return <ServiceStandard agency={found.agency} service={found.service} />;
}
