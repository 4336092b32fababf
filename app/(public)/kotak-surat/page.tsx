import Link from "next/link";
import { notFound } from "next/navigation";
import { listOutbox, outboxEnabled } from "@/features/notifications/outbox";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  if (!outboxEnabled()) notFound();
  const messages = await listOutbox();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("outbox.title")}</h1>
      <p className="text-slate-700">{t("outbox.intro")}</p>
      {messages.length === 0 ? (
        <p className="italic text-slate-600">{t("outbox.empty")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                {t("outbox.time")}
              </th>
              <th scope="col" className="p-2">
                {t("outbox.to")}
              </th>
              <th scope="col" className="p-2">
                {t("outbox.subject")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-slate-100">
                <td className="p-2 whitespace-nowrap">{m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</td>
                <td className="p-2 break-all">{m.to}</td>
                <td className="p-2">
                  <Link href={`/kotak-surat/${m.id}`}>{m.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
