import { t } from "@/lib/i18n";
import { zoneAbbreviation } from "@/lib/time/zones";
import type { WeeklyHours } from "../content";

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

export function WorkingHoursTable({ hours, timeZone }: { hours: WeeklyHours; timeZone: string }) {
  const zone = zoneAbbreviation(timeZone);
  const fmt = (hhmm: string) => hhmm.replace(":", ".");
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("agency.workingHours")}</caption>
      <tbody>
        {WEEKDAYS.map((d) => {
          const periods = hours[d];
          return (
            <tr key={d} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 pr-4 font-medium">
                {t(`weekday.${d}`)}
              </th>
              <td className="py-1">
                {periods.length === 0 ? t("agency.closed") : periods.map((p) => `${fmt(p.start)}–${fmt(p.end)}`).join(", ") + ` ${zone}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
