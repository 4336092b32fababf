import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { openDatabase } from "../../lib/db/connection";
import { loadTarget, signIn, submitNormal } from "../../scripts/lib/portal-client.mjs";
import { killServer, type ProductionServer, startProductionServer, storedFiles, tempDataDir } from "../support/production-server";

/**
 * SIGTERM under load (a supervisor restarting Loket): the server stops accepting, lets the
 * submissions in flight finish and answer, stops its jobs, closes the database and exits 0. Nothing
 * acknowledged is lost, and afterwards the stored files are exactly the document rows. A second
 * production server of the same build, on the embedded database in a fresh folder.
 */
test("SIGTERM under load finishes in-flight submissions, loses nothing acknowledged, leaves no orphan file", async () => {
  test.setTimeout(240_000);
  const dataDir = tempDataDir("stop");
  let running: ProductionServer | undefined;
  try {
    running = await startProductionServer({ dataDir });
    const { origin, process: server, output, exited } = running;
    const cookie = await signIn(origin);
    const target = await loadTarget(origin, cookie);

    let signalledAt = Infinity;
    const results: { ok: boolean; status: number; body: string; doneAt: number }[] = [];
    const submitter = async (lane: number) => {
      for (let i = 0; ; i++) {
        const r = await submitNormal(origin, cookie, target, lane * 1000 + i);
        results.push({ ...r, doneAt: Date.now() });
        // Once the server stops accepting, a new connection is refused (status 0): this lane is done.
        if (r.status === 0 || (Date.now() > signalledAt && !r.ok)) return;
        if (!r.ok) throw new Error(`submission failed before the stop: HTTP ${r.status} ${r.body.slice(0, 300)}`);
      }
    };
    const lanes = Promise.all(Array.from({ length: 8 }, (_, lane) => submitter(lane)));
    await expect.poll(() => results.filter((r) => r.ok).length, { timeout: 60_000 }).toBeGreaterThan(10);
    signalledAt = Date.now();
    server.kill("SIGTERM");
    const code = await exited;
    await lanes;
    expect(code, output()).toBe(0);

    const acknowledged = results.filter((r) => r.status === 201).map((r) => JSON.parse(r.body).data.registrationNumber as string);
    // Submissions that were in flight at the signal were finished and answered, not cut off.
    expect(results.filter((r) => r.status === 201 && r.doneAt > signalledAt).length).toBeGreaterThan(0);
    // Whatever was not acknowledged failed to connect (the client may retry), never a 5xx.
    expect(results.filter((r) => !r.ok && r.status !== 0)).toEqual([]);

    const database = await openDatabase({ kind: "embedded", dataDir });
    try {
      const rows = await database.prisma.serviceRequest.findMany({ select: { registrationNumber: true } });
      const stored = new Set(rows.map((r) => r.registrationNumber));
      for (const number of acknowledged) expect(stored.has(number), number).toBe(true);
      const documents = await database.prisma.requestDocument.count();
      expect(storedFiles(dataDir).length).toBe(documents);
    } finally {
      await database.close();
    }
  } finally {
    await killServer(running);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
