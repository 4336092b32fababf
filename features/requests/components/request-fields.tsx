import type { ChangeEvent, Ref } from "react";
import { ErrorText, fieldAria, Hint } from "@/components/forms/field";
import { FileField, Select, TextArea, TextField } from "@/components/forms/text-fields";
import type { IdentityKind } from "@/features/identity/employee-number";
import { DATE_INPUT_HINT, type RequestField } from "../fields";
import { IDENTITY_LABELS, LIMITS, OPD_OTHER } from "../form-schema";
import { LETTER_NUMBER_MAX } from "../letter";

/**
 * The controls of a request that the application form and the revision form share, so a field
 * reads and behaves the same in both: the service's own fields by kind, the lingkup choice, the
 * applicant's letter and the document uploads. Each form binds them its own way: react-hook-form's
 * `register(...)`, or a name and the value as submitted.
 */

type Control = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

export interface Binding {
  name: string;
  onChange?: (event: ChangeEvent<Control>) => unknown;
  onBlur?: (event: { target: unknown; type?: unknown }) => unknown;
  ref?: Ref<Control>;
  defaultValue?: string;
}

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };
const ACCEPT: Record<string, string> = {
  "application/pdf": ".pdf,application/pdf",
  "image/jpeg": ".jpg,.jpeg,image/jpeg",
  "image/png": ".png,image/png",
};

/** "5 MB", "1,5 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`.replace(".", ",");
}

export const DESCRIPTION_HINT = `Jelaskan apa yang dimohonkan dan untuk keperluan apa (10–${LIMITS.description.toLocaleString("id-ID")} karakter).`;

export const employeeNumberLabel = (kind: string | undefined) =>
  `Nomor Pegawai (${IDENTITY_LABELS[(kind ?? "NIP") as IdentityKind] ?? "NIP"})`;

export const employeeNumberHint = (kind: string | undefined) =>
  kind === "NIK" ? "16 digit angka sesuai KTP." : "18 digit angka, spasi boleh, mis. 19860926 201505 2 001.";

export const identityOptions = (kinds: readonly IdentityKind[]) => kinds.map((k) => ({ value: k, label: IDENTITY_LABELS[k] }));

/** The agency's OPDs, then "Lainnya" for a dinas the list lacks. */
export const opdOptions = (opds: readonly { id: string; name: string }[]) => [
  ...opds.map((o) => ({ value: o.id, label: o.name })),
  { value: OPD_OTHER, label: "Lainnya (tulis sendiri)" },
];

/** The upload's progress while a form with files is sent. */
export function UploadProgress({ label, percent }: { label: string; percent: number }) {
  return (
    <div role="status" className="space-y-1">
      <p>
        {label}… {percent}%
      </p>
      <progress max={100} value={percent} className="h-2 w-full" aria-label="Kemajuan unggah">
        {percent}%
      </progress>
    </div>
  );
}

/** The hint of a service field: its own help, plus what the applicant must know of its kind. */
export function serviceFieldHint(field: RequestField, agencyDomain: string): string | undefined {
  if (field.kind === "email_accounts") return [field.help, `Setiap akun menjadi alamat …@${agencyDomain}.`].filter(Boolean).join(" ");
  if (field.kind === "date") return field.help ?? DATE_INPUT_HINT;
  return field.help;
}

/** One of the service's own fields: subdomain (with the agency's domain after it), e-mail accounts, choice, date, text. */
export function ServiceFieldInput({
  field,
  id,
  agencyDomain,
  binding,
  error,
}: {
  field: RequestField;
  id: string;
  agencyDomain: string | null;
  binding: Binding;
  error?: string;
}) {
  const domain = agencyDomain ?? "go.id";
  const common = { ...binding, id, label: field.label, hint: serviceFieldHint(field, domain), error, optional: !field.required };
  switch (field.kind) {
    case "subdomain":
      return <TextField {...common} suffix={`.${domain}`} autoCapitalize="none" autoComplete="off" spellCheck={false} />;
    case "email_accounts":
      return <TextArea {...common} rows={4} autoCapitalize="none" spellCheck={false} />;
    case "textarea":
      return <TextArea {...common} rows={4} />;
    case "choice":
      return <Select {...common} options={field.options} placeholder="— Pilih —" />;
    case "date":
      return <TextField {...common} type="date" />;
    case "text":
      return <TextField {...common} />;
  }
}

/**
 * The lingkup layanan: tick boxes where one letter may ask for several, else one choice. Either way
 * the choice is a list of codes, sent as `scopeCodes`.
 */
export function ScopeChoice({
  id,
  scopes,
  multiple,
  value,
  onChange,
  error,
}: {
  id: string;
  scopes: readonly { code: string; name: string }[];
  multiple: boolean;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const hint = multiple ? "Centang setiap lingkup yang dimohonkan dalam surat Anda; isian tiap lingkup muncul di bawah." : undefined;
  return (
    <fieldset id={id} className="min-w-0 space-y-1" {...fieldAria(id, { hint: !!hint, error })}>
      <legend className="font-medium">Lingkup layanan</legend>
      <Hint id={id}>{hint}</Hint>
      {scopes.map((s) => (
        <label key={s.code} className="flex items-center gap-2 py-0.5">
          <input
            type={multiple ? "checkbox" : "radio"}
            name="scopeCodes"
            value={s.code}
            className="h-4 w-4 shrink-0"
            checked={value.includes(s.code)}
            onChange={(e) => onChange(multiple ? (e.target.checked ? [...value, s.code] : value.filter((c) => c !== s.code)) : [s.code])}
          />
          {s.name}
        </label>
      ))}
      <ErrorText id={id} message={error} />
    </fieldset>
  );
}

/** Nomor surat of the applicant's letter. */
export function LetterNumberInput({
  id,
  binding,
  error,
  label = "Nomor surat permohonan",
}: {
  id: string;
  binding: Binding;
  error?: string;
  label?: string;
}) {
  return (
    <TextField
      {...binding}
      id={id}
      label={label}
      error={error}
      hint="Sesuai yang tertulis pada surat, misalnya 005/123/Disdik/2026."
      maxLength={LETTER_NUMBER_MAX + 20}
      autoComplete="off"
    />
  );
}

/** Tanggal surat of the applicant's letter: not after `today` (the agency's today). */
export function LetterDateInput({
  id,
  binding,
  error,
  today,
  label = "Tanggal surat",
}: {
  id: string;
  binding: Binding;
  error?: string;
  today: string;
  label?: string;
}) {
  return <TextField {...binding} id={id} type="date" max={today} label={label} error={error} hint="Tanggal yang tertulis pada surat." />;
}

export interface DocumentRule {
  code: string;
  name: string;
  required: boolean;
  allowedTypes: string[];
  maxSizeBytes: number;
}

/** A document to upload, with the types and size the service accepts for it. */
export function DocumentInput({
  id,
  document,
  label,
  note,
  chosen,
  error,
  onChoose,
}: {
  id: string;
  document: DocumentRule;
  label?: string;
  /** Said before the accepted types, e.g. why the officer asks for it again. */
  note?: string;
  chosen?: File;
  error?: string;
  onChoose: (file: File | undefined) => void;
}) {
  const types = document.allowedTypes.map((t) => TYPE_LABEL[t] ?? t).join("/");
  const hint = [
    note,
    `${types}, maksimal ${megabytes(document.maxSizeBytes)}.`,
    chosen && `Dipilih: ${chosen.name} (${megabytes(chosen.size)}).`,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <FileField
      id={id}
      name={`document.${document.code}`}
      label={label ?? document.name}
      hint={hint}
      error={error}
      optional={!document.required}
      accept={document.allowedTypes.map((t) => ACCEPT[t] ?? t).join(",")}
      onChange={(e) => onChoose(e.target.files?.[0])}
    />
  );
}

/** What the browser can already tell about a document: missing where required, or too big. */
export function fileProblem(document: DocumentRule, file: File | undefined, missing: string): string | undefined {
  if (!file) return document.required ? missing : undefined;
  if (file.size > document.maxSizeBytes) {
    return `Berkas “${file.name}” berukuran ${megabytes(file.size)}; batas untuk ${document.name} adalah ${megabytes(document.maxSizeBytes)}.`;
  }
  return undefined;
}
