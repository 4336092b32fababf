/**
 * A streaming multipart/form-data parser (RFC 7578): bytes go in as they arrive, events come out
 * (a part begins, a piece of its content, the part ends), and nothing is kept but the few bytes
 * that may be the start of the next boundary. What to keep of each part is the caller's choice,
 * so a part nobody asked for costs no memory. Pure: no framework, no I/O.
 */

export type MultipartEvent =
  | {
      kind: "part";
      /** The form field's name. */
      name: string;
      /** The file's name for a file part (may be ""), null for a text field. */
      filename: string | null;
    }
  /** A piece of the current part's content: a view valid until the next `write`; copy it to keep it. */
  | { kind: "data"; bytes: Uint8Array }
  | { kind: "end" };

export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MultipartError";
  }
}

/** A part's headers may not exceed this (browsers send well under 1 KB). */
const MAX_HEADER_BYTES = 16 * 1024;

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

type State = "preamble" | "after-boundary" | "headers" | "body" | "done";

/** The boundary of a `multipart/form-data` Content-Type, or null when it is not one. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]!) : null;
}

export class MultipartParser {
  /** "\r\n--boundary": every boundary but the first is preceded by CRLF; the first gets one too (see the constructor). */
  private readonly delimiter: Buffer;
  private state: State = "preamble";
  private pending: Buffer;

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
    // The body may open with the boundary itself: a virtual CRLF before it lets one search find every boundary.
    this.pending = Buffer.from(CRLF);
  }

  get done(): boolean {
    return this.state === "done";
  }

  /** Feeds the next bytes of the body; returns what they complete, in order. Throws MultipartError on a malformed body. */
  write(chunk: Uint8Array): MultipartEvent[] {
    const events: MultipartEvent[] = [];
    if (this.state === "done") return events;
    const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, incoming]) : incoming;
    let pos = 0;
    for (;;) {
      if (this.state === "preamble" || this.state === "body") {
        const at = buf.indexOf(this.delimiter, pos);
        if (at >= 0) {
          if (this.state === "body") {
            if (at > pos) events.push({ kind: "data", bytes: buf.subarray(pos, at) });
            events.push({ kind: "end" });
          }
          pos = at + this.delimiter.length;
          this.state = "after-boundary";
          continue;
        }
        // Keep what could be the start of a boundary cut by the chunk's end; the rest is content.
        const safe = Math.max(pos, buf.length - (this.delimiter.length - 1));
        if (this.state === "body" && safe > pos) events.push({ kind: "data", bytes: buf.subarray(pos, safe) });
        pos = safe;
        break;
      }
      if (this.state === "after-boundary") {
        // Transport padding (spaces, tabs) may follow a boundary before its CRLF.
        while (pos < buf.length && (buf[pos] === 0x20 || buf[pos] === 0x09)) pos++;
        if (buf.length - pos < 2) break;
        if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) {
          this.state = "done";
          pos = buf.length;
          break;
        }
        if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) throw new MultipartError("boundary not followed by CRLF");
        pos += 2;
        this.state = "headers";
        continue;
      }
      if (this.state === "headers") {
        // A part with no headers at all: its blank line follows the boundary's CRLF at once.
        const end = buf.length - pos >= 2 && buf[pos] === 0x0d && buf[pos + 1] === 0x0a ? pos - 2 : buf.indexOf(HEADER_END, pos);
        if (end < 0) {
          if (buf.length - pos > MAX_HEADER_BYTES) throw new MultipartError("part headers too long");
          break;
        }
        const headerText = end >= pos ? buf.toString("utf8", pos, end) : "";
        events.push({ kind: "part", ...partOf(headerText) });
        pos = end + HEADER_END.length;
        this.state = "body";
        continue;
      }
      break; // done
    }
    this.pending = Buffer.from(buf.subarray(pos));
    return events;
  }

  /** The body ended: throws MultipartError unless the closing boundary was seen. */
  end(): void {
    if (this.state !== "done") throw new MultipartError("body ended before the closing boundary");
  }
}

/** Name and file name from a part's headers; a part without a form-data Content-Disposition is malformed. */
function partOf(headerText: string): { name: string; filename: string | null } {
  for (const line of headerText.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== "content-disposition") continue;
    const value = line.slice(colon + 1);
    if (!/^\s*form-data\s*(;|$)/i.test(value)) break;
    const params = new Map<string, string>();
    for (const m of value.matchAll(/;\s*([A-Za-z0-9*_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
      const raw = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3]!;
      params.set(m[1]!.toLowerCase(), raw);
    }
    const name = params.get("name");
    if (name === undefined) break;
    const extended = params.get("filename*");
    const filename = extended !== undefined ? decodeExtended(extended) : (params.get("filename") ?? null);
    return { name, filename };
  }
  throw new MultipartError("part without a form-data Content-Disposition");
}

/** RFC 5987 `utf-8''percent%20encoded`. */
function decodeExtended(value: string): string {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  try {
    return decodeURIComponent(match ? match[2]! : value);
  } catch {
    return match ? match[2]! : value;
  }
}
