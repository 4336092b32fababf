import { describe, expect, it } from "vitest";
import type { DocumentStore } from "./store";
import { readUploadForm, storeThenRecord } from "./uploads";

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
  const limits = { maxBytes: 100, tooLarge: "Berkas terlalu besar.", unreadable: "Formulir tidak terbaca." };

  it("refuses a body over the limit before reading it", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(10), headers: { "content-length": "101" } });
    await expect(readUploadForm(request, limits)).rejects.toThrow("Berkas terlalu besar.");
    expect(request.bodyUsed).toBe(false);
  });

  it("says the form is unreadable when it is not multipart", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readUploadForm(request, limits)).rejects.toThrow("Formulir tidak terbaca.");
  });

  it("returns the form", async () => {
    const body = new FormData();
    body.append("version", "3");
    const form = await readUploadForm(new Request("http://localhost/x", { method: "POST", body }), limits);
    expect(form.get("version")).toBe("3");
  });
});
