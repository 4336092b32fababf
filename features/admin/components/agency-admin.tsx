import { StackedTable } from "@/components/data/stacked-table";
import { ActionForm } from "@/components/forms/action-form";
import { Select, TextField } from "@/components/forms/text-fields";
import { ROLE_NAMES, ROLES } from "@/features/auth/roles";
import { zoneAbbreviation } from "@/lib/time/zones";
import { createAgencyAction, grantRoleAction, revokeRoleAction, setRetentionAction } from "../actions";
import { RETENTION_LIMITS } from "../agencies";
import type { AgencyAdminPage } from "../admin-page";

/** The forms of "Instansi dan peran": field names are those of features/admin/agencies.ts. */
const LEVELS = [
  { value: "KABUPATEN", label: "Kabupaten" },
  { value: "KOTA", label: "Kota" },
  { value: "PROVINSI", label: "Provinsi" },
];
const ZONES = [
  { value: "Asia/Jakarta", label: "WIB (Asia/Jakarta)" },
  { value: "Asia/Makassar", label: "WITA (Asia/Makassar)" },
  { value: "Asia/Jayapura", label: "WIT (Asia/Jayapura)" },
];
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }));

export function NewAgencyForm() {
  return (
    <ActionForm
      action={createAgencyAction}
      idPrefix="agency"
      submitLabel="Tambah instansi"
      successMessage="Instansi ditambahkan dengan jam kerja baku dan hari libur nasional."
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name" label="Nama resmi" hint="Mis. Dinas Komunikasi dan Informatika Kota Ternate." maxLength={200} />
        <TextField name="shortName" label="Nama singkat" hint="Mis. Diskominfo Ternate." maxLength={80} />
        <TextField
          name="slug"
          label="Slug (alamat)"
          hint="Huruf kecil dan tanda hubung, mis. kota-ternate."
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
        />
        <TextField
          name="code"
          label="Kode nomor registrasi"
          hint="2–6 huruf kapital, mis. TTE."
          autoCapitalize="characters"
          maxLength={6}
        />
        <Select name="level" label="Tingkat" options={LEVELS} />
        <Select name="timeZone" label="Zona waktu" options={ZONES} />
        <TextField name="region" label="Wilayah" hint="Mis. Kota Ternate." maxLength={120} />
        <TextField name="province" label="Provinsi" maxLength={120} />
        <TextField name="domain" label="Domain pemda" optional hint="Mis. ternatekota.go.id." autoCapitalize="none" spellCheck={false} />
      </div>
    </ActionForm>
  );
}

type Agency = AgencyAdminPage["agencies"][number];
type Member = Agency["members"][number];

/** Who holds which role in one agency, with revoking and granting. */
export function AgencyMembers({ agency }: { agency: Agency }) {
  return (
    <section aria-labelledby={`ag-${agency.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`ag-${agency.id}`} className="text-lg font-semibold">
        {agency.name}{" "}
        <span className="font-normal text-slate-600">
          ({agency.code}, {zoneAbbreviation(agency.timeZone)})
        </span>
      </h2>
      <StackedTable<Member>
        caption={`Peran di ${agency.name}`}
        rows={agency.members}
        rowKey={(m) => m.id}
        columns={[
          { header: "Nama", cell: (m) => m.user.name, rowHeader: true },
          { header: "Email", cell: (m) => <span className="break-all">{m.user.email}</span> },
          { header: "Peran", cell: (m) => ROLE_NAMES[m.role] },
          { header: "Jabatan", cell: (m) => m.title ?? "—" },
          {
            header: "Tindakan",
            hideHeader: true,
            cell: (m) => (
              <ActionForm
                action={revokeRoleAction}
                hidden={{ agencyId: agency.id, membershipId: m.id }}
                label={`Cabut peran ${ROLE_NAMES[m.role]} dari ${m.user.name}`}
                submitLabel="Cabut"
                tone="neutral"
                successMessage="Dicabut."
                inline
              />
            ),
          },
        ]}
      />
      <h3 className="font-medium">Masa retensi data pribadi</h3>
      <ActionForm
        action={setRetentionAction}
        hidden={{ agencyId: agency.id }}
        idPrefix={`retention-${agency.id}`}
        label={`Masa retensi data pribadi di ${agency.name}`}
        submitLabel="Simpan masa retensi"
        successMessage="Masa retensi tersimpan."
      >
        <TextField
          name="retentionYears"
          label="Masa retensi (tahun setelah permohonan ditutup)"
          type="number"
          inputMode="numeric"
          min={RETENTION_LIMITS.min}
          max={RETENTION_LIMITS.max}
          defaultValue={String(agency.retentionYears)}
          hint="Sesuai jadwal retensi arsip instansi. Setelah itu data pribadi permohonan dianonimkan dan dokumennya dihapus otomatis."
        />
      </ActionForm>
      <h3 className="font-medium">Berikan peran</h3>
      <ActionForm
        action={grantRoleAction}
        hidden={{ agencyId: agency.id }}
        idPrefix={`grant-${agency.id}`}
        label={`Berikan peran di ${agency.name}`}
        submitLabel="Berikan peran"
        successMessage="Peran diberikan."
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="email" label="Email" type="email" autoComplete="off" />
          <Select name="role" label="Peran" options={ROLE_OPTIONS} />
          <TextField name="title" label="Jabatan (dicetak pada dokumen)" optional maxLength={200} />
          <TextField name="name" label="Nama lengkap (akun baru)" hint="Hanya untuk email yang belum punya akun." maxLength={120} />
          <TextField
            name="initialPassword"
            label="Kata sandi awal (akun baru)"
            type="password"
            autoComplete="new-password"
            hint="Hanya untuk akun baru; sampaikan kepada petugas secara langsung."
          />
        </div>
      </ActionForm>
    </section>
  );
}
