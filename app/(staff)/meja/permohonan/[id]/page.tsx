import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { DeskRequestView } from "@/features/workflow/components/desk-request-view";
import { getDeskRequest } from "@/features/workflow/desk-queries";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Permohonan — meja layanan" };

export default async function DeskRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await getPrincipal();
  if (!principal) notFound();
  const data = await getDeskRequest(await db(), principal, (await params).id);
  if (!data) notFound();
  return <DeskRequestView data={data} />;
}
