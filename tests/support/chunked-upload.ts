import { randomUUID } from "node:crypto";

/**
 * A multipart body sent the way a chunked upload arrives: no Content-Length, produced only as the
 * reader pulls it, 64 KB at a time, so a test can see how much of it the server asked for.
 */
export interface ChunkedUpload {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  total: number;
  /** Bytes handed to the reader so far. */
  sent(): number;
}

const CHUNK = 64 * 1024;

export function chunkedUpload(
  fields: Record<string, string | string[]>,
  files: { name: string; filename: string; bytes?: Uint8Array; size?: number; contentType?: string }[],
): ChunkedUpload {
  const boundary = `----loket${randomUUID().replaceAll("-", "")}`;
  const encoder = new TextEncoder();
  const pieces: (Uint8Array | { filler: number })[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      pieces.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${one}\r\n`));
    }
  }
  for (const file of files) {
    pieces.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.contentType ?? "application/pdf"}\r\n\r\n`,
      ),
    );
    if (file.bytes) pieces.push(file.bytes);
    // A large file: "%PDF-" and then filler, generated as it is read.
    else pieces.push(encoder.encode("%PDF-1.7\n"), { filler: (file.size ?? 0) - 9 });
    pieces.push(encoder.encode("\r\n"));
  }
  pieces.push(encoder.encode(`--${boundary}--\r\n`));
  const total = pieces.reduce((n, p) => n + (p instanceof Uint8Array ? p.length : p.filler), 0);

  let sent = 0;
  let index = 0;
  let fillerLeft = -1;
  const filler = new Uint8Array(CHUNK).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const piece = pieces[index];
        if (!piece) return controller.close();
        if (piece instanceof Uint8Array) {
          index++;
          sent += piece.length;
          return controller.enqueue(piece);
        }
        if (fillerLeft < 0) fillerLeft = piece.filler;
        const n = Math.min(CHUNK, fillerLeft);
        fillerLeft -= n;
        sent += n;
        if (fillerLeft === 0) {
          index++;
          fillerLeft = -1;
        }
        controller.enqueue(filler.slice(0, n));
      },
    },
    { highWaterMark: 0 },
  );
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, total, sent: () => sent };
}

/** A same-origin POST of a chunked upload (no Content-Length), as the guard expects from the browser. */
export function chunkedPost(url: string, upload: ChunkedUpload): Request {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    body: upload.body,
    headers: { origin: "http://localhost", host: "localhost", "content-type": upload.contentType },
    // @ts-expect-error: Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
    duplex: "half",
  });
}
