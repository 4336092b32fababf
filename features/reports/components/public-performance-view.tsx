import Link from "next/link";
import { t } from "@/lib/i18n";
import { formatDateTime } from "@/lib/time/zones";
import { formatCount, formatHours, formatShare, formatTargetPercent } from "../format";
import type { PublicPerformance } from "../public-performance";

/** The public performance of one agency: aggregates per service only, as one accessible table. */
export function PublicPerformanceView({
  agency,
  performance,
}: {
  agency: { slug: string; name: string; timeZone: string };
  performance: PublicPerformance;
}) {
  const { year, services } = performance;
  return (
    <article className="space-y-4">
      <p className="text-sm">
        <Link href={`/instansi/${agency.slug}`}>← {t("performance.back", { agency: agency.name })}</Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("performance.title", { agency: agency.name })}</h1>
      <p className="max-w-3xl text-slate-700">{t("performance.intro", { year })}</p>
      {services.length === 0 ? (
        <p className="text-slate-600 italic">{t("performance.noServices")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <caption className="sr-only">{t("performance.caption", { year })}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("performance.service")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("performance.received")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("performance.completed")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("performance.compliance")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("performance.target")}
                </th>
                <th scope="col" className="p-2">
                  {t("performance.status")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("performance.avgHandling")}
                </th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.slug} className="border-b border-slate-100 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/instansi/${agency.slug}/${s.slug}`}>{s.name}</Link>
                  </th>
                  <td className="p-2 text-right tabular-nums">{formatCount(s.received)}</td>
                  <td className="p-2 text-right tabular-nums">{formatCount(s.completed)}</td>
                  <td className="p-2 text-right tabular-nums">{formatShare(s.compliance)}</td>
                  <td className="p-2 text-right tabular-nums">{formatTargetPercent(s.targetPercent)}</td>
                  <td className="p-2">
                    {s.meetsTarget === null ? (
                      <span className="text-slate-700">{t("performance.noCompleted")}</span>
                    ) : s.meetsTarget ? (
                      <span className="font-semibold text-emerald-800">{t("performance.met")}</span>
                    ) : (
                      <span className="font-semibold text-red-800">{t("performance.missed")}</span>
                    )}
                  </td>
                  <td className="p-2 text-right whitespace-nowrap tabular-nums">
                    {s.avgHours === null ? "—" : t("performance.hours", { hours: formatHours(s.avgHours) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-slate-600">
        {t("performance.updated", { time: formatDateTime(performance.generatedAt, agency.timeZone) })}
      </p>
    </article>
  );
}
