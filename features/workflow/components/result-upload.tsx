"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postForm } from "@/features/requests/components/upload";

/** Uploads a result document (PDF/JPEG/PNG) with progress. */
export function ResultUpload({ requestId }: { requestId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const router = useRouter();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setMessage({ ok: false, text: "Pilih berkas hasil terlebih dahulu." });
    const body = new FormData();
    body.append("file", file, file.name);
    setProgress(0);
    try {
      const reply = await postForm(`/api/meja/permohonan/${requestId}/hasil`, body, setProgress);
      if (reply.status === "ok") {
        setMessage({ ok: true, text: "Dokumen hasil tersimpan." });
        setFile(null);
        router.refresh();
      } else setMessage({ ok: false, text: [reply.message, ...Object.values(reply.fieldErrors ?? {}).flat()].join(" ") });
    } catch {
      setMessage({ ok: false, text: "Koneksi terputus. Coba unggah lagi." });
    }
    setProgress(null);
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor="result-file" className="block font-medium">Berkas hasil (PDF/JPEG/PNG, maks. 20 MB)</label>
      <input id="result-file" type="file" accept=".pdf,.jpg,.jpeg,.png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-emerald-800" : "text-sm text-red-800"}>
          {message.text}
        </p>
      )}
      {progress !== null && <p role="status">Mengunggah… {progress}%</p>}
      <button type="submit" disabled={progress !== null} className="rounded-md bg-slate-700 px-4 py-2 font-medium text-white hover:bg-slate-800 disabled:opacity-70">
        Unggah hasil
      </button>
    </form>
  );
}
