import { PRIVACY_NOTICE_PATH } from "@/features/privacy/notice";
import { t } from "@/lib/i18n";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 text-sm text-slate-600">
        <p>{t("footer.about")}</p>
        <p>{t("footer.dataNote")}</p>
        <p>
          <a href={PRIVACY_NOTICE_PATH} className="underline">
            {t("footer.privacy")}
          </a>
        </p>
      </div>
    </footer>
  );
}
