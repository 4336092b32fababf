import type { Metadata } from "next";
import { loadPage } from "@/features/auth/page-context";
import { loadCalendarPage } from "@/features/sla/calendar-page";
import { AgencyCalendar } from "@/features/sla/components/agency-calendar";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kalender kerja" };

/** Each agency's business calendar: working hours and holidays; the agency admin adds or removes holidays. */
export default async function CalendarPage() {
  const agencies = await loadPage(loadCalendarPage);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Kalender kerja</h1>
      <p className="text-slate-700">
        Jangka waktu layanan dihitung pada jam kerja instansi. Perubahan hari libur langsung menggeser batas waktu permohonan yang sedang
        berjalan.
      </p>
      {agencies.map((a) => (
        <AgencyCalendar key={a.agency.id} {...a} />
      ))}
    </div>
  );
}
