import { ActionForm } from "@/components/forms/action-form";
import { Checkbox } from "@/components/forms/choice-fields";
import { TextArea, TextField } from "@/components/forms/text-fields";
import { returnAction } from "../actions";

/**
 * Returning a request to the applicant from a stage that is not a completeness check (e.g. the
 * Kepala Dinas who receives the letter in Bangka Belitung's SOP): the official names what to fix —
 * documents to replace, isian to correct — and why. Field names are those of `returnSchema`.
 */
export function ReturnForm({
  hidden,
  documents,
  fields,
}: {
  hidden: { requestId: string; version: number };
  documents: readonly { id: string; name: string; fileName: string }[];
  fields: readonly { key: string; label: string }[];
}) {
  return (
    <ActionForm
      action={returnAction}
      hidden={hidden}
      idPrefix="return"
      submitLabel="Kembalikan kepada pemohon"
      tone="warning"
      outcome="dikembalikan"
    >
      <TextArea name="reason" label="Alasan pengembalian" hint="Dibaca pemohon; sebutkan apa yang perlu dilengkapi." maxLength={1000} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="font-medium">Dokumen yang perlu diganti</legend>
        {documents.map((d) => (
          <div key={d.id} className="space-y-1">
            <Checkbox name={`check.${d.id}`} value="perbaiki" label={`${d.name} (${d.fileName})`} />
            <TextField name={`reason.${d.id}`} label={`Alasan perbaikan ${d.name}`} optional />
          </div>
        ))}
      </fieldset>
      <fieldset className="min-w-0 space-y-2">
        <legend className="font-medium">Isian yang perlu diperbaiki</legend>
        {fields.map((f) => (
          <TextField key={f.key} name={`fieldReason.${f.key}`} label={`Alasan perbaikan: ${f.label}`} optional />
        ))}
      </fieldset>
    </ActionForm>
  );
}
