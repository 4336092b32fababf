import Link from "next/link";
import { outboxEnabled } from "@/features/notifications/outbox";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

/** Shown on every page while demo data is on: nobody should mistake a demo for the real portal. */
export function DemoBanner() {
  if (!env().demoData) return null;
  return (
    <div role="note" aria-label={t("demo.banner.label")} className="no-print border-b-2 border-amber-600 bg-amber-100 text-amber-950">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <strong className="font-bold">{t("demo.banner.title")}</strong> {t("demo.banner.text")}
        {outboxEnabled() && (
          <>
            {" "}
            <Link href="/kotak-surat" className="text-amber-950 underline">
              {t("outbox.title")}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
