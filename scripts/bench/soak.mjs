// Long-running health: `DATABASE_URL=… npm run bench -- soak` serves the production build on a
// fresh database `loket_bench_soak` of that PostgreSQL server (demo catalog and accounts, the
// default number of server processes) and sends mixed traffic at a fixed rate (open loop: a request
// starts every 1/BENCH_SOAK_RPS s whether or not earlier ones finished) for BENCH_SOAK_MINUTES (30):
// public pages (home, agency, service, performance), tracking by number and code, submissions with a
// 100 KB PDF, "Permohonan saya", and the desk's work as an officer of the first stage (Petugas layanan):
// the queue, request pages, verifying new requests complete (accepting them on to the next stage) and
// notes, sent as the desk's forms post without JavaScript (the page's server action; the page answers
// re-rendered). At the end the database must show every acknowledged verification and note. Visitors come from many
// addresses through a trusted proxy (X-Forwarded-For), as behind a real reverse proxy, so per-address
// throttles see many clients. Prints per minute the requests, errors, p50 and p99 and each server
// process's memory, p50/p99 per kind, then `BENCH soak <figure> <value> <unit>` lines. Exits 1 when a request failed,
// a minute after the first had p99 > 200 ms, or memory at the end is more than 20% above memory after
// the first minute.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { positiveNumber } from "../lib/bench-options.mjs";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../lib/database.mjs";
import { loadTarget, pageForm, postPageForm, signIn, STAFF_PASSWORD, submitNormal } from "../lib/portal-client.mjs";
import { processTreeCpuSeconds, processTreeRssMb } from "../lib/process-stats.mjs";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const MINUTES = positiveNumber("BENCH_SOAK_MINUTES", 30);
const RPS = positiveNumber("BENCH_SOAK_RPS", 30);
const BENCH_DATABASE = "loket_bench_soak";
// The Petugas layanan of the applicant's agency: the first (verification) stage of its services is theirs.
const STAFF = { email: "petugas.bulungan@loket.example", password: STAFF_PASSWORD };
const P99_BUDGET_MS = 200;
const MEMORY_GROWTH_BUDGET = 0.2;
const PUBLIC_PAGES = ["/", "/instansi/bulungan", "/instansi/bulungan/hosting-subdomain-email", "/instansi/bulungan/kinerja", "/lacak"];
// Share of each kind of request in the mix (sums to 1).
const MIX = [
  ["public", 0.4],
  ["tracking", 0.15],
  ["submission", 0.1],
  ["my-requests", 0.15],
  ["staff-queue", 0.1],
  ["staff-request", 0.05],
  ["staff-verify", 0.025],
  ["staff-note", 0.025],
];

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const log = (msg) => console.error(`[soak] ${msg}`);

if (!process.env.DATABASE_URL) {
  console.error("the soak benchmark needs a PostgreSQL server: set DATABASE_URL (a role that may CREATE DATABASE)");
  process.exit(2);
}

/** Resident memory (MB) of the server's processes: the process itself and each descendant, by PID. */
const totalMb = (m) => Object.values(m).reduce((a, b) => a + b, 0);
const percentile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);

let server;
let adminUrl;
async function cleanUp() {
  await stopServer(server);
  if (adminUrl) await dropServerDatabase(adminUrl, BENCH_DATABASE).catch(() => {});
}

try {
  ensureBuild({ log });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const urls = databaseUrls(process.env.DATABASE_URL, BENCH_DATABASE);
  await freshServerDatabase(urls.admin, BENCH_DATABASE);
  adminUrl = urls.admin;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-bench-soak-"));
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: urls.target,
    AUTH_SECRET: "s".repeat(48),
    LOKET_DATA_DIR: dataDir,
    LOKET_DEMO_DATA: "1",
    LOKET_TRUSTED_PROXIES: "127.0.0.1",
    APP_URL: origin,
    LOG_LEVEL: "warn",
  };
  delete env.SMTP_URL;
  delete env.NEXTAUTH_URL;
  const launched = startServer({ env, port });
  server = launched.server;
  await waitForHealth(origin, server, launched.output);
  // With several processes, each must have opened its database before the clock starts.
  await new Promise((r) => setTimeout(r, 3000));

  const applicant = await signIn(origin);
  const staff = await signIn(origin, STAFF);
  const target = await loadTarget(origin, applicant);
  const submitted = [];
  for (let i = 0; i < 5; i++) {
    const r = await submitNormal(origin, applicant, target, i);
    if (!r.ok) throw new Error(`warm-up submission failed: HTTP ${r.status} ${r.body.slice(0, 300)}`);
    submitted.push(JSON.parse(r.body).data);
  }
  log(`server ready at ${origin} (PID ${server.pid}); ${RPS} req/s for ${MINUTES} min`);

  let visitor = 0;
  const from = () => `198.51.${(visitor >> 8) & 255}.${visitor++ & 255}`;
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const fetchPage = async (url, cookie) => {
    const res = await fetch(`${origin}${url}`, {
      headers: { ...(cookie ? { Cookie: cookie } : {}), "X-Forwarded-For": from() },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: await res.text() };
  };
  const get = async (url, cookie) => (await fetchPage(url, cookie)).status;

  const minutes = [];
  const byKind = {};
  const errors = [];
  let started = Date.now();
  /** Times one HTTP exchange (it resolves to a status, or throws) under `kind`; resolves to whether it succeeded. */
  const measure = async (kind, exchange) => {
    const minute = Math.floor((Date.now() - started) / 60_000);
    minutes[minute] ??= { latencies: [], errors: 0 };
    byKind[kind] ??= { latencies: [], errors: 0 };
    const t0 = performance.now();
    try {
      const status = await exchange();
      if (!(status >= 200 && status < 400)) throw new Error(`HTTP ${status}`);
      const ms = performance.now() - t0;
      minutes[minute].latencies.push(ms);
      byKind[kind].latencies.push(ms);
      return true;
    } catch (error) {
      minutes[minute].errors++;
      byKind[kind].errors++;
      if (errors.length < 10) errors.push(`${kind}: ${error.message}`);
      return false;
    }
  };

  // Requests waiting for verification (taken by one officer's action each) and what the desk did.
  const unverified = [...submitted];
  const desk = { verified: 0, notes: 0 };
  /** Opens a request on the desk as an officer does (a measured page view), then sends one of its forms. */
  const deskForm = async (kind, requestId, marker, changes, done) => {
    const page = `/meja/permohonan/${requestId}`;
    let html = "";
    const opened = await measure("staff-request", async () => {
      const r = await fetchPage(page, staff);
      html = r.body;
      return r.status;
    });
    if (!opened) return;
    await measure(kind, async () => {
      const fields = pageForm(html, marker);
      if (!fields) throw new Error(`${page} shows no form with ${marker}`);
      const r = await postPageForm(origin, staff, page, fields, changes);
      if (!r.ok) throw new Error(`HTTP ${r.status}${r.status === 200 ? " with the form's error summary" : ""}`);
      done();
      return r.status;
    });
  };

  let n = 10;
  const run = {
    public: () => measure("public", () => get(pick(PUBLIC_PAGES))),
    tracking: () => {
      const r = pick(submitted);
      return measure("tracking", () =>
        get(`/lacak?nomor=${encodeURIComponent(r.registrationNumber)}&kode=${encodeURIComponent(r.trackingCode)}`),
      );
    },
    submission: () =>
      measure("submission", async () => {
        const r = await submitNormal(origin, applicant, target, n++);
        if (r.ok) {
          const data = JSON.parse(r.body).data;
          submitted.push(data);
          unverified.push(data);
        }
        return r.status;
      }),
    "my-requests": () => measure("my-requests", () => get("/permohonan", applicant)),
    "staff-queue": () => measure("staff-queue", () => get("/meja/antrian", staff)),
    "staff-request": () => measure("staff-request", () => get(`/meja/permohonan/${pick(submitted).requestId}`, staff)),
    // Every document marked "Sah" (the form's default): complete, on to the next stage.
    "staff-verify": () => {
      const r = unverified.shift();
      if (!r) return run["staff-note"]();
      return deskForm("staff-verify", r.requestId, 'name="check.', {}, () => desk.verified++);
    },
    // Half of them shown to the applicant (their timeline grows too).
    "staff-note": () => {
      const changes = { body: `Catatan pemantauan nomor ${n++}.`, ...(n % 2 ? { visibleToApplicant: "on" } : {}) };
      return deskForm("staff-note", pick(submitted).requestId, 'name="body"', changes, () => desk.notes++);
    },
  };
  const choose = () => {
    let x = Math.random();
    for (const [kind, share] of MIX) if ((x -= share) < 0) return kind;
    return "public";
  };

  const memory = [{ minute: 0, ...{ byPid: processTreeRssMb(server.pid) } }];
  const cpuAtStart = processTreeCpuSeconds(server.pid);
  started = Date.now();
  const end = started + MINUTES * 60_000;
  const inFlight = new Set();
  let tick = 0;
  await new Promise((resolve) => {
    const launch = () => {
      const now = Date.now();
      if (now >= end) return resolve();
      const p = run[choose()]().finally(() => inFlight.delete(p));
      inFlight.add(p);
      tick++;
      setTimeout(launch, Math.max(0, started + (tick * 1000) / RPS - Date.now()));
    };
    launch();
    const sampler = setInterval(() => memory.push({ minute: memory.length, byPid: processTreeRssMb(server.pid) }), 60_000);
    setTimeout(() => clearInterval(sampler), MINUTES * 60_000 + 100);
  });
  await Promise.all(inFlight);
  const last = { minute: "end", byPid: processTreeRssMb(server.pid) };
  const cpuSeconds = processTreeCpuSeconds(server.pid) - cpuAtStart;

  console.log("# minute  requests  errors  p50_ms  p99_ms  server_mb");
  minutes.forEach((m, i) => {
    const sorted = [...m.latencies].sort((a, b) => a - b);
    const mem = memory[i + 1] ?? last;
    console.log(
      `# ${String(i + 1).padStart(6)}  ${String(sorted.length + m.errors).padStart(8)}  ${String(m.errors).padStart(6)}  ${percentile(sorted, 0.5).toFixed(0).padStart(6)}  ${percentile(sorted, 0.99).toFixed(0).padStart(6)}  ${totalMb(mem.byPid).toFixed(0).padStart(9)}`,
    );
  });
  for (const [pid, mb] of Object.entries(memory[0].byPid)) {
    console.log(
      `# process ${pid}: ${mb.toFixed(0)} MB at start, ${(memory[1]?.byPid[pid] ?? 0).toFixed(0)} MB after minute 1, ${(last.byPid[pid] ?? 0).toFixed(0)} MB at the end`,
    );
  }
  console.log("# kind            requests  errors  p50_ms  p99_ms");
  for (const [kind, k] of Object.entries(byKind)) {
    const sorted = [...k.latencies].sort((a, b) => a - b);
    console.log(
      `# ${kind.padEnd(14)}  ${String(sorted.length + k.errors).padStart(8)}  ${String(k.errors).padStart(6)}  ${percentile(sorted, 0.5).toFixed(0).padStart(6)}  ${percentile(sorted, 0.99).toFixed(0).padStart(6)}`,
    );
  }
  // What the desk was told it did is what the database holds.
  const client = new pg.Client({ connectionString: urls.target });
  await client.connect();
  const recorded = await client
    .query(
      `SELECT (SELECT count(*) FROM "ServiceRequest" WHERE "status" <> 'DIAJUKAN')::int AS verified,
              (SELECT count(*) FROM "RequestEvent" WHERE "kind" = 'NOTE')::int AS notes`,
    )
    .finally(() => client.end());
  const { verified, notes } = recorded.rows[0];
  const totalErrors = minutes.reduce((a, m) => a + m.errors, 0);
  const total = minutes.reduce((a, m) => a + m.latencies.length + m.errors, 0);
  const p99AfterFirst = Math.max(
    0,
    ...minutes.slice(1).map((m) =>
      percentile(
        [...m.latencies].sort((a, b) => a - b),
        0.99,
      ),
    ),
  );
  const afterFirst = totalMb((memory[1] ?? last).byPid);
  const atEnd = totalMb(last.byPid);
  const growth = afterFirst > 0 ? (atEnd - afterFirst) / afterFirst : 0;
  console.log(`BENCH soak requests ${total} requests`);
  console.log(`BENCH soak rate ${(total / (MINUTES * 60)).toFixed(1)} req/s`);
  console.log(`BENCH soak server-cpu-per-request ${((cpuSeconds * 1000) / Math.max(1, total)).toFixed(2)} ms`);
  console.log(`BENCH soak errors ${totalErrors} requests`);
  console.log(`BENCH soak p99-worst-minute-after-first ${p99AfterFirst.toFixed(0)} ms`);
  console.log(`BENCH soak memory-after-first-minute ${afterFirst.toFixed(0)} MB`);
  console.log(`BENCH soak memory-at-end ${atEnd.toFixed(0)} MB`);
  console.log(`BENCH soak memory-growth ${(growth * 100).toFixed(1)} percent`);
  console.log(`BENCH soak staff-verifications ${desk.verified} requests`);
  console.log(`BENCH soak staff-notes ${desk.notes} notes`);
  for (const e of errors) console.log(`# error: ${e}`);
  const failures = [];
  if (totalErrors > 0) failures.push(`${totalErrors} request(s) failed`);
  if (verified !== desk.verified || notes !== desk.notes) {
    failures.push(
      `the database holds ${verified} verified request(s) and ${notes} note(s), the desk acknowledged ${desk.verified} and ${desk.notes}`,
    );
  }
  if (minutes.length > 1 && p99AfterFirst > P99_BUDGET_MS)
    failures.push(`p99 ${p99AfterFirst.toFixed(0)} ms > ${P99_BUDGET_MS} ms in a minute after the first`);
  if (memory.length > 1 && growth > MEMORY_GROWTH_BUDGET) failures.push(`memory grew ${(growth * 100).toFixed(1)}% after the first minute`);
  for (const f of failures) console.log(`FAIL soak: ${f}`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await cleanUp();
}
