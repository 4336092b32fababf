import { notFound } from "next/navigation";
import { ApplyPending } from "@/features/catalog/components/apply-pending";
import { getCatalog } from "@/features/catalog/queries";
import { findService } from "@/features/catalog/snapshot";

export const dynamic = "force-dynamic";

export default async function ApplyPage({ params }: { params: Promise<{ agency: string; service: string }> }) {
  const { agency, service } = await params;
  const found = findService(await getCatalog(), agency, service);
  if (!found) notFound();
  return <ApplyPending agency={found.agency} service={found.service} />;
}
