import { headers } from "next/headers";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { clientAddress } from "@/lib/client-address";
import { loadPage } from "@/features/auth/page-context";
import { DeskRequestView } from "@/features/workflow/components/desk-request-view";
import { loadDeskRequestPage } from "@/features/workflow/desk-page";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { parseHistoryCursor } from "@/features/requests/history";
import type { HistoryParam } from "@/features/workflow/components/desk-request-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Permohonan — meja layanan" };

export default async function DeskRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<"hasil" | "identitas" | HistoryParam, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const history = {
    events: parseHistoryCursor(query.riwayat),
    notes: parseHistoryCursor(query.catatan),
    audit: parseHistoryCursor(query.audit),
  };
  const loaded = await loadPage(loadDeskRequestPage, (await params).id, {
    revealIdentity: query.identitas === "lengkap",
    clientAddress: clientAddress(await headers()),
    history,
  });
  if (!loaded) notFound();
  const { data, clock, stageClock, identityRevealed } = loaded;
  const outcome = query.hasil;
  return (
    <DeskRequestView
      data={data}
      outcome={typeof outcome === "string" ? outcome : undefined}
      identityRevealed={identityRevealed}
      history={{ query, invalid: Object.values(history).includes(null) }}
      sla={<SlaPanel clock={clock} slaText={data.request.service.slaText} stageClock={stageClock} />}
    />
  );
}
