import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { DeskRequestView } from "@/features/workflow/components/desk-request-view";
import { getDeskRequest } from "@/features/workflow/desk-queries";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { clockOfRequest } from "@/features/sla/request-clock";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Permohonan — meja layanan" };

export default async function DeskRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ hasil?: string | string[] }>;
}) {
  const principal = await getPrincipal();
  if (!principal) notFound();
  const data = await getDeskRequest(await db(), principal, (await params).id);
  if (!data) notFound();
  const outcome = (await searchParams).hasil;
  const clock = await clockOfRequest(await db(), data.request.id);
  return (
    <DeskRequestView
      data={data}
      outcome={typeof outcome === "string" ? outcome : undefined}
      sla={<SlaPanel clock={clock} slaText={data.request.service.slaText} />}
    />
  );
}
