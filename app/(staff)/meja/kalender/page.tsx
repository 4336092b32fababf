import type { Metadata } from "next";
import { getPrincipal } from "@/features/auth/session";
import { WorkingHoursTable } from "@/features/catalog/components/working-hours";
import { weeklyHoursSchema } from "@/features/catalog/content";
import { addHolidayAction, removeHolidayAction } from "@/features/sla/actions";
import { ActionForm } from "@/features/workflow/components/action-form";
import { deskAgencies } from "@/features/workflow/desk-queries";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { formatDate } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kalender kerja" };

const KIND = { LIBUR_NASIONAL: "Libur nasional", CUTI_BERSAMA: "Cuti bersama", LOKAL: "Libur daerah" } as const;

/** Each agency's business calendar: working hours and holidays; the agency admin adds or removes holidays. */
export default async function CalendarPage() {
  const principal = await getPrincipal();
  if (!principal) throw new UnauthenticatedError();
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
          const [full, holidays] = await Promise.all([
            prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { workingHours: true } }),
            prisma.holiday.findMany({ where: { agencyId: agency.id }, orderBy: { date: "asc" } }),
          ]);
          const isAdmin = principal.isPlatformAdmin || principal.memberships.some((m) => m.agencyId === agency.id && m.role === "ADMIN");
          return (
            <section key={agency.id} aria-labelledby={`k-${agency.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`k-${agency.id}`} className="text-lg font-semibold">{agency.name}</h2>
              <WorkingHoursTable hours={weeklyHoursSchema.parse(full.workingHours)} timeZone={agency.timeZone} />
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
