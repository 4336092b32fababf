import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openDatabase } from "../../lib/db/connection";
import { loadTarget, signIn, submitNormal } from "../../scripts/lib/portal-client.mjs";
import { freePort, startServer, waitForHealth } from "../../scripts/lib/server.mjs";

/**
 * SIGTERM under load (a supervisor restarting Loket): the server stops accepting, lets the
 * submissions in flight finish and answer, stops its jobs, closes the database and exits 0. Nothing
 * acknowledged is lost, and afterwards the stored files are exactly the document rows. A second
 * production server of the same build, on the embedded database in a fresh folder.
 */
test("SIGTERM under load finishes in-flight submissions, loses nothing acknowledged, leaves no orphan file", async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-stop-"));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOKET_DATA_DIR: dataDir,
    LOKET_DEMO_DATA: "1",
    APP_URL: origin,
    LOG_LEVEL: "warn",
  };
  for (const name of ["DATABASE_URL", "SMTP_URL", "NEXTAUTH_URL", "LOKET_WORKERS"]) delete env[name];
  const { server, output } = startServer({ env, port });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await waitForHealth(origin, server, output);
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
      const files = fs
        .readdirSync(path.join(dataDir, "files"), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.endsWith(".tmp"));
      expect(files.length).toBe(documents);
    } finally {
      await database.close();
    }
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
