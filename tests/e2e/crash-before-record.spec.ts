import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ARMED_FILE, PAUSED_FILE } from "../../features/requests/fault-hooks";
import { loadTarget, signIn, submitNormal } from "../../scripts/lib/portal-client.mjs";
import {
  killServer,
  type ProductionServer,
  startProductionServer,
  storedFiles,
  tempDataDir,
  testDatabase,
} from "../support/production-server";

/**
 * The production server killed (SIGKILL) between storing a submission's document and recording
 * its rows: the file is left with no row. After a restart the server serves again and its start-up
 * sweep leaves the file alone (it is younger than the grace period: its row could still be on its
 * way); the orphan-file job, with the grace period shortened, removes exactly that file. Every
 * request acknowledged before the crash keeps its rows and files, and afterwards the stored files
 * are exactly the document rows. The kill lands at that point every run: the submission path's
 * test hook (features/requests/fault-hooks.ts) pauses there and says so in a marker file. Runs on
 * the embedded database, or on a fresh database of the PostgreSQL server when DATABASE_URL is set.
 */
const DATABASE = "loket_e2e_crash";

function runOrphanSweep(dataDir: string, databaseUrl: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOKET_DATA_DIR: dataDir, LOKET_DEMO_DATA: "1", LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/job.ts", "orphan-files", "--grace-minutes", "0"], {
    env,
    encoding: "utf8",
  });
}

test("a server killed between storing and recording leaves only an orphan file, which the sweep removes", async () => {
  test.setTimeout(300_000);
  const dataDir = tempDataDir("crash");
  const faults = path.join(dataDir, "faults");
  fs.mkdirSync(faults);
  const database = await testDatabase(DATABASE, dataDir);
  let running: ProductionServer | undefined;
  try {
    running = await startProductionServer({
      dataDir,
      databaseUrl: database.url,
      env: { LOKET_TEST_HOOKS: "1", LOKET_FAULT_PAUSE_AFTER_STORE: faults },
    });
    const { origin, port } = running;
    const cookie = await signIn(origin);
    const target = await loadTarget(origin, cookie);

    // Acknowledged by the process that is about to die.
    const acknowledged: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await submitNormal(origin, cookie, target, i);
      expect(r.status, r.body).toBe(201);
      acknowledged.push(JSON.parse(r.body).data.registrationNumber);
    }
    expect(storedFiles(dataDir)).toHaveLength(3);

    // The next submission stores its file and stops before its statement: kill the server there.
    fs.writeFileSync(path.join(faults, ARMED_FILE), "");
    const cutOff = submitNormal(origin, cookie, target, 99);
    const marker = path.join(faults, PAUSED_FILE);
    await expect.poll(() => fs.existsSync(marker), { timeout: 30_000 }).toBe(true);
    const paused = JSON.parse(fs.readFileSync(marker, "utf8")) as { pid: number; storageKeys: string[] };
    expect(paused.pid).toBe(running.process.pid);
    expect(paused.storageKeys).toHaveLength(1);
    const orphan = paused.storageKeys[0]!;
    running.process.kill("SIGKILL");
    expect(await running.exited).toBeNull();
    // The applicant never got an answer (the form keeps its key and may send again).
    expect((await cutOff).status).toBe(0);
    expect(storedFiles(dataDir)).toContain(orphan);
    expect(storedFiles(dataDir)).toHaveLength(4);

    // Restarted without the hook on the same origin: it serves, the session still holds, and the
    // start-up sweep keeps the fresh orphan (its row could have been on its way).
    running = await startProductionServer({ dataDir, databaseUrl: database.url, port });
    const after = await submitNormal(origin, cookie, target, 100);
    expect(after.status, after.body).toBe(201);
    acknowledged.push(JSON.parse(after.body).data.registrationNumber);
    expect(storedFiles(dataDir)).toContain(orphan);
    running.process.kill("SIGTERM");
    expect(await running.exited).toBe(0);

    // The operator's sweep with no grace (the server is stopped, nothing is on its way).
    const sweep = runOrphanSweep(dataDir, database.url);
    expect(sweep.status, sweep.stderr).toBe(0);
    expect(sweep.stdout).toContain("orphan-files with 0 minute(s) of grace: 5 file(s) checked, 1 removed");

    const files = storedFiles(dataDir);
    expect(files).not.toContain(orphan);
    const opened = await database.open();
    try {
      const requests = await opened.prisma.serviceRequest.findMany({
        select: { registrationNumber: true, documents: { select: { storageKey: true } } },
      });
      expect(requests.map((r) => r.registrationNumber).sort()).toEqual([...acknowledged].sort());
      for (const r of requests) {
        expect(r.documents.length, r.registrationNumber).toBe(1);
        for (const d of r.documents) expect(files, r.registrationNumber).toContain(d.storageKey);
      }
      const documents = await opened.prisma.requestDocument.findMany({ select: { storageKey: true } });
      const results = await opened.prisma.resultDocument.count();
      expect(results).toBe(0);
      expect([...files].sort()).toEqual(documents.map((d) => d.storageKey).sort());
    } finally {
      await opened.close();
    }
  } finally {
    await killServer(running);
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
