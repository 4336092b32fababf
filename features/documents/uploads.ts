import { UserError } from "@/lib/errors";
import type { DocumentStore } from "./store";

/**
 * The two halves every upload endpoint shares: reading the multipart body within a size limit,
 * and "files first, rows second". A file is stored durably before the transaction that records
 * it, so an acknowledged row never points at a missing file; when recording fails the files are
 * removed again, so a refused or failed upload leaves nothing behind.
 */
export interface StagedFile {
  storageKey: string;
  bytes: Uint8Array;
}

export async function storeThenRecord<T>(store: DocumentStore, files: readonly StagedFile[], record: () => Promise<T>): Promise<T> {
  try {
    await Promise.all(files.map((f) => store.put(f.storageKey, f.bytes)));
    return await record();
  } catch (error) {
    // Best effort: a file left behind is an orphan, never a broken row, so the original error wins.
    await Promise.all(files.map((f) => store.remove(f.storageKey).catch(() => {})));
    throw error;
  }
}

/** The multipart form of an upload, refusing a body over `maxBytes` before reading it. */
export async function readUploadForm(
  request: Request,
  limits: { maxBytes: number; tooLarge: string; unreadable: string },
): Promise<FormData> {
  if (Number(request.headers.get("content-length") ?? 0) > limits.maxBytes) throw new UserError(limits.tooLarge);
  try {
    return await request.formData();
  } catch {
    throw new UserError(limits.unreadable);
  }
}
