import { ActionForm } from "@/components/forms/action-form";
import { Checkbox, CheckboxGroup } from "@/components/forms/choice-fields";
import { type Option, Select, TextArea, TextField } from "@/components/forms/text-fields";
import { STANDARD_INSTRUCTIONS, URGENCY_NAMES } from "../../lifecycle";
import { assignAction, completeAction, disposeAction, noteAction, rejectAction, sendBackAction } from "../actions";

/**
 * The desk's action forms on a request page. Field names are those of features/workflow/schemas.ts
 * and of the desk's field errors, so every message lands next to its field.
 */
type Hidden = { requestId: string; version: number };

const INSTRUCTION_CHOICES = STANDARD_INSTRUCTIONS.map((i) => ({ value: i, label: i }));
const URGENCY_OPTIONS = Object.entries(URGENCY_NAMES).map(([value, label]) => ({ value, label }));

export function DisposeForm({ hidden, recipients }: { hidden: Hidden; recipients: readonly Option[] }) {
  return (
    <ActionForm action={disposeAction} hidden={hidden} idPrefix="dispose" submitLabel="Kirim disposisi" outcome="disposisi">
      <Select name="toUserId" label="Diteruskan kepada" options={recipients} />
      <CheckboxGroup name="instructions" legend="Dengan hormat harap" options={INSTRUCTION_CHOICES} />
      <Select name="urgency" label="Sifat" options={URGENCY_OPTIONS} defaultValue="BIASA" />
      <TextArea name="note" label="Catatan disposisi" optional rows={2} maxLength={1000} />
      <Checkbox name="visibleToApplicant" label="Tampilkan catatan kepada pemohon (instruksi disposisi tetap internal)" />
    </ActionForm>
  );
}

export function AssignForm({ hidden, label, candidates }: { hidden: Hidden; label: string; candidates: readonly Option[] }) {
  return (
    <ActionForm action={assignAction} hidden={hidden} idPrefix="assign" submitLabel="Tugaskan" tone="neutral" outcome="ditugaskan">
      <Select name="assigneeId" label={label} options={candidates} />
    </ActionForm>
  );
}

export function CompleteForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm action={completeAction} hidden={hidden} idPrefix="complete" submitLabel="Selesaikan permohonan" outcome="selesai">
      <TextArea name="resultSummary" label="Ringkasan hasil" hint="Dicetak pada surat penyelesaian dan dibaca pemohon." maxLength={3000} />
    </ActionForm>
  );
}

export function SendBackForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm
      action={sendBackAction}
      hidden={hidden}
      idPrefix="sendback"
      submitLabel="Kembalikan satu langkah"
      tone="neutral"
      outcome="mundur"
    >
      <TextField name="reason" label="Alasan" maxLength={1000} />
    </ActionForm>
  );
}

export function RejectForm({ hidden }: { hidden: Hidden }) {
  return (
    <ActionForm action={rejectAction} hidden={hidden} idPrefix="reject" submitLabel="Tolak permohonan" tone="danger" outcome="ditolak">
      <TextArea name="reason" label="Alasan penolakan" hint="Dikirim kepada pemohon." rows={2} maxLength={1000} />
    </ActionForm>
  );
}

export function NoteForm({ requestId }: { requestId: string }) {
  return (
    <ActionForm
      action={noteAction}
      hidden={{ requestId }}
      idPrefix="note"
      submitLabel="Simpan catatan"
      tone="neutral"
      successMessage="Catatan tersimpan."
    >
      <TextArea name="body" label="Catatan" rows={2} maxLength={2000} />
      <Checkbox name="visibleToApplicant" label="Tampilkan kepada pemohon" />
    </ActionForm>
  );
}
