import Link from "next/link";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-xl space-y-4" role="status">
      <h1 className="text-2xl font-bold">{t("auth.checkEmail.title")}</h1>
      <p>{t("auth.checkEmail.body")}</p>
      {env().demoData && !env().SMTP_URL && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {t("auth.checkEmail.demo")} <Link href="/kotak-surat">{t("outbox.title")}</Link>
        </p>
      )}
    </div>
  );
}
