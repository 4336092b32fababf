import { attachmentHeader } from "./access";

/**
 * Responses that hand a file to the browser. Every one is private to the signed-in viewer (never
 * cached by a proxy or the browser's back/forward cache), names the file safely (ASCII fallback and
 * the UTF-8 name, RFC 6266) and forbids content sniffing.
 */
export interface FileResponseOptions {
  contentType: string;
  fileName: string;
  /** Open in the browser's own viewer instead of downloading. */
  inline?: boolean;
  sizeBytes?: number;
  /** For files people uploaded: no script, no plugin, no same-origin rights even if opened inline. */
  sandbox?: boolean;
}

export function fileResponse(body: BodyInit, options: FileResponseOptions): Response {
  const headers = new Headers({
    "Content-Type": options.contentType,
    "Content-Disposition": attachmentHeader(options.fileName).replace(/^attachment/, options.inline ? "inline" : "attachment"),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (options.sizeBytes !== undefined) headers.set("Content-Length", String(options.sizeBytes));
  if (options.sandbox) headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
  return new Response(body, { headers });
}

/** A PDF the portal rendered (receipt, lembar disposisi, surat penyelesaian), as a download. */
export function pdfResponse(pdf: Uint8Array, fileName: string): Response {
  return fileResponse(Buffer.from(pdf), { contentType: "application/pdf", fileName });
}

/** A CSV export, as a download. */
export function csvResponse(csv: string, fileName: string): Response {
  return fileResponse(csv, { contentType: "text/csv; charset=utf-8", fileName });
}

/** A stored upload (request or result document), streamed as it was received. */
export function storedFileResponse(
  body: ReadableStream<Uint8Array>,
  doc: { contentType: string; fileName: string; sizeBytes: number },
  inline = false,
): Response {
  return fileResponse(body, { contentType: doc.contentType, fileName: doc.fileName, sizeBytes: doc.sizeBytes, inline, sandbox: true });
}
