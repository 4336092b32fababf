import Link from "next/link";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/time/zones";
import { describeSlaPolicy } from "../../sla/policy";
import { STANDARD_COMPONENTS } from "../content";
import type { CatalogAgency, CatalogService } from "../snapshot";
import { PrintButton } from "./print-button";
import { RichText } from "./rich-text";
import { Section } from "./section";
import { serviceHref } from "./service-card";

const TYPE_NAMES: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

function NotStated() {
  return <p className="text-slate-600 italic">{t("service.notStated")}</p>;
}

export function ServiceStandard({ agency, service }: { agency: CatalogAgency; service: CatalogService }) {
  const eligibility = [
    service.allowsAsn && t("service.eligibility.asn"),
    service.allowsNonAsn && t("service.eligibility.nonAsn"),
    service.allowsPublic && t("service.eligibility.public"),
  ].filter(Boolean);

  return (
    <article className="space-y-5">
      <nav className="no-print text-sm" aria-label="Breadcrumb">
        <Link href={`/instansi/${agency.slug}`}>← {t("service.backToAgency", { agency: agency.shortName })}</Link>
      </nav>
      <header className="space-y-2">
        {service.category && <p className="text-sm font-medium text-brand-700">{service.category.name}</p>}
        <h1 className="text-2xl font-bold sm:text-3xl">{service.name}</h1>
        <p className="text-slate-700">
          {agency.name}
          {agency.unitName ? ` — ${agency.unitName}` : ""}
        </p>
        {(service.officialNumber || service.establishedOn) && (
          <p className="text-sm text-slate-700">
            {service.officialNumber && `${t("service.officialNumber")}: ${service.officialNumber}`}
            {service.officialNumber && service.establishedOn && " · "}
            {service.establishedOn && `${t("service.establishedOn")}: ${formatDate(service.establishedOn)}`}
          </p>
        )}
        <p className="max-w-prose">{service.summary}</p>
        <div className="no-print flex flex-wrap gap-2 pt-1">
          <Link
            href={`${serviceHref(agency, service)}/ajukan`}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
          >
            {t("service.apply")}
          </Link>
          <PrintButton label={t("service.print")} />
        </div>
      </header>

      <Section id="jangka-waktu" title={t("service.sla")}>
        {service.slaText ? <p className="font-medium">{service.slaText}</p> : <NotStated />}
        {service.slaPolicy && (
          <p className="text-sm text-slate-700">
            {t("service.slaStructured")}: {describeSlaPolicy(service.slaPolicy)}
          </p>
        )}
        {service.scopes.some((s) => s.slaText) && (
          <div>
            <h3 className="font-semibold">{t("service.slaPerScope")}</h3>
            <ul className="list-disc space-y-1 pl-6">
              {service.scopes
                .filter((s) => s.slaText)
                .map((s) => (
                  <li key={s.code}>
                    <span className="font-medium">{s.name}:</span> {s.slaText}
                    {s.slaPolicy && <span className="text-sm text-slate-700"> ({describeSlaPolicy(s.slaPolicy)})</span>}
                  </li>
                ))}
            </ul>
          </div>
        )}
        {service.availabilityTarget != null && (
          <p className="text-sm">{t("service.availability", { percent: service.availabilityTarget })}</p>
        )}
      </Section>

      {service.description && (
        <Section id="deskripsi" title={t("service.description")}>
          <RichText blocks={service.description} />
        </Section>
      )}

      {service.scopes.length > 0 && (
        <Section id="lingkup" title={t("service.scopes")}>
          <ol className="list-decimal space-y-2 pl-6">
            {service.scopes.map((s) => (
              <li key={s.code}>
                <span className="font-medium">{s.name}</span>
                {s.description && <RichText blocks={s.description} className="mt-1 text-slate-700" />}
              </li>
            ))}
          </ol>
        </Section>
      )}

      <Section id="pemohon" title={t("service.whoMayApply")}>
        <ul className="list-disc pl-6">
          {eligibility.map((e) => (
            <li key={String(e)}>{e}</li>
          ))}
        </ul>
        {service.allowedEmailDomains.length > 0 && (
          <p>{t("service.eligibility.domains", { domains: service.allowedEmailDomains.map((d) => `@${d}`).join(", ") })}</p>
        )}
        {service.recipientsText && (
          <div>
            <h3 className="font-semibold">{t("service.recipients")}</h3>
            <RichText blocks={service.recipientsText} />
          </div>
        )}
      </Section>

      <Section id="dokumen" title={t("service.documents")}>
        <ul className="space-y-2">
          {service.documents.map((d) => (
            <li key={d.code}>
              <span className="font-medium">{d.name}</span>{" "}
              <span className="text-sm text-slate-700">
                ({d.required ? t("service.documentRequired") : t("service.documentOptional")};{" "}
                {t("service.documentRule", {
                  types: d.allowedTypes.map((m) => TYPE_NAMES[m] ?? m).join("/"),
                  size: formatBytes(d.maxSizeBytes),
                })}
                )
              </span>
              {d.description && <p className="text-sm text-slate-700">{d.description}</p>}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="prosedur" title={t("service.procedure")}>
        {service.steps.length === 0 ? (
          <p className="text-slate-600 italic">{t("service.procedureNone")}</p>
        ) : (
          <ol className="space-y-3">
            {service.steps.map((s) => (
              <li key={s.position} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
                >
                  {s.position}
                </span>
                <div>
                  <p>
                    <span className="sr-only">{s.position}. </span>
                    {s.actor && <span className="font-medium">{s.actor}: </span>}
                    {s.description}
                  </p>
                  <p className="text-sm text-slate-700">
                    {[
                      s.inputs && `${t("service.inputs")}: ${s.inputs}`,
                      s.normText && `${t("service.norm")}: ${s.normText}`,
                      s.output && `${t("service.output")}: ${s.output}`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </Section>

      {service.definitions.length > 0 && (
        <Section id="definisi" title={t("service.definitions")}>
          <dl className="space-y-2">
            {service.definitions.map((d) => (
              <div key={d.term}>
                <dt className="font-medium">{d.term}</dt>
                <dd className="text-slate-800">{d.meaning}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}

      {service.generalProvisions && (
        <Section id="ketentuan-umum" title={t("service.generalProvisions")}>
          <RichText blocks={service.generalProvisions} />
        </Section>
      )}

      <Section id="standar-pelayanan" title={t("service.standard")}>
        <p className="text-sm text-slate-700">{t("service.standardIntro")}</p>
        {(["delivery", "manufacturing"] as const).map((group) => (
          <div key={group} className="space-y-3">
            <h3 className="font-semibold text-brand-800">{t(`service.group.${group}`)}</h3>
            <ol className="space-y-3">
              {STANDARD_COMPONENTS.map((c, index) => ({ ...c, number: index + 1 }))
                .filter((c) => c.group === group)
                .map((c) => {
                  const content = service.components[c.key];
                  return (
                    <li key={c.key} id={`komponen-${c.number}`} className="border-t border-slate-100 pt-2">
                      <h4 className="font-medium">
                        {c.number}. {c.name}
                      </h4>
                      {content ? <RichText blocks={content} /> : <NotStated />}
                    </li>
                  );
                })}
            </ol>
          </div>
        ))}
      </Section>

      {service.extraSections.length > 0 && (
        <Section id="informasi-lain" title={t("service.otherSections")}>
          {service.extraSections.map((s) => (
            <div key={s.title} className="space-y-1">
              <h3 className="font-semibold">{s.title}</h3>
              <RichText blocks={s.content} />
            </div>
          ))}
        </Section>
      )}

      {service.sourceNote && (
        <p className="text-sm text-slate-600">
          {t("service.source")}: {service.sourceNote}
        </p>
      )}
    </article>
  );
}
