/**
 * Errors that may be shown to users. Anything else is logged with a reference id and shown as a
 * generic message. Messages are Indonesian and say what to do.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export class NotFoundError extends UserError {
  constructor(message = "Data yang Anda cari tidak ditemukan.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends UserError {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends UserError {
  constructor(message = "Silakan masuk terlebih dahulu.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

/** Someone else acted first (optimistic concurrency), or a duplicate. */
export class ConflictError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A request body larger than the endpoint can accept: answered 413, and the connection is closed. */
export class PayloadTooLargeError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}

/**
 * A temporary outage (the database cannot be reached): answered 503 with Retry-After; nothing was
 * changed and the same submission may be sent again.
 */
export class ServiceUnavailableError extends UserError {
  constructor(
    readonly retryAfterSeconds = 5,
    message = "Layanan sedang tidak dapat menyimpan atau membaca data. Tidak ada yang berubah; isian Anda tetap di formulir. Coba kirim lagi dalam beberapa detik.",
  ) {
    super(message);
    this.name = "ServiceUnavailableError";
  }
}

/** The document store has no room left (disk or quota full): nothing was saved; answered 503. */
export class StorageFullError extends ServiceUnavailableError {
  constructor() {
    super(
      60,
      "Ruang penyimpanan dokumen di server sedang penuh, sehingga permohonan belum dapat disimpan. Tidak ada yang tersimpan; isian Anda tetap di formulir. Coba lagi nanti atau hubungi admin instansi.",
    );
    this.name = "StorageFullError";
  }
}

/** zod issues as field errors keyed by dotted path ("_form" for the whole form). */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
