"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { RevisionItem } from "../revision";
import { postForm } from "./upload";

interface Props {
  requestId: string;
  version: number;
  items: RevisionItem[];
  /** Current values of the fields named in the revision. */
  values: Record<string, string>;
  opds: { id: string; name: string }[];
  documents: Record<string, { allowedTypes: string[]; maxSizeBytes: number }>;
}

const input = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function RevisionForm({ requestId, version, items, values, opds, documents }: Props) {
  const [state, setState] = useState<Record<string, string>>(values);
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const body = new FormData();
    body.append("version", String(version));
    for (const item of items) {
      if (item.kind === "field") body.append(item.field, state[item.field] ?? "");
      else if (files[item.code]) body.append(`document.${item.code}`, files[item.code]!, files[item.code]!.name);
    }
    if (state.opdOther) body.append("opdOther", state.opdOther);
    setProgress(0);
    try {
      const reply = await postForm(`/api/permohonan/${requestId}/perbaikan`, body, setProgress);
      if (reply.status === "ok") {
        router.push(`/permohonan/${requestId}`);
        router.refresh();
        return;
      }
      const next: Record<string, string> = {};
      for (const [k, m] of Object.entries(reply.fieldErrors ?? {})) next[k] = m.join(" ");
      setErrors(next);
      setFormError(reply.message);
    } catch {
      setFormError("Koneksi terputus. Isian Anda masih di sini; tekan Kirim perbaikan lagi.");
    }
    setProgress(null);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-800">
          <p className="font-semibold">{formError}</p>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([k, m]) => (
              <li key={k}>
                <a href={`#r-${k}`} className="text-red-800">{m}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.map((item) => {
        const key = item.kind === "field" ? item.field : `document.${item.code}`;
        const id = `r-${key}`;
        const error = errors[key];
        return (
          <div key={key} className="space-y-1 rounded-lg border border-amber-300 bg-white p-4">
            <label htmlFor={id} className="block font-medium">{item.label}</label>
            <p id={`${id}-reason`} className="text-sm text-amber-900">Alasan: {item.reason}</p>
            {item.kind === "document" ? (
              <input id={id} type="file" aria-describedby={`${id}-reason${error ? ` ${id}-error` : ""}`} aria-invalid={error ? true : undefined}
                accept={documents[item.code]?.allowedTypes.join(",")}
                onChange={(e) => setFiles((f) => ({ ...f, [item.code]: e.target.files?.[0] }))} />
            ) : item.field === "opdId" ? (
              <select id={id} className={input} value={state.opdId ?? ""} aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-reason${error ? ` ${id}-error` : ""}`}
                onChange={(e) => setState((s) => ({ ...s, opdId: e.target.value }))}>
                {opds.map((o) => (
                  <option key={o.id} value={o.id}>{o.name}</option>
                ))}
              </select>
            ) : item.field === "description" || item.field.startsWith("details.") ? (
              <textarea id={id} rows={4} className={input} value={state[item.field] ?? ""} aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-reason${error ? ` ${id}-error` : ""}`}
                onChange={(e) => setState((s) => ({ ...s, [item.field]: e.target.value }))} />
            ) : (
              <input id={id} className={input} value={state[item.field] ?? ""} aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-reason${error ? ` ${id}-error` : ""}`}
                onChange={(e) => setState((s) => ({ ...s, [item.field]: e.target.value }))} />
            )}
            {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p>}
          </div>
        );
      })}
      {progress !== null && <p role="status">Mengirim… {progress}%</p>}
      <button type="submit" disabled={progress !== null}
        className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        Kirim perbaikan
      </button>
    </form>
  );
}
