import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPublicPage } from "@/features/auth/page-context";
import { getCatalog } from "@/features/catalog/queries";
import { findService } from "@/features/catalog/snapshot";
import { ApplyForm, ApplyHeader, SignInToApply } from "@/features/requests/components/apply-page";
import { loadApplyPage } from "@/features/requests/portal-page";

export const dynamic = "force-dynamic";

type Params = Promise<{ agency: string; service: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agency, service } = await params;
  const found = findService(await getCatalog(), agency, service);
  return found ? { title: `Ajukan: ${found.service.name}` } : {};
}

export default async function ApplyPage({ params }: { params: Params }) {
  const { agency, service } = await params;
  const page = await loadPublicPage(loadApplyPage, agency, service);
  if (!page) notFound();
  const header = <ApplyHeader agency={page.agency} service={page.service} />;
  if (page.kind === "sign-in") {
    return (
      <div className="space-y-5">
        {header}
        <SignInToApply agency={page.agency} service={page.service} />
      </div>
    );
  }
  if (page.kind === "ineligible") {
    return (
      <div className="space-y-5">
        {header}
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3">
          {page.message} Anda masuk sebagai {page.email}.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      {header}
      <ApplyForm config={page.config} defaults={page.defaults} />
    </div>
  );
}
