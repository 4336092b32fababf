import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailLinkForm, PasswordForm } from "@/features/auth/components/sign-in-forms";
import { errorMessage } from "@/features/auth/sign-in-errors";
import { safeCallbackUrl } from "@/features/auth/redirects";
import { getPrincipal } from "@/features/auth/session";
import { PrivacyNoticeLink } from "@/features/privacy/components/privacy-acknowledgement";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t("auth.title") };

type Search = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getPrincipal()) redirect(callbackUrl);
  const error = errorMessage(Array.isArray(params.error) ? params.error[0] : params.error);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.title")}</h1>
      <p className="text-slate-700">
        {t("auth.intro")} <PrivacyNoticeLink />
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <EmailLinkForm callbackUrl={callbackUrl} />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <PasswordForm callbackUrl={callbackUrl} initialError={error} />
        </div>
      </div>
    </div>
  );
}
