"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { type FieldErrors, type FieldPath, useForm, useWatch } from "react-hook-form";
import { fieldsForScope } from "../fields";
import {
  documentInputName,
  IDENTITY_LABELS,
  LIMITS,
  OPD_OTHER,
  type RequestFormConfig,
  type RequestFormInput,
  requestFormSchema,
} from "../form-schema";
import { postForm, type ServerReply } from "./upload";

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };
const ACCEPT: Record<string, string> = { "application/pdf": ".pdf,application/pdf", "image/jpeg": ".jpg,.jpeg,image/jpeg", "image/png": ".png,image/png" };

const input =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

function mb(bytes: number) {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`.replace(".", ",");
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

interface Props {
  config: RequestFormConfig;
  defaults: Partial<RequestFormInput>;
  submitUrl: string;
}

type Summary = { id: string; message: string }[];

export function RequestForm({ config, defaults, submitUrl }: Props) {
  const schema = useMemo(() => requestFormSchema(config), [config]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<RequestFormInput>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { details: {}, ...defaults, idempotencyKey, serviceId: config.serviceId },
  });
  const { register, handleSubmit, control, formState, setError } = form;
  const router = useRouter();
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<Summary>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  const scopeCode = useWatch({ control, name: "scopeCode" });
  const opdId = useWatch({ control, name: "opdId" });
  const kind = useWatch({ control, name: "employeeNumberKind" });
  const visibleFields = fieldsForScope(config.fields, scopeCode);
  const errors = formState.errors;
  const detailError = (key: string) => (errors.details as Record<string, { message?: string }> | undefined)?.[key]?.message;

  function checkFiles(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const doc of config.documents) {
      const file = files[doc.code];
      if (!file) {
        if (doc.required) out[doc.code] = `Unggah ${doc.name}.`;
      } else if (file.size > doc.maxSizeBytes) {
        out[doc.code] = `Berkas “${file.name}” berukuran ${mb(file.size)}; batas untuk ${doc.name} adalah ${mb(doc.maxSizeBytes)}.`;
      }
    }
    return out;
  }

  function showSummary(items: Summary) {
    setSummary(items);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function clientSummary(fieldErrors: FieldErrors<RequestFormInput>, fileProblems: Record<string, string>): Summary {
    const items: Summary = [];
    const walk = (obj: unknown, prefix: string) => {
      if (!obj || typeof obj !== "object") return;
      const e = obj as { message?: unknown };
      if (typeof e.message === "string") return void items.push({ id: `f-${prefix}`, message: e.message });
      for (const [k, v] of Object.entries(obj)) if (k !== "ref" && k !== "type") walk(v, prefix ? `${prefix}.${k}` : k);
    };
    walk(fieldErrors, "");
    for (const [code, message] of Object.entries(fileProblems)) items.push({ id: `f-document.${code}`, message });
    return items;
  }

  async function onValid(values: RequestFormInput) {
    const fileProblems = checkFiles();
    setFileErrors(fileProblems);
    setFormError(null);
    if (Object.keys(fileProblems).length > 0) return showSummary(clientSummary({}, fileProblems));
    const body = new FormData();
    for (const [key, value] of Object.entries(values)) {
      if (key === "details") {
        for (const [dk, dv] of Object.entries((value ?? {}) as Record<string, string>)) body.append(`details.${dk}`, dv ?? "");
      } else if (value != null) body.append(key, String(value));
    }
    for (const doc of config.documents) {
      const file = files[doc.code];
      if (file) body.append(documentInputName(doc.code), file, file.name);
    }
    setProgress(0);
    let reply: ServerReply;
    try {
      reply = await postForm(submitUrl, body, setProgress);
    } catch {
      setProgress(null);
      setFormError("Koneksi terputus sebelum permohonan terkirim. Isian Anda masih di sini; tekan Kirim lagi — permohonan tidak akan tercatat dua kali.");
      return showSummary([]);
    }
    if (reply.status === "ok") {
      router.push(`/permohonan/${reply.data.requestId}?baru=1`);
      return;
    }
    setProgress(null);
    setFormError(reply.reference ? `${reply.message} (kode rujukan ${reply.reference})` : reply.message);
    const serverFiles: Record<string, string> = {};
    const items: Summary = [];
    for (const [key, messages] of Object.entries(reply.fieldErrors ?? {})) {
      const message = messages.join(" ");
      if (key.startsWith("document.")) serverFiles[key.slice("document.".length)] = message;
      else if (key !== "_form") setError(key as FieldPath<RequestFormInput>, { type: "server", message });
      if (key === "_form") setFormError(message);
      else items.push({ id: `f-${key}`, message });
    }
    setFileErrors(serverFiles);
    showSummary(items);
  }

  function onInvalid(fieldErrors: FieldErrors<RequestFormInput>) {
    const fileProblems = checkFiles();
    setFileErrors(fileProblems);
    showSummary(clientSummary(fieldErrors, fileProblems));
  }

  const describe = (id: string, hasError: boolean, hint?: boolean) =>
    [hint ? `${id}-hint` : "", hasError ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  const busy = progress !== null;

  return (
    <form onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)} noValidate className="space-y-5" aria-busy={busy}>
      {(summary.length > 0 || formError) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3">
          <p className="font-semibold text-red-800">{formError ?? "Permohonan belum dapat dikirim. Perbaiki isian berikut:"}</p>
          {summary.length > 0 && (
            <ul className="mt-1 list-disc pl-6 text-red-800">
              {summary.map((s) => (
                <li key={s.id + s.message}>
                  <a href={`#${s.id}`} className="text-red-800">
                    {s.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <input type="hidden" {...register("idempotencyKey")} />
      <input type="hidden" {...register("serviceId")} />

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Data pemohon</legend>
        <div className="space-y-1">
          <label htmlFor="f-applicantName" className="block font-medium">Nama</label>
          <input id="f-applicantName" autoComplete="name" maxLength={LIMITS.name + 20} className={input}
            aria-invalid={errors.applicantName ? true : undefined} aria-describedby={describe("f-applicantName", !!errors.applicantName)}
            {...register("applicantName")} />
          <ErrorText id="f-applicantName" message={errors.applicantName?.message} />
        </div>

        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <div className="space-y-1">
            <label htmlFor="f-employeeNumberKind" className="block font-medium">Jenis nomor</label>
            <select id="f-employeeNumberKind" className={input} aria-invalid={errors.employeeNumberKind ? true : undefined}
              aria-describedby={describe("f-employeeNumberKind", !!errors.employeeNumberKind)} {...register("employeeNumberKind")}>
              {config.identityKinds.map((k) => (
                <option key={k} value={k}>{IDENTITY_LABELS[k]}</option>
              ))}
            </select>
            <ErrorText id="f-employeeNumberKind" message={errors.employeeNumberKind?.message} />
          </div>
          <div className="space-y-1">
            <label htmlFor="f-employeeNumber" className="block font-medium">Nomor Pegawai ({IDENTITY_LABELS[kind ?? "NIP"] ?? "NIP"})</label>
            <input id="f-employeeNumber" inputMode="numeric" autoComplete="off" className={input}
              aria-invalid={errors.employeeNumber ? true : undefined} aria-describedby={describe("f-employeeNumber", !!errors.employeeNumber, true)}
              {...register("employeeNumber")} />
            <p id="f-employeeNumber-hint" className="text-sm text-slate-600">
              {kind === "NIK" ? "16 digit angka sesuai KTP." : "18 digit angka, spasi boleh, mis. 19860926 201505 2 001."}
            </p>
            <ErrorText id="f-employeeNumber" message={errors.employeeNumber?.message} />
          </div>
        </div>

        <div className="space-y-1">
          <label htmlFor="f-opdId" className="block font-medium">Dinas (Perangkat Daerah)</label>
          <select id="f-opdId" className={input} aria-invalid={errors.opdId ? true : undefined}
            aria-describedby={describe("f-opdId", !!errors.opdId)} {...register("opdId")}>
            <option value="">— Pilih dinas —</option>
            {config.opds.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
            <option value={OPD_OTHER}>Lainnya (tulis sendiri)</option>
          </select>
          <ErrorText id="f-opdId" message={errors.opdId?.message} />
        </div>
        {opdId === OPD_OTHER && (
          <div className="space-y-1">
            <label htmlFor="f-opdOther" className="block font-medium">Nama dinas</label>
            <input id="f-opdOther" className={input} aria-invalid={errors.opdOther ? true : undefined}
              aria-describedby={describe("f-opdOther", !!errors.opdOther)} {...register("opdOther")} />
            <ErrorText id="f-opdOther" message={errors.opdOther?.message} />
          </div>
        )}

        <div className="space-y-1">
          <label htmlFor="f-jabatan" className="block font-medium">Jabatan</label>
          <input id="f-jabatan" autoComplete="organization-title" className={input} aria-invalid={errors.jabatan ? true : undefined}
            aria-describedby={describe("f-jabatan", !!errors.jabatan)} {...register("jabatan")} />
          <ErrorText id="f-jabatan" message={errors.jabatan?.message} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Permohonan</legend>
        {config.scopes.length > 0 && (
          <fieldset className="space-y-1" aria-describedby={describe("f-scopeCode", !!errors.scopeCode)}>
            <legend id="f-scopeCode" tabIndex={-1} className="font-medium">Lingkup layanan</legend>
            {config.scopes.map((s) => (
              <label key={s.code} className="flex items-center gap-2">
                <input type="radio" value={s.code} className="h-4 w-4" {...register("scopeCode")} />
                {s.name}
              </label>
            ))}
            <ErrorText id="f-scopeCode" message={errors.scopeCode?.message} />
          </fieldset>
        )}

        {visibleFields.map((field) => {
          const id = `f-details.${field.key}`;
          const message = detailError(field.key);
          const common = {
            id,
            className: input,
            "aria-invalid": message ? true : undefined,
            "aria-describedby": describe(id, !!message, !!field.help),
            ...register(`details.${field.key}` as const),
          };
          return (
            <div key={field.key} className="space-y-1">
              <label htmlFor={id} className="block font-medium">
                {field.label}
                {!field.required && <span className="font-normal text-slate-600"> (tidak wajib)</span>}
              </label>
              {field.kind === "subdomain" ? (
                <div className="flex items-center gap-1">
                  <input {...common} autoCapitalize="none" spellCheck={false} />
                  <span className="shrink-0 text-slate-700">.{config.agencyDomain}</span>
                </div>
              ) : field.kind === "email_accounts" || field.kind === "textarea" ? (
                <textarea {...common} rows={4} />
              ) : (
                <input {...common} />
              )}
              {field.help && <p id={`${id}-hint`} className="text-sm text-slate-600">{field.help}</p>}
              <ErrorText id={id} message={message} />
            </div>
          );
        })}

        <div className="space-y-1">
          <label htmlFor="f-description" className="block font-medium">Keterangan Permohonan Layanan</label>
          <textarea id="f-description" rows={5} className={input} aria-invalid={errors.description ? true : undefined}
            aria-describedby={describe("f-description", !!errors.description, true)} {...register("description")} />
          <p id="f-description-hint" className="text-sm text-slate-600">
            Jelaskan apa yang dimohonkan dan untuk keperluan apa (10–{LIMITS.description.toLocaleString("id-ID")} karakter).
          </p>
          <ErrorText id="f-description" message={errors.description?.message} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Dokumen Persyaratan</legend>
        {config.documents.map((doc) => {
          const id = `f-document.${doc.code}`;
          const message = fileErrors[doc.code];
          return (
            <div key={doc.code} className="space-y-1">
              <label htmlFor={id} className="block font-medium">
                {doc.name}
                {!doc.required && <span className="font-normal text-slate-600"> (tidak wajib)</span>}
              </label>
              <input id={id} type="file" accept={doc.allowedTypes.map((t) => ACCEPT[t] ?? t).join(",")}
                aria-invalid={message ? true : undefined} aria-describedby={describe(id, !!message, true)}
                className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  setFiles((f) => ({ ...f, [doc.code]: file }));
                  setFileErrors((fe) => {
                    const next = { ...fe };
                    delete next[doc.code];
                    return next;
                  });
                }} />
              <p id={`${id}-hint`} className="text-sm text-slate-600">
                {doc.allowedTypes.map((t) => TYPE_LABEL[t] ?? t).join("/")}, maksimal {mb(doc.maxSizeBytes)}.
                {files[doc.code] && ` Dipilih: ${files[doc.code]!.name} (${mb(files[doc.code]!.size)}).`}
              </p>
              <ErrorText id={id} message={message} />
            </div>
          );
        })}
      </fieldset>

      {busy && (
        <div role="status" className="space-y-1">
          <p>Mengirim permohonan… {progress}%</p>
          <progress max={100} value={progress ?? 0} className="h-2 w-full" aria-label="Kemajuan unggah">{progress}%</progress>
        </div>
      )}
      <button type="submit" disabled={busy}
        className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70">
        {busy ? "Mengirim…" : "Kirim permohonan"}
      </button>
    </form>
  );
}
