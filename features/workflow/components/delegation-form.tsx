import { ActionForm } from "@/components/forms/action-form";
import { Select, TextField } from "@/components/forms/text-fields";
import { ROLE_NAMES, ROLES } from "@/features/auth/roles";
import { createDelegationAction } from "../actions";
import type { DelegationPageAgency } from "../delegation-page";

const POSTS = ROLES.filter((r) => r !== "ADMIN").map((r) => ({ value: r, label: ROLE_NAMES[r] }));
const KINDS = [
  { value: "PLH", label: "Plh. (pejabat berhalangan sementara)" },
  { value: "PLT", label: "Plt. (jabatan kosong atau pejabat berhalangan tetap)" },
];

/**
 * Naming a Plh/Plt in one agency. "Yang digantikan" starts at the signed-in official (who most
 * often names their own Plh before leaving); a vacant post has no official and names the post.
 */
export function DelegationForm({ agency, self, colleagues }: Pick<DelegationPageAgency, "agency" | "self" | "colleagues">) {
  const people = colleagues.map((c) => ({ value: c.id, label: c.title ? `${c.name} — ${c.title}` : c.name }));
  return (
    <ActionForm
      action={createDelegationAction}
      hidden={{ agencyId: agency.id }}
      idPrefix={`plh-${agency.id}`}
      label={`Tunjuk pengganti, ${agency.shortName}`}
      submitLabel="Tunjuk pengganti"
      successMessage="Pengganti ditunjuk."
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          name="officialId"
          label="Yang digantikan"
          options={[{ value: self.id, label: `${self.name} (saya)` }, ...people, { value: "", label: "— Jabatan kosong —" }]}
          defaultValue={self.id}
        />
        <Select
          name="role"
          label="Jabatan yang diisi"
          optional
          hint="Kosongkan untuk jabatan pejabat yang digantikan."
          placeholder="— Jabatan pejabat yang digantikan —"
          options={POSTS}
        />
        <Select name="substituteId" label="Pengganti" options={people} />
        <Select name="kind" label="Jenis" options={KINDS} />
        <TextField name="startsAt" label="Mulai" type="datetime-local" />
        <TextField name="endsAt" label="Sampai" type="datetime-local" />
        <TextField
          name="reason"
          label="Alasan"
          optional
          maxLength={300}
          className="sm:col-span-2"
          hint="Mis. perjalanan dinas, cuti, atau jabatan belum terisi."
        />
      </div>
    </ActionForm>
  );
}
