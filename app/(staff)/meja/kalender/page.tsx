import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPrincipal } from "@/features/auth/session";
import { WorkingHoursTable } from "@/features/catalog/components/working-hours";
import { weeklyHoursSchema } from "@/features/catalog/content";
import { addHolidayAction, addSpecialPeriodAction, removeHolidayAction, removeSpecialPeriodAction, setWorkingHoursAction } from "@/features/sla/actions";
import { formatWeeklyHoursInput } from "@/features/sla/calendar-store";
import { ActionForm } from "@/features/workflow/components/action-form";
import { deskAgencies } from "@/features/workflow/desk-queries";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kalender kerja" };

const KIND = { LIBUR_NASIONAL: "Libur nasional", CUTI_BERSAMA: "Cuti bersama", LOKAL: "Libur daerah" } as const;
const DAYS = [["1", "Senin"], ["2", "Selasa"], ["3", "Rabu"], ["4", "Kamis"], ["5", "Jumat"], ["6", "Sabtu"], ["7", "Minggu"]] as const;

function HoursInputs({ values, idPrefix }: { values: Record<string, string>; idPrefix: string }) {
  return (
    <fieldset className="grid gap-2 sm:grid-cols-2">
      <legend className="text-sm text-slate-700">Jam kerja per hari, mis. 07.30-12.00, 13.00-16.00 (kosong = tidak ada jam kerja)</legend>
      {DAYS.map(([d, name]) => (
        <label key={d} htmlFor={`${idPrefix}-${d}`} className="flex flex-col text-sm">
          {name}
          <input id={`${idPrefix}-${d}`} name={`hours.${d}`} defaultValue={values[d] ?? ""} className="rounded-md border border-slate-400 px-2 py-1" />
        </label>
      ))}
    </fieldset>
  );
}

/** Each agency's business calendar: working hours and holidays; the agency admin adds or removes holidays. */
export default async function CalendarPage() {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  const prisma = await db();
  const agencies = await deskAgencies(prisma, principal);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Kalender kerja</h1>
      <p className="text-slate-700">
        Jangka waktu layanan dihitung pada jam kerja instansi. Perubahan hari libur langsung menggeser batas waktu permohonan yang sedang berjalan.
      </p>
      {await Promise.all(
        agencies.map(async (agency) => {
          const [full, holidays, periods] = await Promise.all([
            prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { workingHours: true } }),
            prisma.holiday.findMany({ where: { agencyId: agency.id }, orderBy: { date: "asc" } }),
            prisma.specialPeriod.findMany({ where: { agencyId: agency.id }, orderBy: { startsOn: "asc" } }),
          ]);
          const weekly = weeklyHoursSchema.parse(full.workingHours);
          const isAdmin = principal.isPlatformAdmin || principal.memberships.some((m) => m.agencyId === agency.id && m.role === "ADMIN");
          return (
            <section key={agency.id} aria-labelledby={`k-${agency.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`k-${agency.id}`} className="text-lg font-semibold">{agency.name}</h2>
              <WorkingHoursTable hours={weekly} timeZone={agency.timeZone} />
              {isAdmin && (
                <details>
                  <summary className="cursor-pointer font-medium">Ubah jam kerja</summary>
                  <ActionForm action={setWorkingHoursAction} hidden={{ agencyId: agency.id }} submitLabel="Simpan jam kerja" successMessage="Jam kerja disimpan; batas waktu permohonan berjalan diperbarui.">
                    <HoursInputs values={formatWeeklyHoursInput(weekly)} idPrefix={`wh-${agency.id}`} />
                  </ActionForm>
                </details>
              )}
              <h3 className="font-medium">Periode jam kerja khusus (mis. Ramadan)</h3>
              {periods.length === 0 ? (
                <p className="text-sm text-slate-600">Tidak ada.</p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {periods.map((p) => (
                    <li key={p.id} className="flex flex-wrap items-center gap-2">
                      {p.label}: {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                      {isAdmin && (
                        <ActionForm action={removeSpecialPeriodAction} hidden={{ agencyId: agency.id, periodId: p.id }} submitLabel="Hapus" tone="neutral" successMessage="Dihapus." />
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {isAdmin && (
                <details>
                  <summary className="cursor-pointer font-medium">Tambah periode khusus</summary>
                  <ActionForm action={addSpecialPeriodAction} hidden={{ agencyId: agency.id }} submitLabel="Tambah periode" successMessage="Periode ditambahkan; batas waktu permohonan berjalan diperbarui." resetOnSuccess>
                    <div className="grid gap-2 sm:grid-cols-3">
                      <label className="flex flex-col text-sm">Nama periode
                        <input name="label" maxLength={80} className="rounded-md border border-slate-400 px-2 py-1" />
                      </label>
                      <label className="flex flex-col text-sm">Mulai
                        <input type="date" name="startsOn" className="rounded-md border border-slate-400 px-2 py-1" />
                      </label>
                      <label className="flex flex-col text-sm">Sampai
                        <input type="date" name="endsOn" className="rounded-md border border-slate-400 px-2 py-1" />
                      </label>
                    </div>
                    <HoursInputs values={formatWeeklyHoursInput(weekly)} idPrefix={`sp-${agency.id}`} />
                  </ActionForm>
                </details>
              )}
              <table className="w-full text-left text-sm">
                <caption className="text-left font-medium">Hari libur</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-1">Tanggal</th>
                    <th scope="col">Keterangan</th>
                    <th scope="col">Jenis</th>
                    {isAdmin && <th scope="col"><span className="sr-only">Tindakan</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {holidays.map((h) => (
                    <tr key={h.id} className="border-b border-slate-100">
                      <td className="py-1 whitespace-nowrap">{formatDate(h.date)}</td>
                      <td>{h.name}</td>
                      <td>{KIND[h.kind]}</td>
                      {isAdmin && (
                        <td>
                          <ActionForm action={removeHolidayAction} hidden={{ agencyId: agency.id, holidayId: h.id }} submitLabel="Hapus" tone="neutral" successMessage="Dihapus." />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
              {isAdmin && (
                <ActionForm action={addHolidayAction} hidden={{ agencyId: agency.id }} submitLabel="Tambah hari libur" successMessage="Hari libur ditambahkan; batas waktu permohonan berjalan diperbarui." resetOnSuccess>
                  <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
                    <label className="flex flex-col">Tanggal
                      <input type="date" name="date" className="rounded-md border border-slate-400 px-2 py-1" />
                    </label>
                    <label className="flex flex-col">Nama hari libur
                      <input name="name" maxLength={120} className="rounded-md border border-slate-400 px-2 py-1" />
                    </label>
                  </div>
                </ActionForm>
              )}
            </section>
          );
        }),
      )}
    </div>
  );
}
