import Link from "next/link";
import { t } from "@/lib/i18n";
import { zoneAbbreviation, zoneOffsetLabel } from "@/lib/time/zones";
import type { CatalogAgency, CatalogService } from "../snapshot";
import { ContactList } from "./contact-list";
import { RichText } from "./rich-text";
import { Section } from "./section";
import { ServiceCard } from "./service-card";
import { WorkingHoursTable } from "./working-hours";

export function AgencyDetails({ agency, services }: { agency: CatalogAgency; services: CatalogService[] }) {
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{agency.name}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-slate-700 sm:grid-cols-[10rem_1fr]">
          {agency.unitName && (
            <>
              <dt className="font-medium">{t("agency.unit")}</dt>
              <dd>{agency.unitName}</dd>
            </>
          )}
          <dt className="font-medium">{t("agency.region")}</dt>
          <dd>
            {agency.region}, {agency.province}
          </dd>
          <dt className="font-medium">{t("agency.zone")}</dt>
          <dd>
            {zoneAbbreviation(agency.timeZone)} ({zoneOffsetLabel(agency.timeZone)}, {agency.timeZone})
          </dd>
        </dl>
        <p>
          <Link href={`/instansi/${agency.slug}/kinerja`} className="font-medium">
            {t("agency.performanceLink")}
          </Link>
          <span className="text-slate-700"> — {t("agency.performanceIntro")}</span>
        </p>
      </header>

      <Section id="layanan" title={t("agency.services")}>
        {services.length === 0 ? (
          <p className="text-slate-600 italic">{t("agency.noServices")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {services.map((s) => (
              <ServiceCard key={s.id} service={s} agency={agency} showAgency={false} />
            ))}
          </ul>
        )}
      </Section>

      <Section id="jam-pelayanan" title={t("agency.workingHours")}>
        <WorkingHoursTable hours={agency.workingHours} timeZone={agency.timeZone} />
      </Section>

      <Section id="kontak" title={t("agency.contacts")}>
        {agency.address && (
          <p>
            <span className="font-medium">{t("contact.address")}: </span>
            {agency.address}
          </p>
        )}
        <ContactList channels={agency.contactChannels} empty={t("agency.noContacts")} />
      </Section>

      <Section id="pengaduan" title={t("agency.complaints")}>
        <ContactList channels={agency.complaintChannels} empty={t("agency.noComplaints")} />
        {agency.complaintFlow && (
          <div>
            <h3 className="font-semibold">{t("agency.complaintFlow")}</h3>
            <RichText blocks={agency.complaintFlow} />
          </div>
        )}
        {agency.complaintDeadlines.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("agency.complaintDeadlines")}</h3>
            <ul className="list-disc pl-6">
              {agency.complaintDeadlines.map((d) => (
                <li key={d.label}>
                  {d.label}: {t("agency.workingDays", { days: d.workingDays })}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-sm text-slate-600">{t("agency.lapor")}</p>
      </Section>

      <Section id="maklumat" title={t("agency.maklumat")}>
        {agency.maklumat ? (
          <blockquote className="border-l-4 border-brand-600 pl-3 italic">{agency.maklumat}</blockquote>
        ) : (
          <p className="text-slate-600 italic">{t("agency.maklumatMissing")}</p>
        )}
      </Section>

      {agency.sourceNote && <p className="text-sm text-slate-600">{agency.sourceNote}</p>}
    </article>
  );
}
