import Link from "next/link";
import { notFound } from "next/navigation";
import { getOutboxMessage, outboxEnabled } from "@/features/notifications/outbox";
import { Linkified } from "@/features/catalog/components/rich-text";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!outboxEnabled()) notFound();
  const message = await getOutboxMessage((await params).id);
  if (!message) notFound();
  return (
    <article className="space-y-3">
      <p>
        <Link href="/kotak-surat">← {t("outbox.back")}</Link>
      </p>
      <h1 className="text-xl font-bold">{message.subject}</h1>
      <p className="text-sm text-slate-700">
        {t("outbox.to")}: {message.to}
      </p>
      <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 break-words">
        <Linkified text={message.text} />
      </div>
    </article>
  );
}
