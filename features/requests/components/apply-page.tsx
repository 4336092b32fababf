import Link from "next/link";
import type { CatalogAgency, CatalogService } from "@/features/catalog/snapshot";
import { serviceHref } from "@/features/catalog/components/service-card";
import type { RequestFormConfig, RequestFormInput } from "../form-schema";
import { RequestForm } from "./request-form";

export function SignInToApply({ agency, service }: { agency: CatalogAgency; service: CatalogService }) {
  const callback = `${serviceHref(agency, service)}/ajukan`;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <p>Untuk mengajukan permohonan, masuk dahulu dengan email dinas Anda. Kami akan mengirim tautan masuk ke email tersebut.</p>
      <Link
        href={`/masuk?callbackUrl=${encodeURIComponent(callback)}`}
        className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
      >
        Masuk untuk mengajukan
      </Link>
    </div>
  );
}

export function ApplyHeader({ agency, service }: { agency: CatalogAgency; service: CatalogService }) {
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href={serviceHref(agency, service)}>← {service.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">Ajukan permohonan: {service.name}</h1>
      <p className="text-slate-700">{agency.name}</p>
      {service.slaText && <p className="text-sm text-slate-700">Jangka waktu pelayanan: {service.slaText}</p>}
    </header>
  );
}

export function ApplyForm(props: { config: RequestFormConfig; defaults: Partial<RequestFormInput> }) {
  return <RequestForm {...props} submitUrl="/api/permohonan" />;
}
