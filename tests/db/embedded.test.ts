import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../lib/db/connection";
import { DataDirInUseError } from "../../lib/db/embedded-lock";
import { prepareDatabase } from "../../features/runtime/prepare";

/** The embedded database (PGlite in a data folder): durable, and owned by exactly one process. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "loket-embedded-"));
  dirs.push(d);
  return d;
}

function runMigrate(dataDir: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOKET_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("embedded database", () => {
  it("keeps its data across a restart", async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ kind: "embedded", dataDir });
    await prepareDatabase(first, { migrate: true, demoData: true });
    await first.prisma.opd.updateMany({ where: { name: { contains: "Inspektorat" } }, data: { active: false } });
    await first.close();

    const second = await openDatabase({ kind: "embedded", dataDir });
    await prepareDatabase(second, { migrate: true, demoData: true });
    expect(await second.prisma.agency.count()).toBe(4);
    expect(await second.prisma.service.count()).toBe(5);
    expect(await second.prisma.opd.count({ where: { active: false } })).toBeGreaterThan(0);
    await second.close();
    // Two migrated embedded databases with the demo catalog: slow on a loaded 2-core machine.
  }, 180_000);

  it("disables the demo accounts when a database that ran the demo starts with demo data off, and enables them again in demo", async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ kind: "embedded", dataDir });
    try {
      await prepareDatabase(database, { migrate: true, demoData: true });
      const demo = { isDemo: true };
      expect(await database.prisma.user.count({ where: { ...demo, disabledAt: null } })).toBeGreaterThan(0);
      await prepareDatabase(database, { migrate: true, demoData: false });
      expect(await database.prisma.user.count({ where: { ...demo, disabledAt: null } })).toBe(0);
      await prepareDatabase(database, { migrate: true, demoData: true });
      expect(await database.prisma.user.count({ where: { ...demo, disabledAt: { not: null } } })).toBe(0);
    } finally {
      await database.close();
    }
  }, 180_000);

  it("refuses a second process on the same folder, with a message naming the fix", async () => {
    const dataDir = tempDir();
    const owner = await openDatabase({ kind: "embedded", dataDir });
    try {
      const result = await runMigrate(dataDir);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`already in use by another process (PID ${process.pid})`);
      expect(result.output).toContain("LOKET_DATA_DIR");
      // The owner is unharmed.
      await owner.migrate();
      expect(await owner.prisma.agency.count()).toBe(0);
    } finally {
      await owner.close();
    }
    // Once the owner has closed, another process may open it.
    const after = await runMigrate(dataDir);
    expect(after.code, after.output).toBe(0);
  });

  it("refuses a second open inside the same process", async () => {
    const dataDir = tempDir();
    const owner = await openDatabase({ kind: "embedded", dataDir });
    try {
      await expect(openDatabase({ kind: "embedded", dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await owner.close();
    }
  });

  it("takes over the lock of a process that died", async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, "loket.lock"), "2147483646\n");
    const database = await openDatabase({ kind: "embedded", dataDir });
    expect(fs.readFileSync(path.join(dataDir, "loket.lock"), "utf8").trim()).toBe(String(process.pid));
    await database.close();
    expect(fs.existsSync(path.join(dataDir, "loket.lock"))).toBe(false);
  });
});
