"use client";

import { useActionState, useState } from "react";
import { useFormResult, useRefreshOnSuccess } from "@/components/forms/action-form";
import { Checkbox, RadioGroup } from "@/components/forms/choice-fields";
import { FormFeedbackProvider, useLatest } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { Select, TextArea, TextField } from "@/components/forms/text-fields";
import { acceptAction, returnAction } from "../actions";

interface Doc {
  id: string;
  name: string;
  fileName: string;
}

type Mark = "sah" | "perbaiki";
const MARKS = [
  { value: "sah", label: "Sah" },
  { value: "perbaiki", label: "Perlu perbaikan" },
];
const HIDDEN = ["requestId", "version"];

/**
 * Verification: each document is marked valid or needing a fix (with a reason). All valid → accept
 * and move on; any needing a fix → return to the applicant with exactly those items. One form,
 * two actions: which one runs follows the findings, and so does the button.
 */
export function VerifyPanel({
  requestId,
  version,
  documents,
  fields,
  assignees,
  needsTarget,
}: {
  requestId: string;
  version: number;
  documents: Doc[];
  fields: { key: string; label: string }[];
  assignees: { id: string; label: string }[];
  needsTarget: boolean;
}) {
  const [marks, setMarks] = useState<Record<string, Mark>>(() => Object.fromEntries(documents.map((d) => [d.id, "sah"])));
  const [fieldIssues, setFieldIssues] = useState<Record<string, boolean>>({});
  const [acceptState, accept, acceptPending] = useActionState(acceptAction, null);
  const [returnState, giveBack, returnPending] = useActionState(returnAction, null);
  const needsFix = Object.values(marks).includes("perbaiki") || Object.values(fieldIssues).some(Boolean);
  // The result shown is that of the action that answered last, whatever the findings say since.
  const { feedback, summary } = useFormResult(useLatest(acceptState, returnState), "verify", HIDDEN);
  useRefreshOnSuccess(acceptState, "lengkap");
  useRefreshOnSuccess(returnState, "dikembalikan");

  return (
    <form action={needsFix ? giveBack : accept} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      {summary}
      <FormFeedbackProvider value={feedback}>
        <fieldset className="min-w-0 space-y-3">
          <legend className="font-semibold">Daftar periksa dokumen</legend>
          {documents.map((d) => (
            <div key={d.id} className="space-y-2 rounded-md border border-slate-200 p-3">
              <RadioGroup
                name={`check.${d.id}`}
                legend={
                  <>
                    {d.name} <span className="font-normal break-all text-slate-600">({d.fileName})</span>
                  </>
                }
                options={MARKS}
                inline
                defaultValue={marks[d.id]}
                onValueChange={(v) => setMarks((m) => ({ ...m, [d.id]: v as Mark }))}
              />
              {marks[d.id] === "perbaiki" && <TextField name={`reason.${d.id}`} label={`Alasan perbaikan ${d.name}`} maxLength={500} />}
            </div>
          ))}
        </fieldset>
        {fields.length > 0 && (
          <fieldset className="min-w-0 space-y-2">
            <legend className="font-semibold">Isian yang perlu diperbaiki (jika ada)</legend>
            {fields.map((f) => (
              <div key={f.key} className="space-y-1">
                <Checkbox
                  id={`verify-issue-${f.key}`}
                  name="fieldIssue"
                  value={f.key}
                  label={f.label}
                  defaultChecked={fieldIssues[f.key] ?? false}
                  onChange={(e) => setFieldIssues((x) => ({ ...x, [f.key]: e.target.checked }))}
                />
                {fieldIssues[f.key] && (
                  <>
                    <input type="hidden" name={`fieldLabel.${f.key}`} value={f.label} />
                    <TextField name={`fieldReason.${f.key}`} label={`Alasan perbaikan ${f.label}`} maxLength={500} className="pl-6" />
                  </>
                )}
              </div>
            ))}
          </fieldset>
        )}
        {needsFix ? (
          <TextArea
            name="reason"
            label="Alasan pengembalian (pesan kepada pemohon)"
            hint="Dikirim kepada pemohon bersama daftar perbaikan di atas."
            maxLength={1000}
          />
        ) : (
          <>
            {assignees.length > 0 && (
              <Select
                name="assigneeId"
                label="Teruskan kepada (tahap berikutnya)"
                placeholder="— Semua pemegang peran tahap berikutnya —"
                options={assignees.map((a) => ({ value: a.id, label: a.label }))}
              />
            )}
            {needsTarget && (
              <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                <TextField name="targetWorkingDays" label="Target (hari kerja)" type="number" inputMode="numeric" min={1} max={260} />
                <TextField name="targetReason" label="Alasan target (sesuai kompleksitas)" maxLength={500} />
              </div>
            )}
          </>
        )}
      </FormFeedbackProvider>
      <SubmitButton tone={needsFix ? "warning" : "primary"} pending={acceptPending || returnPending}>
        {needsFix ? "Kembalikan kepada pemohon" : "Nyatakan lengkap dan teruskan"}
      </SubmitButton>
    </form>
  );
}
