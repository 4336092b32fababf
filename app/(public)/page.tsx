import Link from "next/link";
import { getCatalog } from "@/features/catalog/queries";
import { parseQuery, searchCatalog } from "@/features/catalog/search";
import { servicesOf } from "@/features/catalog/snapshot";
import { ServiceCard } from "@/features/catalog/components/service-card";
import { t } from "@/lib/i18n";
import { zoneAbbreviation } from "@/lib/time/zones";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const q = parseQuery((await searchParams).q);
  const catalog = await getCatalog();
  const hits = q ? searchCatalog(catalog, q) : [];

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("home.title")}</h1>
        <p className="max-w-prose text-slate-700">{t("home.intro")}</p>
        <form role="search" action="/" method="get" className="flex max-w-xl gap-2">
          <label htmlFor="q" className="sr-only">
            {t("home.searchLabel")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            placeholder={t("home.searchPlaceholder")}
            className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("home.searchButton")}
          </button>
        </form>
      </section>

      {q ? (
        <section aria-labelledby="hasil" className="space-y-3">
          <h2 id="hasil" className="text-xl font-semibold">
            {t("home.resultsFor", { q })}
          </h2>
          <p className="text-slate-700" role="status">
            {hits.length === 0 ? t("home.noResults", { q }) : t("home.resultCount", { count: hits.length })}
          </p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {hits.map((h) => (
              <ServiceCard key={h.service.id} service={h.service} agency={h.agency} />
            ))}
          </ul>
          <p>
            <Link href="/">{t("home.clearSearch")}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="instansi" className="space-y-6">
          <h2 id="instansi" className="text-xl font-semibold">
            {t("home.agencies")}
          </h2>
          {catalog.agencies.map((agency) => {
            const services = servicesOf(catalog, agency.id);
            return (
              <section key={agency.id} aria-labelledby={`a-${agency.slug}`} className="space-y-2">
                <h3 id={`a-${agency.slug}`} className="text-lg font-semibold">
                  <Link href={`/instansi/${agency.slug}`}>{agency.name}</Link>
                </h3>
                <p className="text-sm text-slate-600">
                  {agency.province} · {zoneAbbreviation(agency.timeZone)} · {t("home.servicesCount", { count: services.length })}
                </p>
                <ul className="grid gap-3 sm:grid-cols-2">
                  {services.map((s) => (
                    <ServiceCard key={s.id} service={s} agency={agency} showAgency={false} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </div>
  );
}
