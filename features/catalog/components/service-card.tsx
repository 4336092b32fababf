import Link from "next/link";
import type { CatalogAgency, CatalogService } from "../snapshot";

export function serviceHref(agency: { slug: string }, service: { slug: string }): string {
  return `/instansi/${agency.slug}/${service.slug}`;
}

export function ServiceCard({
  service,
  agency,
  showAgency = true,
}: {
  service: CatalogService;
  agency: CatalogAgency;
  showAgency?: boolean;
}) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link href={serviceHref(agency, service)}>{service.name}</Link>
      </h3>
      {showAgency && <p className="text-sm text-slate-600">{agency.name}</p>}
      <p className="mt-2 text-slate-800">{service.summary}</p>
      {service.slaText && <p className="mt-2 text-sm text-slate-700">⏱ {service.slaText}</p>}
    </li>
  );
}
