import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPage } from "@/features/auth/page-context";
import { DeskRequestView } from "@/features/workflow/components/desk-request-view";
import { loadDeskRequestPage } from "@/features/workflow/desk-page";
import { SlaPanel } from "@/features/sla/components/sla-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Permohonan — meja layanan" };

export default async function DeskRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ hasil?: string | string[] }>;
}) {
  const loaded = await loadPage(loadDeskRequestPage, (await params).id);
  if (!loaded) notFound();
  const { data, clock, stageClock } = loaded;
  const outcome = (await searchParams).hasil;
  return (
    <DeskRequestView
      data={data}
      outcome={typeof outcome === "string" ? outcome : undefined}
      sla={<SlaPanel clock={clock} slaText={data.request.service.slaText} stageClock={stageClock} />}
    />
  );
}
