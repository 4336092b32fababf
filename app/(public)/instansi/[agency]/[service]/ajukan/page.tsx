import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { getCatalog } from "@/features/catalog/queries";
import { findService } from "@/features/catalog/snapshot";
import { ApplyForm, ApplyHeader, SignInToApply } from "@/features/requests/components/apply-page";
import { formDefaults } from "@/features/requests/profile";
import { eligibilityMessage, emailMatchesAllowedDomains } from "@/features/requests/service-fields";
import { formConfigFromCatalog } from "@/features/requests/form-config";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Params = Promise<{ agency: string; service: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { agency, service } = await params;
  const found = findService(await getCatalog(), agency, service);
  return found ? { title: `Ajukan: ${found.service.name}` } : {};
}

export default async function ApplyPage({ params }: { params: Params }) {
  const { agency, service } = await params;
  const catalog = await getCatalog();
  const found = findService(catalog, agency, service);
  if (!found) notFound();
  const principal = await getPrincipal();
  const header = <ApplyHeader agency={found.agency} service={found.service} />;
  if (!principal) {
    return (
      <div className="space-y-5">
        {header}
        <SignInToApply agency={found.agency} service={found.service} />
      </div>
    );
  }
  if (!emailMatchesAllowedDomains(principal.email, found.service.allowedEmailDomains)) {
    return (
      <div className="space-y-5">
        {header}
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3">
          {eligibilityMessage(found.service.allowedEmailDomains)} Anda masuk sebagai {principal.email}.
        </p>
      </div>
    );
  }
  const loaded = formConfigFromCatalog(catalog, found.service.id);
  if (!loaded) notFound();
  const defaults = await formDefaults(await db(), principal.id, loaded.config);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      {header}
      <ApplyForm config={loaded.config} defaults={defaults} />
    </div>
  );
}
