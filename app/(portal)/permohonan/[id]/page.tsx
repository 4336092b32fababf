import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { RequestDetailView } from "@/features/requests/components/request-detail";
import { getRequestForApplicant } from "@/features/requests/queries";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { clockOfRequest } from "@/features/sla/request-clock";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Detail permohonan" };

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ baru?: string }>;
}) {
  const principal = await getPrincipal();
  if (!principal) notFound();
  const detail = await getRequestForApplicant(await db(), principal, (await params).id);
  if (!detail) notFound();
  const clock = await clockOfRequest(await db(), detail.id);
  return (
    <RequestDetailView
      detail={detail}
      justSubmitted={(await searchParams).baru === "1"}
      sla={clock ? <SlaPanel clock={clock} slaText={detail.service.slaText} /> : undefined}
    />
  );
}
