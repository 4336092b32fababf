import { createHash } from "node:crypto";
import type { Principal } from "../auth/roles";
import { inspectUpload } from "../documents/inspect";
import { type DocumentStore, newDocumentKey } from "../documents/store";
import { documentsPolicy, storeThenRecord, type UploadForm, type UploadLimits } from "../documents/uploads";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addResultDocument } from "./desk";

/**
 * A result document (the account letter, the configuration sheet…) uploaded at the execution
 * stage. The file is checked by its content, stored, then recorded by the desk, which decides
 * whether this officer may add it now (the stage holder, their Plh/Plt, or an admin).
 */
export const RESULT_RULE = {
  allowedTypes: ["application/pdf", "image/jpeg", "image/png"],
  maxSizeBytes: 20 * 1024 * 1024,
  label: "dokumen hasil",
};

/** The form carries one file, `file`; the whole body may exceed it by the form's own overhead. */
export const RESULT_UPLOAD_LIMITS: UploadLimits = {
  tooLarge: "Berkas terlalu besar; batas dokumen hasil adalah 20 MB.",
  unreadable: "Formulir tidak terbaca. Coba unggah lagi.",
  policy: documentsPolicy({ file: RESULT_RULE.maxSizeBytes }),
};

export async function uploadResultDocument(
  prisma: PrismaClient,
  store: DocumentStore,
  principal: Principal,
  request: { id: string; agencyId: string },
  form: UploadForm,
): Promise<void> {
  const file = form.files.file;
  if (!file || file.size === 0) throw new UserError("Pilih berkas hasil terlebih dahulu.", { file: ["Pilih berkas."] });
  const { bytes } = file;
  const check = await inspectUpload(file, RESULT_RULE);
  if (!check.ok) throw new UserError(check.message, { file: [check.message] });
  const storageKey = newDocumentKey(request.agencyId, new Date().getUTCFullYear());
  await storeThenRecord(store, [{ storageKey, bytes }], () =>
    addResultDocument(
      prisma,
      { principal },
      {
        requestId: request.id,
        fileName: check.fileName,
        contentType: check.type,
        sizeBytes: file.size,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
      },
    ),
  );
}
