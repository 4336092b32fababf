import Link from "next/link";
import { t } from "@/lib/i18n";
import type { CatalogAgency, CatalogService } from "../snapshot";
import { ContactList } from "./contact-list";
import { serviceHref } from "./service-card";

/** Until online submission opens for a service: how to apply through the office's own channels. */
export function ApplyPending({ agency, service }: { agency: CatalogAgency; service: CatalogService }) {
  const channels = [...agency.contactChannels, ...agency.complaintChannels].filter(
    (c) => c.kind !== "lapor" && c.kind !== "complaint_box",
  );
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">{t("apply.title", { service: service.name })}</h1>
      <p role="status">{t("apply.soon")}</p>
      {service.steps.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("apply.steps")}</h2>
          <ol className="list-decimal space-y-1 pl-6">
            {service.steps.map((s) => (
              <li key={s.position}>
                {s.actor && <span className="font-medium">{s.actor}: </span>}
                {s.description}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apply.contacts")}</h2>
        <ContactList channels={channels} empty={t("agency.noContacts")} />
      </section>
      <p>
        <Link href={serviceHref(agency, service)}>← {service.name}</Link>
      </p>
    </article>
  );
}
