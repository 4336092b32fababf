import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPage } from "@/features/auth/page-context";
import { RequestDetailView } from "@/features/requests/components/request-detail";
import { loadApplicantRequestPage } from "@/features/requests/portal-page";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { parseHistoryCursor } from "@/features/requests/history";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Detail permohonan" };

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ baru?: string; perbaikan?: string; riwayat?: string | string[] }>;
}) {
  const cursor = parseHistoryCursor((await searchParams).riwayat);
  const loaded = await loadPage(loadApplicantRequestPage, (await params).id, cursor);
  if (!loaded) notFound();
  const { detail, clock, slaText } = loaded;
  return (
    <RequestDetailView
      detail={detail}
      justSubmitted={(await searchParams).baru === "1"}
      justRevised={(await searchParams).perbaikan === "terkirim"}
      historyInvalid={cursor === null}
      sla={clock ? <SlaPanel clock={clock} slaText={slaText} /> : undefined}
    />
  );
}
