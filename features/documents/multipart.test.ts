import { describe, expect, it } from "vitest";
import { MultipartError, MultipartParser, multipartBoundary, type MultipartEvent } from "./multipart";

const BOUNDARY = "----WebKitFormBoundaryX3ab";

/** Parts as a browser sends them. */
function body(parts: { name: string; filename?: string; content: string | Uint8Array }[], epilogue = ""): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ""}`;
    chunks.push(enc.encode(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n`));
    if (p.filename !== undefined) chunks.push(enc.encode("Content-Type: application/octet-stream\r\n"));
    chunks.push(enc.encode("\r\n"), typeof p.content === "string" ? enc.encode(p.content) : p.content, enc.encode("\r\n"));
  }
  chunks.push(enc.encode(`--${BOUNDARY}--\r\n${epilogue}`));
  return Buffer.concat(chunks);
}

/** Parses `bytes` fed in pieces of `size` and returns the parts with their whole content. */
function parse(bytes: Uint8Array, size: number) {
  const parser = new MultipartParser(BOUNDARY);
  const parts: { name: string; filename: string | null; content: Buffer }[] = [];
  let chunks: Buffer[] = [];
  const apply = (events: MultipartEvent[]) => {
    for (const e of events) {
      if (e.kind === "part") {
        parts.push({ name: e.name, filename: e.filename, content: Buffer.alloc(0) });
        chunks = [];
      } else if (e.kind === "data") chunks.push(Buffer.from(e.bytes));
      else parts.at(-1)!.content = Buffer.concat(chunks);
    }
  };
  for (let i = 0; i < bytes.length; i += size) apply(parser.write(bytes.subarray(i, i + size)));
  parser.end();
  return parts.map((p) => ({ ...p, content: p.content.toString("latin1") }));
}

describe("MultipartParser", () => {
  // Content that looks like the boundary's start, CRLFs and dashes at the edges.
  const tricky = `\r\n--${BOUNDARY.slice(0, -1)}Z\r\n--\r\n-`;
  const sample = body([
    { name: "serviceId", content: "7b0c1f5e" },
    { name: "description", content: "Baris satu\r\nbaris dua — ✓" },
    { name: "document.surat", filename: "surat permohonan.pdf", content: `%PDF-1.7${tricky}%%EOF` },
    { name: "empty", filename: "", content: "" },
  ]);
  const expected = [
    { name: "serviceId", filename: null, content: "7b0c1f5e" },
    { name: "description", filename: null, content: Buffer.from("Baris satu\r\nbaris dua — ✓").toString("latin1") },
    { name: "document.surat", filename: Buffer.from("surat permohonan.pdf").toString("utf8"), content: `%PDF-1.7${tricky}%%EOF` },
    { name: "empty", filename: "", content: "" },
  ];

  it("gives the same parts however the body is cut into chunks", () => {
    for (const size of [1, 2, 3, 7, 16, 45, 64, 100, 1000, sample.length]) expect(parse(sample, size)).toEqual(expected);
  });

  it("ignores a preamble and an epilogue", () => {
    const withPreamble = Buffer.concat([Buffer.from("ignored preamble\r\n"), body([{ name: "a", content: "1" }], "epilogue")]);
    expect(parse(withPreamble, 5)).toEqual([{ name: "a", filename: null, content: "1" }]);
  });

  it("reads UTF-8 file names and RFC 5987 names", () => {
    const parser = new MultipartParser(BOUNDARY);
    const events = parser.write(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename*=utf-8''Surat%20%C3%A9.pdf\r\n\r\nx\r\n` +
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="g"; filename="Ω.pdf"\r\n\r\ny\r\n--${BOUNDARY}--`,
      ),
    );
    expect(events.filter((e) => e.kind === "part")).toEqual([
      { kind: "part", name: "f", filename: "Surat é.pdf" },
      { kind: "part", name: "g", filename: "Ω.pdf" },
    ]);
  });

  it("refuses a body that ends before its closing boundary", () => {
    const cut = sample.subarray(0, sample.length - 10);
    const parser = new MultipartParser(BOUNDARY);
    parser.write(cut);
    expect(() => parser.end()).toThrow(MultipartError);
  });

  it("refuses a part without a name and endless headers", () => {
    expect(() => new MultipartParser(BOUNDARY).write(Buffer.from(`--${BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nx`))).toThrow(
      MultipartError,
    );
    expect(() => new MultipartParser(BOUNDARY).write(Buffer.from(`--${BOUNDARY}\r\nX: ${"a".repeat(20_000)}`))).toThrow(MultipartError);
  });

  it("finds the boundary of a Content-Type", () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("application/json")).toBeNull();
    expect(multipartBoundary("multipart/form-data")).toBeNull();
  });
});
