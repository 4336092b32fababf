import { t } from "@/lib/i18n";
import type { PrivacyNotice } from "../notice";

/** The privacy notice as a page: its version and date first, then one section per question. */
export function PrivacyNoticeView({ notice }: { notice: PrivacyNotice }) {
  return (
    <article className="max-w-3xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("privacy.title")}</h1>
        <p className="text-sm text-slate-600">{t("privacy.version", { version: notice.version, date: notice.effectiveOn })}</p>
        <p>{t("privacy.intro")}</p>
      </header>
      {notice.sections.map((section) => (
        <section key={section.heading} className="space-y-2">
          <h2 className="text-lg font-semibold">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p.slice(0, 40)} className="text-slate-800">
              {p}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
