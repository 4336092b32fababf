"use client";

import { usePathname, useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { acceptAction, returnAction } from "../actions";

interface Doc {
  id: string;
  name: string;
  fileName: string;
}

/**
 * Verification: each document is marked valid or needing a fix (with a reason). All valid → accept
 * and move on; any needing a fix → return to the applicant with exactly those items.
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
  const [marks, setMarks] = useState<Record<string, "sah" | "perbaiki">>(() => Object.fromEntries(documents.map((d) => [d.id, "sah"])));
  const [fieldIssues, setFieldIssues] = useState<Record<string, boolean>>({});
  const [acceptState, accept, acceptPending] = useActionState(acceptAction, null);
  const [returnState, giveBack, returnPending] = useActionState(returnAction, null);
  const router = useRouter();
  const pathname = usePathname();
  const needsFix = Object.values(marks).includes("perbaiki") || Object.values(fieldIssues).some(Boolean);
  const state = needsFix ? returnState : acceptState;
  useEffect(() => {
    const outcome = acceptState?.status === "ok" ? "lengkap" : returnState?.status === "ok" ? "dikembalikan" : null;
    if (outcome) {
      router.replace(`${pathname}?hasil=${outcome}`, { scroll: false });
      router.refresh();
    }
  }, [acceptState, returnState, router, pathname]);

  return (
    <form action={needsFix ? giveBack : accept} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Daftar periksa dokumen</legend>
        {documents.map((d) => (
          <div key={d.id} className="space-y-1 rounded-md border border-slate-200 p-3">
            <p className="font-medium">
              {d.name} <span className="font-normal text-slate-600">({d.fileName})</span>
            </p>
            <div className="flex flex-wrap gap-4" role="radiogroup" aria-label={`Hasil pemeriksaan ${d.name}`}>
              {(["sah", "perbaiki"] as const).map((v) => (
                <label key={v} className="flex items-center gap-2">
                  <input type="radio" name={`check.${d.id}`} value={v} checked={marks[d.id] === v}
                    onChange={() => setMarks((m) => ({ ...m, [d.id]: v }))} />
                  {v === "sah" ? "Sah" : "Perlu perbaikan"}
                </label>
              ))}
            </div>
            {marks[d.id] === "perbaiki" && (
              <div>
                <label htmlFor={`reason-${d.id}`} className="block text-sm font-medium">Alasan perbaikan {d.name}</label>
                <input id={`reason-${d.id}`} name={`reason.${d.id}`} className="w-full rounded-md border border-slate-400 px-2 py-1" />
              </div>
            )}
          </div>
        ))}
      </fieldset>
      {fields.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-semibold">Isian yang perlu diperbaiki (jika ada)</legend>
          {fields.map((f) => (
            <div key={f.key}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={fieldIssues[f.key] ?? false} onChange={(e) => setFieldIssues((x) => ({ ...x, [f.key]: e.target.checked }))} />
                {f.label}
              </label>
              {fieldIssues[f.key] && (
                <>
                  <input type="hidden" name={`fieldLabel.${f.key}`} value={f.label} />
                  <label htmlFor={`fr-${f.key}`} className="block text-sm font-medium">Alasan perbaikan {f.label}</label>
                  <input id={`fr-${f.key}`} name={`fieldReason.${f.key}`} className="w-full rounded-md border border-slate-400 px-2 py-1" />
                </>
              )}
            </div>
          ))}
        </fieldset>
      )}
      {needsFix ? (
        <div>
          <label htmlFor="return-reason" className="block font-medium">Pesan kepada pemohon</label>
          <textarea id="return-reason" name="reason" rows={3} className="w-full rounded-md border border-slate-400 px-2 py-1" />
        </div>
      ) : (
        <>
          {assignees.length > 0 && (
            <div>
              <label htmlFor="assignee" className="block font-medium">Teruskan kepada (tahap berikutnya)</label>
              <select id="assignee" name="assigneeId" className="w-full rounded-md border border-slate-400 px-2 py-1">
                <option value="">— Semua pemegang peran tahap berikutnya —</option>
                {assignees.map((a) => (
                  <option key={a.id} value={a.id}>{a.label}</option>
                ))}
              </select>
            </div>
          )}
          {needsTarget && (
            <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <div>
                <label htmlFor="target" className="block font-medium">Target (hari kerja)</label>
                <input id="target" name="targetWorkingDays" type="number" min={1} max={260} className="w-full rounded-md border border-slate-400 px-2 py-1" />
              </div>
              <div>
                <label htmlFor="target-reason" className="block font-medium">Alasan target (sesuai kompleksitas)</label>
                <input id="target-reason" name="targetReason" className="w-full rounded-md border border-slate-400 px-2 py-1" />
              </div>
            </div>
          )}
        </>
      )}
      {state?.status === "error" && (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-sm text-red-800">
          <p className="font-medium">{state.message}</p>
          {state.fieldErrors && <p>{Object.values(state.fieldErrors).flat().join(" ")}</p>}
        </div>
      )}
      <button type="submit" disabled={acceptPending || returnPending}
        className={`rounded-md px-4 py-2 font-medium text-white disabled:opacity-70 ${needsFix ? "bg-amber-700 hover:bg-amber-800" : "bg-brand-700 hover:bg-brand-800"}`}>
        {needsFix ? "Kembalikan kepada pemohon" : "Nyatakan lengkap dan teruskan"}
      </button>
    </form>
  );
}
