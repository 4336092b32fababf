import Link from "next/link";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { isStaff } from "@/features/auth/roles";
import { getPrincipal } from "@/features/auth/session";
import { t } from "@/lib/i18n";

export async function SiteHeader() {
  const principal = await getPrincipal().catch(() => null);
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-white no-underline hover:no-underline">
          <span className="text-xl font-bold tracking-tight">{t("app.name")}</span>
          <span className="ml-2 hidden text-sm text-brand-100 sm:inline">{t("app.tagline")}</span>
        </Link>
        <nav aria-label={t("nav.main")}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/" className="text-white">
                {t("nav.catalog")}
              </Link>
            </li>
            <li>
              <Link href="/lacak" className="text-white">
                {t("nav.track")}
              </Link>
            </li>
            {principal ? (
              <>
                {isStaff(principal) && (
                  <li>
                    <Link href="/meja" className="text-white">
                      {t("nav.desk")}
                    </Link>
                  </li>
                )}
                <li>
                  <Link href="/permohonan" className="text-white">
                    {t("nav.myRequests")}
                  </Link>
                </li>
                <li>
                  <Link href="/akun" className="text-white">
                    {t("nav.account")}
                  </Link>
                </li>
                <li className="text-brand-100">{t("auth.signedInAs", { name: principal.name })}</li>
                <li>
                  <SignOutButton label={t("auth.signOut")} />
                </li>
              </>
            ) : (
              <li>
                <Link href="/masuk" className="text-white">
                  {t("auth.signIn")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
