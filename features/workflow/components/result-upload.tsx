"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FileField } from "@/components/forms/text-fields";
import { postForm } from "@/features/requests/components/upload";
import { t } from "@/lib/i18n";

type Outcome = { kind: "saved" } | { kind: "fileError"; message: string } | { kind: "formError"; message: string } | null;

/**
 * Uploads a result document (PDF/JPEG/PNG) with progress. A refusal about the file sits next to
 * the file picker, once; choosing another file or a later success clears it.
 */
export function ResultUpload({ requestId }: { requestId: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();

  function refuseFile(message: string) {
    setOutcome({ kind: "fileError", message });
    formRef.current?.querySelector<HTMLInputElement>("input[type=file]")?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return refuseFile("Pilih berkas hasil terlebih dahulu.");
    const body = new FormData();
    body.append("file", file, file.name);
    setOutcome(null);
    setProgress(0);
    try {
      const reply = await postForm(`/api/meja/permohonan/${requestId}/hasil`, body, setProgress);
      if (reply.status === "ok") {
        setOutcome({ kind: "saved" });
        formRef.current?.reset();
        router.refresh();
      } else if (reply.fieldErrors?.file) {
        // The route states the file's problem both as the message and as the field error: say it once, at the field.
        refuseFile(reply.fieldErrors.file.join(" "));
      } else {
        setOutcome({
          kind: "formError",
          message: reply.reference ? `${reply.message} (${t("form.reference", { reference: reply.reference })})` : reply.message,
        });
      }
    } catch {
      setOutcome({ kind: "formError", message: "Koneksi terputus sebelum berkas terkirim. Coba unggah lagi." });
    }
    setProgress(null);
  }

  const busy = progress !== null;
  return (
    <form ref={formRef} onSubmit={submit} className="space-y-3" noValidate aria-busy={busy}>
      <FileField
        id="result-file"
        name="file"
        label="Berkas hasil"
        hint="PDF, JPEG atau PNG, maksimal 20 MB."
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        error={outcome?.kind === "fileError" ? outcome.message : undefined}
        onChange={() => setOutcome(null)}
      />
      {outcome?.kind === "formError" && <FormMessage tone="error">{outcome.message}</FormMessage>}
      {outcome?.kind === "saved" && <FormMessage tone="success">Dokumen hasil tersimpan.</FormMessage>}
      {busy && (
        <div role="status" className="space-y-1 text-sm">
          <p>Mengunggah… {progress}%</p>
          <progress max={100} value={progress} className="h-2 w-full" aria-label="Kemajuan unggah">
            {progress}%
          </progress>
        </div>
      )}
      <SubmitButton tone="neutral" pending={busy} pendingLabel="Mengunggah…">
        Unggah hasil
      </SubmitButton>
    </form>
  );
}
