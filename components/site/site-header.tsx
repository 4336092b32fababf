import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { isStaff } from "@/features/auth/roles";
import { getPrincipal } from "@/features/auth/session";
import { t } from "@/lib/i18n";

function HeaderFrame({ children }: { children: ReactNode }) {
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
            {children}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The header of personal and staff pages: rendered with the signed-in person's menu. */
export async function SiteHeader() {
  const principal = await getPrincipal().catch(() => null);
  if (!principal) return <HeaderFrame>{signInItem()}</HeaderFrame>;
  return (
    <HeaderFrame>
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
    </HeaderFrame>
  );
}

function signInItem() {
  return (
    <li data-account="">
      <Link href="/masuk" className="text-white">
        {t("auth.signIn")}
      </Link>
    </li>
  );
}

/**
 * The header of public pages, the same for every visitor so that the page can be cached: "Masuk"
 * for everyone, and the signed-in menu as a template that public/site.js fills from /api/sesi.
 * Without JavaScript a signed-in visitor follows "Masuk" and is sent on to their requests.
 */
export function PublicSiteHeader() {
  return (
    <HeaderFrame>
      {signInItem()}
      <template id="menu-akun">
        <li data-staff-only="">
          <Link href="/meja" className="text-white">
            {t("nav.desk")}
          </Link>
        </li>
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
        <li className="text-brand-100" data-signed-in-as="">
          {t("auth.signedInAs", { name: "{name}" })}
        </li>
        <li>
          <form method="post" action="/api/auth/signout">
            <input type="hidden" name="csrfToken" value="" />
            <input type="hidden" name="callbackUrl" value="/" />
            <button type="submit" className="text-white underline underline-offset-2">
              {t("auth.signOut")}
            </button>
          </form>
        </li>
      </template>
    </HeaderFrame>
  );
}
