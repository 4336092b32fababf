import { createHash } from "node:crypto";
import { guardedRoute } from "@/features/auth/guard";
import { documentStore } from "@/features/documents";
import { checkUpload, SNIFF_BYTES } from "@/features/documents/file-type";
import { newDocumentKey } from "@/features/documents/store";
import { addResultDocument } from "@/features/workflow/desk";
import { findStaffRequest } from "@/features/workflow/desk-queries";
import { NotFoundError, UserError } from "@/lib/errors";

const RESULT_RULE = { allowedTypes: ["application/pdf", "image/jpeg", "image/png"], maxSizeBytes: 20 * 1024 * 1024, label: "dokumen hasil" };

/** Upload a result document at the execution stage (the stage holder only; checked in desk.ts). */
export const POST = guardedRoute<{ id: string }>({ name: "desk.result", access: "signed-in" }, async (request, ctx) => {
  const found = await findStaffRequest(ctx.prisma, ctx.principal!, ctx.params.id);
  if (!found) throw new NotFoundError("Permohonan tidak ditemukan.");
  if (Number(request.headers.get("content-length") ?? 0) > RESULT_RULE.maxSizeBytes + 1024 * 1024) {
    throw new UserError("Berkas terlalu besar; batas dokumen hasil adalah 20 MB.");
  }
  const form = await request.formData().catch(() => {
    throw new UserError("Formulir tidak terbaca. Coba unggah lagi.");
  });
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0) throw new UserError("Pilih berkas hasil terlebih dahulu.", { file: ["Pilih berkas."] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload({ name: file.name, size: file.size, bytes: bytes.subarray(0, SNIFF_BYTES) }, RESULT_RULE);
  if (!check.ok) throw new UserError(check.message, { file: [check.message] });
  const store = documentStore();
  const storageKey = newDocumentKey(found.agencyId, new Date().getUTCFullYear());
  await store.put(storageKey, bytes);
  try {
    await addResultDocument(ctx.prisma, { principal: ctx.principal! }, {
      requestId: found.id,
      fileName: check.fileName,
      contentType: check.type,
      sizeBytes: file.size,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
    });
  } catch (error) {
    await store.remove(storageKey).catch(() => {});
    throw error;
  }
  return Response.json({ status: "ok", data: { requestId: found.id } }, { status: 201 });
});
