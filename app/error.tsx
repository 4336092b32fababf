"use client";

import { PageMain } from "@/components/site/page-main";
import { t } from "@/lib/i18n";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageMain>
      <div className="space-y-4" role="alert">
        <h1 className="text-2xl font-bold">{t("error.title")}</h1>
        <p>{t("error.body")}</p>
        <p className="font-mono">{error.digest ?? "-"}</p>
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white">
          {t("error.retry")}
        </button>
      </div>
    </PageMain>
  );
}
