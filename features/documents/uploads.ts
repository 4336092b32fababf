import { PayloadTooLargeError, UserError } from "@/lib/errors";
import { SNIFF_BYTES } from "./file-type";
import { MultipartError, type MultipartEvent, MultipartParser, multipartBoundary } from "./multipart";
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

/** A file as the form sent it. */
export interface UploadedFile {
  name: string;
  size: number;
  /** The whole file; only its first `SNIFF_BYTES` when it is larger than its part was allowed to be. */
  bytes: Uint8Array;
}

/** What an upload endpoint reads of a body. */
export interface UploadPolicy {
  /** The whole body, form fields included, may not exceed this. */
  maxBodyBytes: number;
  /** The most bytes a file part of this name may hold, or null when the endpoint does not ask for it. */
  fileLimit(partName: string): number | null;
}

/** The text fields of a form in the order sent (a name may repeat). */
export type UploadFields = readonly (readonly [string, string])[];

export interface UploadLimits {
  tooLarge: string;
  unreadable: string;
  /** Fixed, or decided from the text fields that precede the first file (the service a submission is for). */
  policy: UploadPolicy | ((fields: UploadFields) => UploadPolicy | Promise<UploadPolicy>);
}

export interface UploadForm {
  fields: UploadFields;
  /** Files by part name: only those the policy asks for, never an empty file input. */
  files: Record<string, UploadedFile>;
  /** Names of file parts nobody asked for: skipped as they streamed, never kept. */
  skipped: string[];
}

/** Text fields together, and what a body may carry before the endpoint knows which files it takes. */
export const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** A policy for documents by part name, each at its own limit; the body may add the form's overhead. */
export function documentsPolicy(limits: Readonly<Record<string, number>>): UploadPolicy {
  const total = Object.values(limits).reduce((sum, n) => sum + n, 0);
  return {
    maxBodyBytes: total + FORM_OVERHEAD_BYTES,
    fileLimit: (name) => (Object.hasOwn(limits, name) ? limits[name]! : null),
  };
}

/**
 * Reads a multipart upload as it streams, counting its bytes: past the policy's limit (or a
 * Content-Length announcing more) it stops reading and throws PayloadTooLargeError (413), without
 * waiting for the rest. Only the files the policy asks for are kept, each up to its own limit; a
 * larger one keeps its first bytes and its real size, for the document check to name it.
 */
export async function readUploadForm(request: Request, limits: UploadLimits): Promise<UploadForm> {
  let policy = typeof limits.policy === "function" ? null : limits.policy;
  const announced = Number(request.headers.get("content-length") ?? 0);
  if (announced > (policy?.maxBodyBytes ?? Number.POSITIVE_INFINITY)) throw new PayloadTooLargeError(limits.tooLarge);
  const boundary = multipartBoundary(request.headers.get("content-type"));
  if (!boundary || !request.body) throw new UserError(limits.unreadable);

  const parser = new MultipartParser(boundary);
  const fields: [string, string][] = [];
  const files: Record<string, UploadedFile> = {};
  const skipped: string[] = [];
  let fieldBytes = 0;
  let part: OpenPart | null = null;

  const handle = async (event: MultipartEvent) => {
    if (event.kind === "part") {
      if (event.filename === null) return void (part = { kind: "text", name: event.name, chunks: [] });
      policy ??= await (limits.policy as (fields: UploadFields) => UploadPolicy | Promise<UploadPolicy>)(fields);
      const limit = event.filename === "" || event.name in files ? null : policy.fileLimit(event.name);
      if (limit === null) {
        if (event.filename !== "") skipped.push(event.name);
        return void (part = { kind: "skip" });
      }
      return void (part = { kind: "file", name: event.name, filename: event.filename, limit, size: 0, chunks: [] });
    }
    if (!part) return;
    if (event.kind === "data") {
      if (part.kind === "text") {
        fieldBytes += event.bytes.length;
        if (fieldBytes > FORM_OVERHEAD_BYTES) throw new PayloadTooLargeError(limits.tooLarge);
        part.chunks.push(Buffer.from(event.bytes));
      } else if (part.kind === "file") {
        part.size += event.bytes.length;
        if (part.size <= part.limit) part.chunks.push(Buffer.from(event.bytes));
        else if (!part.head) {
          // Too large for its document: keep only what the type check reads.
          const head = Buffer.concat([...part.chunks, event.bytes]).subarray(0, SNIFF_BYTES);
          part.chunks = [];
          part.head = Buffer.from(head);
        }
      }
      return;
    }
    if (part.kind === "text") fields.push([part.name, Buffer.concat(part.chunks).toString("utf8")]);
    else if (part.kind === "file" && part.size > 0) {
      files[part.name] = { name: part.filename, size: part.size, bytes: part.head ?? Buffer.concat(part.chunks) };
    }
    part = null;
  };

  const reader = request.body.getReader();
  const read = () =>
    reader.read().catch(() => {
      // The client went away mid-body.
      throw new UserError(limits.unreadable);
    });
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await read();
      if (done) break;
      received += value.length;
      for (const event of parser.write(value)) await handle(event);
      if (received > (policy?.maxBodyBytes ?? FORM_OVERHEAD_BYTES) && !parser.done) throw new PayloadTooLargeError(limits.tooLarge);
    }
    parser.end();
  } catch (error) {
    // Not cancelled: cancelling would reset the connection before the answer is sent. The answer
    // closes it instead (see errorResponse).
    reader.releaseLock();
    throw error instanceof MultipartError ? new UserError(limits.unreadable) : error;
  }
  return { fields, files, skipped };
}

type OpenPart =
  | { kind: "text"; name: string; chunks: Buffer[] }
  | { kind: "skip" }
  | { kind: "file"; name: string; filename: string; limit: number; size: number; chunks: Buffer[]; head?: Buffer };
