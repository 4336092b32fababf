import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { StorageFullError } from "../../lib/errors";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * A document store that runs out of space during a submission: a clear "storage is full, try later"
 * (503), no request row, and no file or half-written file left behind. The full disk is real: a
 * 64 KB tmpfs (mounting needs privileges; without them the test says so and is skipped).
 */
let fx: Fixture;
let mountPoint: string | null = null;

function mountTinyFs(): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

beforeAll(async () => {
  fx = await seededFixture();
  mountPoint = mountTinyFs();
});
afterAll(async () => {
  if (mountPoint) {
    execFileSync("umount", [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  }
  await fx.dispose();
});

describe("a full document store", () => {
  it("refuses the submission clearly and leaves nothing half-saved", async (ctx) => {
    if (!mountPoint) ctx.skip(true, "cannot mount a size-limited tmpfs here (needs root)");
    const store = new LocalDocumentStore(path.join(mountPoint!, "files"));
    const p = fx.database.prisma;
    const before = {
      requests: await p.serviceRequest.count(),
      documents: await p.requestDocument.count(),
      mail: await p.mailMessage.count(),
    };

    const attempt = fx.submitAs(
      "ani.rahmawati@bulungan.go.id",
      "hosting-subdomain-email",
      { scopeCode: "hosting", details: { subdomain: "penuh" } },
      { store, pdfBytes: 200 * 1024 },
    );
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/Ruang penyimpanan dokumen di server sedang penuh/);

    expect({
      requests: await p.serviceRequest.count(),
      documents: await p.requestDocument.count(),
      mail: await p.mailMessage.count(),
    }).toEqual(before);
    const left = fs.readdirSync(mountPoint!, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(left.map((e) => e.name)).toEqual([]);

    // With room again, the same submission goes through.
    const roomy = new LocalDocumentStore(fs.mkdtempSync(path.join(os.tmpdir(), "loket-roomy-")));
    const ok = await fx.submitAs(
      "ani.rahmawati@bulungan.go.id",
      "hosting-subdomain-email",
      { scopeCode: "hosting", details: { subdomain: "lega" } },
      {
        store: roomy,
        pdfBytes: 200 * 1024,
      },
    );
    expect(ok.registrationNumber).toBeTruthy();
    fs.rmSync(roomy.root, { recursive: true, force: true });
  });
});
