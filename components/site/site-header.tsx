import Link from "next/link";
import { t } from "@/lib/i18n";

export function SiteHeader() {
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-white no-underline hover:no-underline">
          <span className="text-xl font-bold tracking-tight">{t("app.name")}</span>
          <span className="ml-2 hidden text-sm text-brand-100 sm:inline">{t("app.tagline")}</span>
        </Link>
        <nav aria-label={t("nav.main")}>
          <ul className="flex gap-4 text-sm">
            <li>
              <Link href="/" className="text-white">
                {t("nav.catalog")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
