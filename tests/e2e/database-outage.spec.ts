import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "../../features/documents/orphan-sweep";
import { LocalDocumentStore } from "../../features/documents/store";
import { openDatabase } from "../../lib/db/connection";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../../scripts/lib/database.mjs";
import { loadTarget, signIn, submitNormal } from "../../scripts/lib/portal-client.mjs";
import { killServer, type ProductionServer, startProductionServer, storedFiles, tempDataDir } from "../support/production-server";

/**
 * PostgreSQL unreachable for a few seconds under load: the production server answers 503 with
 * Retry-After and the "try again shortly" message (never a 500), /api/health says "unreachable",
 * and once the database is back submissions succeed again. Nothing acknowledged is lost and the
 * stored files equal the document rows. The outage is real: every connection between the server
 * and PostgreSQL goes through a TCP relay that the test cuts (open connections reset, new ones
 * refused) and restores. Needs the PostgreSQL server (DATABASE_URL); skipped with the embedded one.
 */
const DATABASE = "loket_e2e_outage";

function relay(targetPort: number) {
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return client.destroy();
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  return {
    listen: () =>
      new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port))),
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test("a PostgreSQL outage under load gets honest 503s, and nothing acknowledged is lost", async () => {
  test.skip(!process.env.DATABASE_URL, "needs the PostgreSQL server (DATABASE_URL)");
  test.setTimeout(240_000);
  const urls = databaseUrls(process.env.DATABASE_URL!, DATABASE);
  await freshServerDatabase(urls.admin, DATABASE);
  const pgPort = Number(new URL(urls.target).port || 5432);
  const link = relay(pgPort);
  const relayed = new URL(urls.target);
  relayed.port = String(await link.listen());

  const dataDir = tempDataDir("outage");
  let running: ProductionServer | undefined;
  try {
    running = await startProductionServer({ dataDir, databaseUrl: relayed.toString(), logLevel: "error" });
    const { origin } = running;
    const cookie = await signIn(origin);
    const target = await loadTarget(origin, cookie);

    type Phase = "before" | "outage" | "after";
    let phase = "before" as Phase;
    const results: { phase: Phase; status: number; retryAfter: string | null; body: string }[] = [];
    let stop = false;
    const lane = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const at = phase;
        const r = await submitNormal(origin, cookie, target, n * 1000 + i);
        results.push({ phase: at, status: r.status, retryAfter: null, body: r.body });
      }
    };
    const lanes = Promise.all(Array.from({ length: 6 }, (_, n) => lane(n)));
    await expect.poll(() => results.filter((r) => r.status === 201).length, { timeout: 60_000 }).toBeGreaterThan(5);

    phase = "outage";
    link.cut();
    await expect.poll(() => results.filter((r) => r.phase === "outage" && r.status === 503).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const health = await fetch(`${origin}/api/health`);
    expect([health.status, (await health.json()).database]).toEqual([503, "unreachable"]);
    const probe = new FormData();
    probe.set("idempotencyKey", crypto.randomUUID());
    const refused = await fetch(`${origin}/api/permohonan`, { method: "POST", body: probe, headers: { Cookie: cookie, Origin: origin } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await refused.json()).message).toMatch(/Coba kirim lagi dalam beberapa detik/);
    await new Promise((r) => setTimeout(r, 3000));

    link.restore();
    phase = "after";
    await expect.poll(() => results.filter((r) => r.phase === "after" && r.status === 201).length, { timeout: 30_000 }).toBeGreaterThan(5);
    stop = true;
    await lanes;

    expect(results.filter((r) => r.status >= 500 && r.status !== 503).map((r) => `${r.phase} ${r.status} ${r.body.slice(0, 120)}`)).toEqual(
      [],
    );
    const acknowledged = results.filter((r) => r.status === 201).map((r) => JSON.parse(r.body).data.registrationNumber as string);
    const database = await openDatabase({ kind: "server", url: urls.target, poolMax: 1 });
    try {
      const stored = new Set(
        (await database.prisma.serviceRequest.findMany({ select: { registrationNumber: true } })).map((r) => r.registrationNumber),
      );
      for (const number of acknowledged) expect(stored.has(number), number).toBe(true);
      // Every recorded document has its file. A submission cut off between storing its file and
      // recording it may leave the file alone: the orphan sweep removes it after its grace period,
      // and then the stored files are exactly the document rows.
      const store = new LocalDocumentStore(path.join(dataDir, "files"));
      const documents = await database.prisma.requestDocument.findMany({ select: { storageKey: true } });
      for (const d of documents) expect(await store.exists(d.storageKey), d.storageKey).toBe(true);
      await sweepOrphanFiles(database.prisma, store, { now: new Date(Date.now() + ORPHAN_GRACE_MS + 60_000) });
      expect(storedFiles(dataDir).length).toBe(documents.length);
    } finally {
      await database.close();
    }
  } finally {
    await killServer(running);
    await link.close();
    await dropServerDatabase(urls.admin, DATABASE).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
