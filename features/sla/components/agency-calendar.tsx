import { StackedTable } from "@/components/data/stacked-table";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-fields";
import { WorkingHoursTable } from "@/features/catalog/components/working-hours";
import { formatDate } from "@/lib/time/zones";
import {
  addHolidayAction,
  addSpecialPeriodAction,
  removeHolidayAction,
  removeSpecialPeriodAction,
  setWorkingHoursAction,
} from "../actions";
import type { CalendarPageAgency } from "../calendar-page";
import { formatWeeklyHoursInput } from "../calendar-store";

const KIND = { LIBUR_NASIONAL: "Libur nasional", CUTI_BERSAMA: "Cuti bersama", LOKAL: "Libur daerah" } as const;
const DAYS = [
  ["1", "Senin"],
  ["2", "Selasa"],
  ["3", "Rabu"],
  ["4", "Kamis"],
  ["5", "Jumat"],
  ["6", "Sabtu"],
  ["7", "Minggu"],
] as const;
const MOVED = "batas waktu permohonan berjalan diperbarui.";

/** One line per weekday; the field names (`hours.1` … `hours.7`) are those the calendar actions report errors for. */
function HoursInputs({ values }: { values: Record<string, string> }) {
  return (
    <fieldset className="grid min-w-0 gap-3 sm:grid-cols-2">
      <legend className="mb-1 text-sm text-slate-700">
        Jam kerja per hari, mis. 07.30-12.00, 13.00-16.00 (kosong = tidak ada jam kerja)
      </legend>
      {DAYS.map(([d, name]) => (
        <TextField key={d} name={`hours.${d}`} label={name} defaultValue={values[d] ?? ""} />
      ))}
    </fieldset>
  );
}

type Holiday = CalendarPageAgency["holidays"][number];

/** An agency's business calendar: weekly hours, special periods and holidays; the agency admin edits them. */
export function AgencyCalendar({ agency, weekly, holidays, periods, isAdmin }: CalendarPageAgency) {
  const hours = formatWeeklyHoursInput(weekly);
  const at = (what: string) => `${what}-${agency.id}`;
  return (
    <section aria-labelledby={at("k")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={at("k")} className="text-lg font-semibold">
        {agency.name}
      </h2>
      <WorkingHoursTable hours={weekly} timeZone={agency.timeZone} />
      {isAdmin && (
        <details>
          <summary className="cursor-pointer font-medium">Ubah jam kerja</summary>
          <ActionForm
            action={setWorkingHoursAction}
            hidden={{ agencyId: agency.id }}
            idPrefix={at("wh")}
            submitLabel="Simpan jam kerja"
            successMessage={`Jam kerja disimpan; ${MOVED}`}
          >
            <HoursInputs values={hours} />
          </ActionForm>
        </details>
      )}

      <h3 className="font-medium">Periode jam kerja khusus (mis. Ramadan)</h3>
      {periods.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {periods.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <span>
                {p.label}: {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
              </span>
              {isAdmin && (
                <ActionForm
                  action={removeSpecialPeriodAction}
                  hidden={{ agencyId: agency.id, periodId: p.id }}
                  label={`Hapus periode ${p.label}`}
                  submitLabel="Hapus"
                  tone="neutral"
                  successMessage="Dihapus."
                  inline
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {isAdmin && (
        <details>
          <summary className="cursor-pointer font-medium">Tambah periode khusus</summary>
          <ActionForm
            action={addSpecialPeriodAction}
            hidden={{ agencyId: agency.id }}
            idPrefix={at("sp")}
            submitLabel="Tambah periode"
            successMessage={`Periode ditambahkan; ${MOVED}`}
          >
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField name="label" label="Nama periode" maxLength={80} />
              <TextField name="startsOn" label="Mulai" type="date" />
              <TextField name="endsOn" label="Sampai" type="date" />
            </div>
            <HoursInputs values={hours} />
          </ActionForm>
        </details>
      )}

      <StackedTable<Holiday>
        caption="Hari libur"
        captionClassName="pb-1 font-medium"
        rows={holidays}
        rowKey={(h) => h.id}
        columns={[
          { header: "Tanggal", cell: (h) => formatDate(h.date), nowrap: true, rowHeader: true },
          { header: "Keterangan", cell: (h) => h.name },
          { header: "Jenis", cell: (h) => KIND[h.kind] },
          ...(isAdmin
            ? [
                {
                  header: "Tindakan",
                  hideHeader: true,
                  cell: (h: Holiday) => (
                    <details className="text-sm">
                      <summary className="cursor-pointer rounded px-2 py-1 underline">Hapus</summary>
                      <p className="my-1">
                        Hapus {h.name}?{" "}
                        {h.movesDeadlines > 0
                          ? `${h.movesDeadlines} batas waktu permohonan berjalan akan bergeser.`
                          : "Tidak ada batas waktu permohonan berjalan yang bergeser."}
                      </p>
                      <ActionForm
                        action={removeHolidayAction}
                        hidden={{ agencyId: agency.id, holidayId: h.id, confirm: "1" }}
                        label={`Hapus ${h.name}`}
                        submitLabel="Ya, hapus"
                        tone="danger"
                        successMessage={`Dihapus; ${MOVED}`}
                        inline
                      />
                    </details>
                  ),
                },
              ]
            : []),
        ]}
      />
      {isAdmin && (
        <ActionForm
          action={addHolidayAction}
          hidden={{ agencyId: agency.id }}
          idPrefix={at("hl")}
          label="Tambah hari libur"
          submitLabel="Tambah hari libur"
          successMessage={`Hari libur ditambahkan; ${MOVED}`}
        >
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <TextField name="date" label="Tanggal" type="date" />
            <TextField name="name" label="Nama hari libur" maxLength={120} />
          </div>
        </ActionForm>
      )}
    </section>
  );
}
