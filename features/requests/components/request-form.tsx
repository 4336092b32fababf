"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { type FieldErrors, type FieldPath, useController, useForm, useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { SummaryItem } from "@/components/forms/feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { Select, TextArea, TextField } from "@/components/forms/text-fields";
import { PrivacyAcknowledgement } from "../../privacy/components/privacy-acknowledgement";
import { t } from "@/lib/i18n";
import { fieldsForScopes } from "../fields";
import { documentInputName, LIMITS, OPD_OTHER, type RequestFormConfig, type RequestFormInput, requestFormSchema } from "../form-schema";
import { localDateIn, requiresApplicantLetter } from "../letter";
import {
  DESCRIPTION_HINT,
  DocumentInput,
  employeeNumberHint,
  employeeNumberLabel,
  fileProblem,
  identityOptions,
  LetterDateInput,
  LetterNumberInput,
  opdOptions,
  ScopeChoice,
  ServiceFieldInput,
  UploadProgress,
} from "./request-fields";
import { postForm, type ServerReply } from "./upload";

interface Props {
  config: RequestFormConfig;
  defaults: Partial<RequestFormInput>;
  submitUrl: string;
}

const fieldsetClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4";

/** The messages of react-hook-form's errors, each linked to its field (`f-<path>`). */
function summaryOf(errors: FieldErrors<RequestFormInput>, fileProblems: Record<string, string>): SummaryItem[] {
  const items: SummaryItem[] = [];
  const walk = (obj: unknown, prefix: string) => {
    if (!obj || typeof obj !== "object") return;
    const e = obj as { message?: unknown };
    if (typeof e.message === "string") return void items.push({ message: e.message, href: `#f-${prefix}` });
    for (const [k, v] of Object.entries(obj)) if (k !== "ref" && k !== "type") walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(errors, "");
  for (const [code, message] of Object.entries(fileProblems)) items.push({ message, href: `#f-${documentInputName(code)}` });
  return items;
}

export function RequestForm({ config, defaults, submitUrl }: Props) {
  const schema = useMemo(() => requestFormSchema(config), [config]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [today] = useState(() => localDateIn(config.timeZone));
  const form = useForm<RequestFormInput>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { details: {}, scopeCodes: [], ...defaults, idempotencyKey, serviceId: config.serviceId },
  });
  const { register, handleSubmit, control, formState, setError } = form;
  const scopes = useController({ control, name: "scopeCodes" });
  const router = useRouter();
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackError, setAckError] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<{ items: SummaryItem[]; shown: number }>({ items: [], shown: 0 });

  const chosenScopes = scopes.field.value ?? [];
  const opdId = useWatch({ control, name: "opdId" });
  const kind = useWatch({ control, name: "employeeNumberKind" });
  const visibleFields = fieldsForScopes(config.fields, chosenScopes);
  const asksLetter = requiresApplicantLetter(config.documents);
  const errors = formState.errors;
  const detailError = (key: string) => (errors.details as Record<string, { message?: string }> | undefined)?.[key]?.message;

  const showSummary = (items: SummaryItem[]) => setSummary((s) => ({ items, shown: s.shown + 1 }));

  /** The privacy checkbox lives outside the schema (a revision does not ask for it again). */
  function checkAcknowledgement(): SummaryItem[] {
    const problem = acknowledged ? undefined : t("privacy.acknowledgementRequired");
    setAckError(problem);
    return problem ? [{ message: problem, href: "#f-privacyAcknowledged" }] : [];
  }

  function checkFiles(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const doc of config.documents) {
      const problem = fileProblem(doc, files[doc.code], `Unggah ${doc.name}.`);
      if (problem) out[doc.code] = problem;
    }
    return out;
  }

  function bodyOf(values: RequestFormInput): FormData {
    const body = new FormData();
    const { details = {}, scopeCodes = [], letterNumber, letterDate, ...rest } = values;
    for (const [key, value] of Object.entries(rest)) if (value != null) body.append(key, String(value));
    for (const code of scopeCodes) body.append("scopeCodes", code);
    if (acknowledged) body.append("privacyAcknowledged", "true");
    // Only the fields of the lingkup still ticked: answers to an unticked one are not sent.
    for (const field of fieldsForScopes(config.fields, scopeCodes)) body.append(`details.${field.key}`, details[field.key] ?? "");
    if (asksLetter) {
      body.append("letterNumber", letterNumber ?? "");
      body.append("letterDate", letterDate ?? "");
    }
    for (const doc of config.documents) {
      const file = files[doc.code];
      if (file) body.append(documentInputName(doc.code), file, file.name);
    }
    return body;
  }

  async function onValid(values: RequestFormInput) {
    const fileProblems = checkFiles();
    setFileErrors(fileProblems);
    setFormError(null);
    const ackProblems = checkAcknowledgement();
    if (Object.keys(fileProblems).length > 0 || ackProblems.length > 0)
      return showSummary([...summaryOf({}, fileProblems), ...ackProblems]);
    setProgress(0);
    let reply: ServerReply;
    try {
      reply = await postForm(submitUrl, bodyOf(values), setProgress);
    } catch {
      setProgress(null);
      setFormError(
        "Koneksi terputus sebelum permohonan terkirim. Isian Anda masih di sini; tekan Kirim lagi — permohonan tidak akan tercatat dua kali.",
      );
      return showSummary([]);
    }
    if (reply.status === "ok") {
      router.push(`/permohonan/${reply.data.requestId}?baru=1`);
      return;
    }
    setProgress(null);
    setFormError(reply.reference ? `${reply.message} (kode rujukan ${reply.reference})` : reply.message);
    const serverFiles: Record<string, string> = {};
    const items: SummaryItem[] = [];
    for (const [key, messages] of Object.entries(reply.fieldErrors ?? {})) {
      const message = messages.join(" ");
      if (key === "_form") {
        setFormError(message);
        continue;
      }
      if (key.startsWith("document.")) serverFiles[key.slice("document.".length)] = message;
      else if (key === "privacyAcknowledged") setAckError(message);
      else setError(key as FieldPath<RequestFormInput>, { type: "server", message });
      items.push({ message, href: `#f-${key}` });
    }
    setFileErrors(serverFiles);
    showSummary(items);
  }

  function onInvalid(fieldErrors: FieldErrors<RequestFormInput>) {
    const fileProblems = checkFiles();
    setFileErrors(fileProblems);
    setFormError(null);
    showSummary([...summaryOf(fieldErrors, fileProblems), ...checkAcknowledgement()]);
  }

  const busy = progress !== null;

  return (
    <form onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)} noValidate className="space-y-5" aria-busy={busy}>
      {summary.shown > 0 && (summary.items.length > 0 || formError) && (
        <ErrorSummary
          key={summary.shown}
          title={formError ?? "Permohonan belum dapat dikirim. Perbaiki isian berikut:"}
          items={summary.items}
        />
      )}

      <input type="hidden" {...register("idempotencyKey")} />
      <input type="hidden" {...register("serviceId")} />

      <fieldset className={fieldsetClass}>
        <legend className="px-1 font-semibold">Data pemohon</legend>
        <TextField
          {...register("applicantName")}
          id="f-applicantName"
          label="Nama"
          autoComplete="name"
          maxLength={LIMITS.name + 20}
          error={errors.applicantName?.message}
        />
        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <Select
            {...register("employeeNumberKind")}
            id="f-employeeNumberKind"
            label="Jenis nomor"
            error={errors.employeeNumberKind?.message}
            options={identityOptions(config.identityKinds)}
          />
          <TextField
            {...register("employeeNumber")}
            id="f-employeeNumber"
            label={employeeNumberLabel(kind)}
            inputMode="numeric"
            autoComplete="off"
            error={errors.employeeNumber?.message}
            hint={employeeNumberHint(kind)}
          />
        </div>
        <Select
          {...register("opdId")}
          id="f-opdId"
          label="Dinas (Perangkat Daerah)"
          placeholder="— Pilih dinas —"
          error={errors.opdId?.message}
          options={opdOptions(config.opds)}
        />
        {opdId === OPD_OTHER && <TextField {...register("opdOther")} id="f-opdOther" label="Nama dinas" error={errors.opdOther?.message} />}
        <TextField
          {...register("jabatan")}
          id="f-jabatan"
          label="Jabatan"
          autoComplete="organization-title"
          error={errors.jabatan?.message}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className="px-1 font-semibold">Permohonan</legend>
        {config.scopes.length > 0 && (
          <ScopeChoice
            id="f-scopeCodes"
            scopes={config.scopes}
            multiple={config.multipleScopes}
            value={chosenScopes}
            onChange={(codes) => scopes.field.onChange(codes)}
            error={errors.scopeCodes?.message}
          />
        )}
        {visibleFields.map((field) => (
          <ServiceFieldInput
            key={field.key}
            field={field}
            id={`f-details.${field.key}`}
            agencyDomain={config.agencyDomain}
            binding={register(`details.${field.key}` as const)}
            error={detailError(field.key)}
          />
        ))}
        {asksLetter && (
          <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
            <LetterNumberInput id="f-letterNumber" binding={register("letterNumber")} error={errors.letterNumber?.message} />
            <LetterDateInput id="f-letterDate" binding={register("letterDate")} error={errors.letterDate?.message} today={today} />
          </div>
        )}
        <TextArea
          {...register("description")}
          id="f-description"
          label="Keterangan Permohonan Layanan"
          rows={5}
          error={errors.description?.message}
          hint={DESCRIPTION_HINT}
        />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className="px-1 font-semibold">Dokumen Persyaratan</legend>
        {config.documents.map((doc) => (
          <DocumentInput
            key={doc.code}
            id={`f-${documentInputName(doc.code)}`}
            document={doc}
            chosen={files[doc.code]}
            error={fileErrors[doc.code]}
            onChoose={(file) => {
              setFiles((f) => ({ ...f, [doc.code]: file }));
              setFileErrors((fe) => Object.fromEntries(Object.entries(fe).filter(([code]) => code !== doc.code)));
            }}
          />
        ))}
      </fieldset>

      <PrivacyAcknowledgement
        id="f-privacyAcknowledged"
        checked={acknowledged}
        error={ackError}
        onChange={(checked) => {
          setAcknowledged(checked);
          if (checked) setAckError(undefined);
        }}
      />

      {busy && <UploadProgress label="Mengirim permohonan" percent={progress} />}
      <SubmitButton pending={busy} pendingLabel="Mengirim…">
        Kirim permohonan
      </SubmitButton>
    </form>
  );
}
