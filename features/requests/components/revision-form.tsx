"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { SummaryItem } from "@/components/forms/feedback";
import { SubmitButton } from "@/components/forms/submit-button";
import { Select, TextArea, TextField } from "@/components/forms/text-fields";
import { fieldsForScopes, type RequestField } from "../fields";
import { LIMITS, OPD_OTHER, type RequestFormConfig } from "../form-schema";
import { localDateIn } from "../letter";
import type { RequestValues, RevisionItem } from "../revision";
// The revision page renders every field exactly as the request form does.
import * as Fields from "./request-fields";
import { postForm } from "./upload";

interface Props {
  requestId: string;
  version: number;
  items: RevisionItem[];
  config: RequestFormConfig;
  /** The request as submitted: every control starts from it. */
  values: RequestValues;
  /** The inputs the revision lets change (see `editableFields`). */
  editable: string[];
}

const idOf = (name: string) => `r-${name}`;

/**
 * The revision (perbaikan): one card per item the officer named, with the officer's reason and the
 * same control the application form uses for it. Controls keep what was typed when the server
 * refuses; after "Kirim perbaikan" the request page confirms it.
 */
export function RevisionForm({ requestId, version, items, config, values, editable }: Props) {
  const router = useRouter();
  const [scopeCodes, setScopeCodes] = useState<string[]>(values.scopeCodes);
  const [opdId, setOpdId] = useState(values.opdId);
  const [kind, setKind] = useState<string>(values.employeeNumberKind);
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<{ title: string; items: SummaryItem[]; shown: number } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [today] = useState(() => localDateIn(config.timeZone));

  const named = new Set(items.flatMap((i) => (i.kind === "field" ? [i.field] : [])));
  const visible = new Set(fieldsForScopes(config.fields, scopeCodes).map((f) => f.key));
  const documents = items.flatMap((i) => (i.kind === "document" ? [i] : []));
  const ruleOf = (code: string) => config.documents.find((d) => d.code === code);
  const fail = (title: string, found: Record<string, string>) => {
    setErrors(found);
    setSummary((s) => ({
      title,
      items: Object.entries(found).map(([k, message]) => ({ message, href: `#${idOf(k)}` })),
      shown: (s?.shown ?? 0) + 1,
    }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const item of documents) {
      const rule = ruleOf(item.code);
      const problem =
        rule && Fields.fileProblem({ ...rule, required: true }, files[item.code], `Unggah ${item.label} yang sudah diperbaiki.`);
      if (problem) missing[`document.${item.code}`] = problem;
    }
    if (Object.keys(missing).length > 0) return fail("Perbaikan belum dapat dikirim. Periksa isian yang ditandai.", missing);
    const body = new FormData(event.currentTarget);
    body.set("version", String(version));
    setProgress(0);
    try {
      const reply = await postForm(`/api/permohonan/${requestId}/perbaikan`, body, setProgress);
      if (reply.status === "ok") {
        router.push(`/permohonan/${requestId}?perbaikan=terkirim`);
        router.refresh();
        return;
      }
      const found = Object.fromEntries(Object.entries(reply.fieldErrors ?? {}).map(([k, m]) => [k, m.join(" ")]));
      fail(reply.reference ? `${reply.message} (kode rujukan ${reply.reference})` : reply.message, found);
    } catch {
      fail("Koneksi terputus sebelum perbaikan terkirim. Isian Anda masih di sini; tekan Kirim perbaikan lagi.", {});
    }
    setProgress(null);
  }

  const detailInput = (field: RequestField) => (
    <Fields.ServiceFieldInput
      key={field.key}
      field={field}
      id={idOf(`details.${field.key}`)}
      agencyDomain={config.agencyDomain}
      binding={{ name: `details.${field.key}`, defaultValue: values.details[field.key] ?? "" }}
      error={errors[`details.${field.key}`]}
    />
  );

  function control(field: string, label: string): ReactNode {
    const text = (name: string, extra: Record<string, unknown> = {}) => (
      <TextField
        name={name}
        id={idOf(name)}
        label={label}
        defaultValue={String(values[name as keyof RequestValues] ?? "")}
        error={errors[name]}
        {...extra}
      />
    );
    if (field.startsWith("details.")) {
      const f = config.fields.find((x) => `details.${x.key}` === field);
      if (!f) return text(field);
      return visible.has(f.key) ? detailInput(f) : <p className="text-sm text-slate-700">Tidak diperlukan untuk lingkup yang dipilih.</p>;
    }
    switch (field) {
      case "applicantName":
        return text("applicantName", { autoComplete: "name", maxLength: LIMITS.name + 20 });
      case "jabatan":
        return text("jabatan", { autoComplete: "organization-title" });
      case "description":
        return (
          <TextArea
            name="description"
            id={idOf("description")}
            label={label}
            rows={5}
            defaultValue={values.description}
            error={errors.description}
            hint={Fields.DESCRIPTION_HINT}
          />
        );
      case "employeeNumber":
        return (
          <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            <Select
              name="employeeNumberKind"
              id={idOf("employeeNumberKind")}
              label="Jenis nomor"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              options={Fields.identityOptions(config.identityKinds)}
              error={errors.employeeNumberKind}
            />
            {text("employeeNumber", {
              label: Fields.employeeNumberLabel(kind),
              inputMode: "numeric",
              autoComplete: "off",
              hint: Fields.employeeNumberHint(kind),
            })}
          </div>
        );
      case "opdId":
        return (
          <div className="space-y-4">
            <Select
              name="opdId"
              id={idOf("opdId")}
              label={label}
              value={opdId}
              onChange={(e) => setOpdId(e.target.value)}
              placeholder="— Pilih dinas —"
              options={Fields.opdOptions(config.opds)}
              error={errors.opdId}
            />
            {opdId === OPD_OTHER && text("opdOther", { label: "Nama dinas" })}
          </div>
        );
      case "scopeCodes":
        return (
          <div className="space-y-4">
            <Fields.ScopeChoice
              id={idOf("scopeCodes")}
              scopes={config.scopes}
              multiple={config.multipleScopes}
              value={scopeCodes}
              onChange={setScopeCodes}
              error={errors.scopeCodes}
            />
            {/* A newly ticked lingkup brings its own fields; fields the officer named have their own card. */}
            {config.fields.filter((f) => f.scopes && visible.has(f.key) && !named.has(`details.${f.key}`)).map(detailInput)}
          </div>
        );
      case "letterNumber":
        return (
          <Fields.LetterNumberInput
            id={idOf("letterNumber")}
            binding={{ name: "letterNumber", defaultValue: values.letterNumber ?? "" }}
            error={errors.letterNumber}
            label={label}
          />
        );
      case "letterDate":
        return (
          <Fields.LetterDateInput
            id={idOf("letterDate")}
            binding={{ name: "letterDate", defaultValue: values.letterDate ?? "" }}
            error={errors.letterDate}
            today={today}
            label={label}
          />
        );
      default:
        return text(field);
    }
  }

  const busy = progress !== null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4" aria-busy={busy}>
      {summary && <ErrorSummary key={summary.shown} title={summary.title} items={summary.items} />}
      {items.map((item) => {
        const key = item.kind === "field" ? item.field : `document.${item.code}`;
        if (item.kind === "field" && !editable.includes(item.field)) return null;
        const rule = item.kind === "document" ? ruleOf(item.code) : undefined;
        return (
          <section key={key} aria-labelledby={`${idOf(key)}-title`} className="space-y-3 rounded-lg border border-amber-300 bg-white p-4">
            <div>
              <h2 id={`${idOf(key)}-title`} className="font-semibold">
                {item.label}
              </h2>
              <p className="text-sm text-amber-900">Alasan petugas: {item.reason}</p>
            </div>
            {item.kind === "field" ? (
              control(item.field, item.label)
            ) : rule ? (
              <Fields.DocumentInput
                id={idOf(key)}
                document={{ ...rule, required: true }}
                label={`${item.label} yang sudah diperbaiki`}
                chosen={files[item.code]}
                error={errors[key]}
                onChoose={(file) => setFiles((f) => ({ ...f, [item.code]: file }))}
              />
            ) : (
              <p className="text-sm text-slate-700">Layanan ini tidak lagi meminta dokumen ini; tidak perlu diunggah.</p>
            )}
          </section>
        );
      })}
      {busy && <Fields.UploadProgress label="Mengirim perbaikan" percent={progress} />}
      <SubmitButton pending={busy} pendingLabel="Mengirim…">
        Kirim perbaikan
      </SubmitButton>
    </form>
  );
}
