import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "./store";

/** Stored documents hold personal data: only the server's own account may read them. */
describe("LocalDocumentStore permissions", () => {
  let root: string;
  let previousUmask: number;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-store-"));
    // The most permissive umask: the store must not rely on the process's.
    previousUmask = process.umask(0o000);
  });
  afterEach(() => {
    process.umask(previousUmask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  const mode = (p: string) => fs.statSync(p).mode & 0o777;

  it("writes files 0600 and the folders it creates 0700, whatever the umask", async () => {
    const store = new LocalDocumentStore(path.join(root, "files"));
    await store.put("agency/2026/abc", new Uint8Array([1, 2, 3]));
    expect(mode(path.join(root, "files", "agency", "2026", "abc")).toString(8)).toBe("600");
    expect(mode(path.join(root, "files", "agency", "2026")).toString(8)).toBe("700");
    expect(mode(path.join(root, "files", "agency")).toString(8)).toBe("700");
    expect(mode(path.join(root, "files")).toString(8)).toBe("700");
  });

  it("tightens a folder that already exists with looser permissions", async () => {
    fs.mkdirSync(path.join(root, "files", "agency", "2026"), { recursive: true, mode: 0o755 });
    const store = new LocalDocumentStore(path.join(root, "files"));
    await store.put("agency/2026/def", new Uint8Array([4]));
    expect(mode(path.join(root, "files", "agency", "2026")).toString(8)).toBe("700");
    expect(mode(path.join(root, "files", "agency", "2026", "def")).toString(8)).toBe("600");
  });
});
