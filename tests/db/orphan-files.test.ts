import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKGROUND_JOBS } from "../../features/jobs/background-jobs";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "../../features/documents/orphan-sweep";
import { LocalDocumentStore, newDocumentKey } from "../../features/documents/store";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * Files stored without a row (a process that died between storing and recording) are removed by
 * the sweep once past the grace period; a file any row references is never removed, however old.
 */
let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());

const HOUR = 3_600_000;
const age = (file: string, ms: number) => {
  const t = new Date(Date.now() - ms);
  fs.utimesSync(file, t, t);
};

describe("the orphan-file sweep", () => {
  it("removes old files no row references, keeps recent ones and every referenced file", async () => {
    const p = fx.database.prisma;
    const { requestId } = await fx.submitAs("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", {
      scopeCode: "hosting",
      details: { subdomain: "yatim" },
    });
    const docs = await p.requestDocument.findMany({ where: { requestId }, select: { storageKey: true, agencyId: true } });
    expect(docs.length).toBeGreaterThan(0);
    // Acknowledged files, old: kept.
    for (const d of docs) age(path.join(fx.store.root, d.storageKey), 30 * 24 * HOUR);
    const agencyId = docs[0]!.agencyId;
    const oldOrphan = newDocumentKey(agencyId, 2026);
    const freshOrphan = newDocumentKey(agencyId, 2026);
    await fx.store.put(oldOrphan, new TextEncoder().encode("%PDF-1.4 orphan"));
    await fx.store.put(freshOrphan, new TextEncoder().encode("%PDF-1.4 being recorded"));
    age(path.join(fx.store.root, oldOrphan), ORPHAN_GRACE_MS + HOUR);
    // A write that never reached its rename.
    const unfinished = path.join(fx.store.root, `${oldOrphan}.00000000-0000-4000-8000-000000000000.tmp`);
    fs.writeFileSync(unfinished, "half");
    age(unfinished, ORPHAN_GRACE_MS + HOUR);

    const report = await sweepOrphanFiles(p, fx.store);
    expect(report).toMatchObject({ removed: 1, unfinishedWrites: 1 });
    expect(await fx.store.exists(oldOrphan)).toBe(false);
    expect(fs.existsSync(unfinished)).toBe(false);
    expect(await fx.store.exists(freshOrphan)).toBe(true);
    for (const d of docs) expect(await fx.store.exists(d.storageKey)).toBe(true);
    expect((await sweepOrphanFiles(p, fx.store)).removed).toBe(0);
  });

  it("cleans up after a process killed between storing and recording", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-orphan-"));
    const store = new LocalDocumentStore(root);
    // A real process stores a file durably, then dies (SIGKILL) before it could record a row.
    const script = `
      import { LocalDocumentStore } from "./features/documents/store.ts";
      const store = new LocalDocumentStore(${JSON.stringify(root)});
      await store.put("agency/2026/killed-before-record", new TextEncoder().encode("%PDF-1.4 stored"));
      process.stdout.write("stored\\n");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => child.stdout.on("data", (d) => String(d).includes("stored") && resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(await store.exists("agency/2026/killed-before-record")).toBe(true);

    // Within the grace period the file stays (its row could still be on its way); after it, it goes.
    expect((await sweepOrphanFiles(fx.database.prisma, store)).removed).toBe(0);
    const later = new Date(Date.now() + ORPHAN_GRACE_MS + HOUR);
    expect((await sweepOrphanFiles(fx.database.prisma, store, { now: later })).removed).toBe(1);
    expect(await store.exists("agency/2026/killed-before-record")).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("runs as one of the background jobs", () => {
    expect(BACKGROUND_JOBS.map((j) => j.name)).toContain("orphan-files");
  });
});
