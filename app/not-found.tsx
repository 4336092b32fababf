import { headers } from "next/headers";
import Link from "next/link";
import { PageMain } from "@/components/site/page-main";
import { PublicSiteHeader } from "@/components/site/site-header";
import { getCatalog } from "@/features/catalog/queries";
import { searchCatalog } from "@/features/catalog/search";
import { findAgency, servicesOf } from "@/features/catalog/snapshot";
import { serviceHref } from "@/features/catalog/components/service-card";
import { t } from "@/lib/i18n";

/** A 404 that helps: says what was not found and offers the closest catalog entries. */
export default async function NotFound() {
  const path = (await headers()).get("x-loket-path") ?? "";
  const [, section, agencySlug = "", serviceSlug = ""] = path.split("/");
  let catalog;
  try {
    catalog = await getCatalog();
  } catch {
    catalog = { agencies: [], services: [], opds: [] };
  }
  const agency = section === "instansi" ? findAgency(catalog, agencySlug) : undefined;

  let message = t("notFound.body");
  let links: { href: string; label: string }[] = [];
  if (section === "instansi" && agency && serviceSlug) {
    message = t("notFound.service", { slug: decodeURIComponent(serviceSlug), agency: agency.name });
    links = servicesOf(catalog, agency.id).map((s) => ({ href: serviceHref(agency, s), label: s.name }));
  } else {
    if (section === "instansi" && agencySlug) message = t("notFound.agency", { slug: decodeURIComponent(agencySlug) });
    const words = decodeURIComponent(path).replace(/[/-]+/g, " ");
    const hits = searchCatalog(catalog, words).slice(0, 5);
    links = hits.length
      ? hits.map((h) => ({ href: serviceHref(h.agency, h.service), label: `${h.service.name} — ${h.agency.shortName}` }))
      : catalog.agencies.map((a) => ({ href: `/instansi/${a.slug}`, label: a.name }));
  }

  return (
    <>
      <PublicSiteHeader />
      <PageMain>
        <div className="space-y-4">
          <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
          <p>{message}</p>
          {links.length > 0 && (
            <>
              <p className="font-medium">{t("notFound.suggestions")}</p>
              <ul className="list-disc space-y-1 pl-6">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href}>{l.label}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link href="/">{t("notFound.home")}</Link>
          </p>
        </div>
      </PageMain>
    </>
  );
}
