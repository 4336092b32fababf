import { describe, expect, it } from "vitest";
import type { DocumentStore } from "./store";
import { PayloadTooLargeError } from "@/lib/errors";
import { SNIFF_BYTES } from "./file-type";
import { documentsPolicy, FORM_OVERHEAD_BYTES, readUploadForm, storeThenRecord, type UploadFields } from "./uploads";

/** A store in memory that can be told to fail one write. */
function memoryStore(failOn?: string) {
  const files = new Map<string, Uint8Array>();
  const store: DocumentStore = {
    async put(key, data) {
      if (key === failOn) throw new Error("disk full");
      files.set(key, data);
    },
    async read() {
      throw new Error("not used");
    },
    async remove(key) {
      files.delete(key);
    },
    async exists(key) {
      return files.has(key);
    },
    async *list() {
      for (const key of files.keys()) yield { key, modifiedAt: new Date() };
    },
    async removeUnfinishedWrites() {
      return 0;
    },
  };
  return { store, files };
}

const staged = [
  { storageKey: "a/2026/1", bytes: new Uint8Array([1]) },
  { storageKey: "a/2026/2", bytes: new Uint8Array([2]) },
];

describe("storeThenRecord", () => {
  it("stores every file before recording, and keeps them when recording succeeds", async () => {
    const { store, files } = memoryStore();
    const seenWhileRecording: number[] = [];
    const result = await storeThenRecord(store, staged, async () => {
      seenWhileRecording.push(files.size);
      return "recorded";
    });
    expect(result).toBe("recorded");
    expect(seenWhileRecording).toEqual([2]);
    expect([...files.keys()]).toEqual(["a/2026/1", "a/2026/2"]);
  });

  it("removes the stored files and rethrows when recording fails", async () => {
    const { store, files } = memoryStore();
    await expect(storeThenRecord(store, staged, async () => Promise.reject(new Error("conflict")))).rejects.toThrow("conflict");
    expect(files.size).toBe(0);
  });

  it("records nothing and leaves nothing when a file cannot be stored", async () => {
    const { store, files } = memoryStore("a/2026/2");
    let recorded = false;
    await expect(storeThenRecord(store, staged, async () => (recorded = true))).rejects.toThrow("disk full");
    expect(recorded).toBe(false);
    expect(files.size).toBe(0);
  });
});

describe("readUploadForm", () => {
  const limits = {
    tooLarge: "Berkas terlalu besar.",
    unreadable: "Formulir tidak terbaca.",
    policy: documentsPolicy({ "document.surat": 2000 }),
  };
  const bigLimit = FORM_OVERHEAD_BYTES + 2000;

  function multipart(body: FormData) {
    return new Request("http://localhost/x", { method: "POST", body });
  }

  /** A body that is produced only as it is read, counting what was read. */
  function streamed(prefix: string, fillerBytes: number) {
    let sent = 0;
    let left = fillerBytes;
    const boundary = "b0undary";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="serviceId"\r\n\r\n${prefix}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="document.surat"; filename="a.pdf"\r\n\r\n%PDF-1.7\n`,
    );
    let first = true;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (first) {
            first = false;
            sent += head.length;
            return controller.enqueue(head);
          }
          if (left <= 0) return controller.close();
          const n = Math.min(left, 64 * 1024);
          left -= n;
          sent += n;
          controller.enqueue(new Uint8Array(n).fill(0x20));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost/x", {
      method: "POST",
      body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      // @ts-expect-error: Node's fetch needs `duplex` for a streamed body.
      duplex: "half",
    });
    return { request, sent: () => sent };
  }

  it("refuses a body whose Content-Length is over the limit before reading it", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: "x".repeat(10),
      headers: { "content-length": String(bigLimit + 1), "content-type": "multipart/form-data; boundary=x" },
    });
    await expect(readUploadForm(request, limits)).rejects.toThrow(PayloadTooLargeError);
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    const { request, sent } = streamed("s1", 50 * 1024 * 1024);
    await expect(readUploadForm(request, limits)).rejects.toThrow(PayloadTooLargeError);
    expect(sent()).toBeLessThan(bigLimit + 2 * 64 * 1024);
  });

  it("takes the limit from the fields before the first file when the policy depends on them", async () => {
    const seen: string[] = [];
    const { request, sent } = streamed("layanan-kecil", 5 * 1024 * 1024);
    const lazy = {
      ...limits,
      policy: (fields: UploadFields) => {
        seen.push(...fields.map(([k, v]) => `${k}=${v}`));
        return documentsPolicy({ "document.surat": 1000 });
      },
    };
    await expect(readUploadForm(request, lazy)).rejects.toThrow(PayloadTooLargeError);
    expect(seen).toEqual(["serviceId=layanan-kecil"]);
    expect(sent()).toBeLessThan(FORM_OVERHEAD_BYTES + 1000 + 2 * 64 * 1024);
  });

  it("says the form is unreadable when it is not multipart or is cut short", async () => {
    const json = new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readUploadForm(json, limits)).rejects.toThrow("Formulir tidak terbaca.");
    const cut = new Request("http://localhost/x", {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    await expect(readUploadForm(cut, limits)).rejects.toThrow("Formulir tidak terbaca.");
  });

  it("returns the fields and the files asked for, and skips the others without keeping them", async () => {
    const body = new FormData();
    body.append("version", "3");
    body.append("scopeCodes", "a");
    body.append("scopeCodes", "b");
    body.append("document.surat", new File(["%PDF-1.7 isi"], "surat.pdf"));
    body.append("document.lain", new File(["x".repeat(500)], "lain.pdf"));
    const form = await readUploadForm(multipart(body), limits);
    expect(form.fields).toEqual([
      ["version", "3"],
      ["scopeCodes", "a"],
      ["scopeCodes", "b"],
    ]);
    expect(Object.keys(form.files)).toEqual(["document.surat"]);
    expect(form.files["document.surat"]).toMatchObject({ name: "surat.pdf", size: 12 });
    expect(Buffer.from(form.files["document.surat"]!.bytes).toString()).toBe("%PDF-1.7 isi");
    expect(form.skipped).toEqual(["document.lain"]);
  });

  it("drops a file input left empty (the browser sends an empty file part)", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="document.surat"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    const form = await readUploadForm(request, limits);
    expect(form).toEqual({ fields: [], files: {}, skipped: [] });
  });

  it("keeps only the first bytes and the real size of a file over its own limit", async () => {
    const body = new FormData();
    body.append("document.surat", new File(["%PDF-1.7\n" + " ".repeat(20_000)], "besar.pdf"));
    const form = await readUploadForm(multipart(body), { ...limits, policy: documentsPolicy({ "document.surat": 10_000 }) });
    expect(form.files["document.surat"]!.size).toBe(20_009);
    expect(form.files["document.surat"]!.bytes.length).toBe(SNIFF_BYTES);
  });
});
