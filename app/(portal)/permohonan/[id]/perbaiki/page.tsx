import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { RevisionForm } from "@/features/requests/components/revision-form";
import { openRevisionFor } from "@/features/requests/revision";
import { loadFormConfig } from "@/features/requests/submit";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Perbaiki permohonan" };

export default async function RevisePage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await getPrincipal();
  if (!principal) notFound();
  const prisma = await db();
  const open = await openRevisionFor(prisma, principal.id, (await params).id);
  if (!open) notFound();
  const { request, revision } = open;
  const back = <Link href={`/permohonan/${request.id}`}>← {request.registrationNumber}</Link>;
  if (request.status !== "PERLU_PERBAIKAN" || !revision) {
    return (
      <div className="space-y-3">
        <p>{back}</p>
        <p role="status">Permohonan ini tidak sedang menunggu perbaikan.</p>
      </div>
    );
  }
  const loaded = await loadFormConfig(prisma, request.serviceId);
  const details = request.details as Record<string, string>;
  const values: Record<string, string> = {
    applicantName: request.applicantName,
    employeeNumber: request.employeeNumber,
    opdId: request.opdId ?? "",
    jabatan: request.jabatan,
    scopeCode: request.scopeCode ?? "",
    description: request.description,
    ...Object.fromEntries(Object.entries(details).map(([k, v]) => [`details.${k}`, v])),
  };
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p>{back}</p>
      <h1 className="text-2xl font-bold">Perbaiki permohonan {request.registrationNumber}</h1>
      <p>{revision.reason}</p>
      <p className="text-sm text-slate-700">Hanya bagian yang diminta petugas yang perlu diubah; bagian lain tetap seperti yang Anda kirim.</p>
      <RevisionForm
        requestId={request.id}
        version={request.version}
        items={revision.items}
        values={values}
        opds={loaded?.config.opds ?? []}
        documents={Object.fromEntries((loaded?.config.documents ?? []).map((d) => [d.code, d]))}
      />
    </div>
  );
}
