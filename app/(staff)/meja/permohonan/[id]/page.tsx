import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { DeskRequestView } from "@/features/workflow/components/desk-request-view";
import { getDeskRequest } from "@/features/workflow/desk-queries";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { businessMinutesBetween } from "@/features/sla/business-time";
import { loadBusinessCalendar } from "@/features/sla/calendar-store";
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
  const prisma = await db();
  const clock = await clockOfRequest(prisma, data.request.id);
  // The current stage's own norm (e.g. 30 minutes for the Kepala Dinas' disposition), in working time.
  const stage = data.request.service.stages.find((s) => s.position === data.request.stagePosition);
  const stageClock =
    stage?.normMinutes && data.request.status !== "PERLU_PERBAIKAN"
      ? {
          normText: stage.normText ?? `${stage.normMinutes} menit`,
          normMinutes: stage.normMinutes,
          elapsedMinutes: businessMinutesBetween(await loadBusinessCalendar(prisma, data.request.agencyId), data.request.stageEnteredAt, new Date()),
        }
      : null;
  return (
    <DeskRequestView
      data={data}
      outcome={typeof outcome === "string" ? outcome : undefined}
      sla={<SlaPanel clock={clock} slaText={data.request.service.slaText} stageClock={stageClock} />}
    />
  );
}
