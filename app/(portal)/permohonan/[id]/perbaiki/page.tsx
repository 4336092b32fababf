import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPage } from "@/features/auth/page-context";
import { RevisionForm } from "@/features/requests/components/revision-form";
import { loadRevisionPage } from "@/features/requests/portal-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Perbaiki permohonan" };

export default async function RevisePage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadPage(loadRevisionPage, (await params).id);
  if (!loaded) notFound();
  const { request } = loaded;
  const back = <Link href={`/permohonan/${request.id}`}>← {request.registrationNumber}</Link>;
  if (!loaded.revision) {
    return (
      <div className="space-y-3">
        <p>{back}</p>
        <p role="status">Permohonan ini tidak sedang menunggu perbaikan.</p>
      </div>
    );
  }
  const { revision, form } = loaded;
  if (!form) {
    return (
      <div className="space-y-3">
        <p>{back}</p>
        <p role="status">Layanan permohonan ini tidak lagi menerima perbaikan melalui portal. Hubungi petugas layanan instansi.</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p>{back}</p>
      <h1 className="text-2xl font-bold">Perbaiki permohonan {request.registrationNumber}</h1>
      <p>{revision.reason}</p>
      <p className="text-sm text-slate-700">
        Hanya bagian yang diminta petugas yang perlu diubah; bagian lain tetap seperti yang Anda kirim.
      </p>
      <RevisionForm
        requestId={request.id}
        version={request.version}
        items={revision.items}
        config={form.config}
        values={form.values}
        editable={form.editable}
      />
    </div>
  );
}
