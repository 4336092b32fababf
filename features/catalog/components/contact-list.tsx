import { t } from "@/lib/i18n";
import type { ContactChannel } from "../content";

export function ContactList({ channels, empty }: { channels: ContactChannel[]; empty: string }) {
  if (channels.length === 0) return <p className="text-slate-600 italic">{empty}</p>;
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {channels.map((c, i) => (
        <div key={i} className="contents">
          <dt className="font-medium text-slate-700">{c.label || t(`contact.${c.kind}`)}</dt>
          <dd className="break-words">
            {c.value ? (
              c.href ? (
                <a href={c.href} rel="noopener noreferrer">
                  {c.value}
                </a>
              ) : (
                c.value
              )
            ) : (
              <span className="text-slate-600 italic">{t("contact.noValue")}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
