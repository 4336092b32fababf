// Submission throughput through the real HTTP endpoint (POST /api/permohonan) against a PostgreSQL
// server: `DATABASE_URL=postgresql://user:pass@host:5432/db npm run bench -- submit`.
// Creates a fresh database `loket_bench_submit` on that server (the role needs CREATEDB), serves the
// production build with `next start` (demo catalog and accounts), signs in as a demo applicant and
// sends BENCH_SUBMIT_COUNT (3000) multipart submissions with a 100 KB PDF each, BENCH_SUBMIT_CONCURRENCY
// (32) at a time, after an unmeasured warm-up. Then it checks that every acknowledged submission is
// durable: its row, exactly one document row and the stored file of the right size, and gap-free
// registration numbers. Prints `BENCH submit <figure> <value> <unit>`; exits 1 when any request failed
// or the check found something missing, 2 when no PostgreSQL server was given. Throughput below the
// goal is reported, not failed.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { positiveInt } from "../lib/bench-options.mjs";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../lib/database.mjs";
import { APPLICANT, signIn } from "../lib/portal-client.mjs";
import { processTreeCpuSeconds } from "../lib/process-stats.mjs";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const BENCH_DATABASE = "loket_bench_submit";
const AGENCY_SLUG = "bulungan";
const SERVICE_SLUG = "hosting-subdomain-email";
const OPD_NAME = "Dinas Pendidikan";
const PDF_BYTES = 100 * 1024;
const WARM_UP = 100;
const GOAL_RPS = 200;
const COUNT = positiveInt("BENCH_SUBMIT_COUNT", 3000);
const CONCURRENCY = positiveInt("BENCH_SUBMIT_CONCURRENCY", 32);
const REQUEST_TIMEOUT_MS = 60_000;

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const log = (msg) => console.error(`[submit] ${msg}`);

if (!process.env.DATABASE_URL) {
  console.error(
    "the submit benchmark needs a PostgreSQL server: set DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db (a role that may CREATE DATABASE)",
  );
  process.exit(2);
}

// ── Infrastructure ────────────────────────────────────────────────────────────────────────────

// ── HTTP client ──────────────────────────────────────────────────────────────────────────────

async function loadTarget(client) {
  const { rows } = await client.query(
    `SELECT s.id AS "serviceId", a.id AS "agencyId", o.id AS "opdId", d.code AS "documentCode"
       FROM "Service" s
       JOIN "Agency" a ON a.id = s."agencyId"
       JOIN "Opd" o ON o."agencyId" = a.id AND o.name = $3
       JOIN "ServiceDocumentRequirement" d ON d."serviceId" = s.id AND d.required
      WHERE a.slug = $1 AND s.slug = $2
      ORDER BY d.position`,
    [AGENCY_SLUG, SERVICE_SLUG, OPD_NAME],
  );
  if (rows.length === 0) throw new Error(`service ${AGENCY_SLUG}/${SERVICE_SLUG} or OPD "${OPD_NAME}" not found in the demo catalog`);
  if (rows.length > 1) throw new Error(`expected one required document for ${SERVICE_SLUG}, found ${rows.length}`);
  return rows[0];
}

function makePdf() {
  const bytes = new Uint8Array(PDF_BYTES).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.4\n"), 0);
  bytes.set(new TextEncoder().encode("\n%%EOF\n"), PDF_BYTES - 7);
  return new Blob([bytes], { type: "application/pdf" });
}

function submissionForm(target, pdf, i) {
  const form = new FormData();
  form.set("idempotencyKey", randomUUID());
  form.set("privacyAcknowledged", "true");
  form.set("serviceId", target.serviceId);
  form.set("applicantName", "Ani Rahmawati");
  form.set("employeeNumberKind", "NIP");
  form.set("employeeNumber", "198609262015052001");
  form.set("opdId", target.opdId);
  form.set("jabatan", "Pranata Komputer Ahli Pertama");
  form.append("scopeCodes", "hosting");
  form.set("letterNumber", `005/${i}/Disdik/2026`);
  form.set("letterDate", new Date().toISOString().slice(0, 10));
  form.set("description", `Mohon hosting dan subdomain untuk aplikasi nomor ${i} Dinas Pendidikan.`);
  form.set("details.subdomain", `app${i}`);
  form.set(`document.${target.documentCode}`, pdf, "surat-permohonan.pdf");
  return form;
}

/** Sends `count` submissions, `concurrency` at a time; numbers them from `first`. */
async function submitMany({ origin, cookie, target, pdf, first, count, concurrency }) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = first + next++;
      const started = performance.now();
      let status = 0;
      let body = "";
      try {
        const res = await fetch(`${origin}/api/permohonan`, {
          method: "POST",
          headers: { Cookie: cookie, Origin: origin },
          body: submissionForm(target, pdf, i),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = res.status;
        body = await res.text();
      } catch (error) {
        body = `${error.name}: ${error.message}${error.cause ? ` (${error.cause.message ?? error.cause})` : ""}`;
      }
      const ms = performance.now() - started;
      let json = null;
      try {
        json = JSON.parse(body);
      } catch {
        // not JSON: counted as a failure below
      }
      const ok = status === 201 && json?.status === "ok" && typeof json.data?.requestId === "string";
      results.push({
        i,
        ms,
        ok,
        status,
        body,
        requestId: ok ? json.data.requestId : null,
        registrationNumber: ok ? json.data.registrationNumber : null,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

// ── Durability check ─────────────────────────────────────────────────────────────────────────

async function verify(client, filesDir, target, acknowledged, expectedTotal) {
  const problems = [];
  const ids = acknowledged.map((r) => r.requestId);
  const { rows } = await client.query(
    `SELECT r.id, r."registrationNumber", d."storageKey", d."sizeBytes"
       FROM "ServiceRequest" r LEFT JOIN "RequestDocument" d ON d."requestId" = r.id
      WHERE r.id = ANY($1::uuid[])`,
    [ids],
  );
  const documents = new Map();
  for (const row of rows) {
    const list = documents.get(row.id) ?? [];
    if (row.storageKey) list.push(row);
    documents.set(row.id, list);
  }
  const verified = new Set();
  for (const r of acknowledged) {
    const docs = documents.get(r.requestId);
    if (!docs) {
      problems.push(`request ${r.requestId} (${r.registrationNumber}) was acknowledged but is not in the database`);
      continue;
    }
    if (docs.length !== 1) {
      problems.push(`request ${r.requestId} has ${docs.length} documents, expected 1`);
      continue;
    }
    const [doc] = docs;
    if (doc.registrationNumber !== r.registrationNumber) {
      problems.push(`request ${r.requestId}: answered ${r.registrationNumber}, stored ${doc.registrationNumber}`);
      continue;
    }
    let size = -1;
    try {
      size = fs.statSync(path.join(filesDir, doc.storageKey)).size;
    } catch {
      problems.push(`request ${r.requestId}: file ${doc.storageKey} is missing`);
      continue;
    }
    if (size !== PDF_BYTES || doc.sizeBytes !== PDF_BYTES) {
      problems.push(`request ${r.requestId}: file has ${size} bytes, row says ${doc.sizeBytes}, expected ${PDF_BYTES}`);
      continue;
    }
    verified.add(r.requestId);
  }

  const {
    rows: [{ count }],
  } = await client.query(`SELECT count(*)::int AS count FROM "ServiceRequest"`);
  if (count !== expectedTotal) problems.push(`${count} ServiceRequest rows, expected ${expectedTotal} (acknowledged + warm-up)`);

  // Registration numbers: unique and gap-free 1..n per agency and year (a run may cross a new year).
  const { rows: sequences } = await client.query(
    `SELECT year, count(*)::int AS n, count(DISTINCT sequence)::int AS distinct_sequences,
            count(DISTINCT "registrationNumber")::int AS distinct_numbers, min(sequence) AS min, max(sequence) AS max
       FROM "ServiceRequest" WHERE "agencyId" = $1 GROUP BY year ORDER BY year`,
    [target.agencyId],
  );
  for (const s of sequences) {
    if (s.distinct_numbers !== s.n || s.distinct_sequences !== s.n || s.min !== 1 || s.max !== s.n) {
      problems.push(
        `registration numbers of ${s.year} are not unique and consecutive: ${s.n} rows, ${s.distinct_numbers} distinct numbers, sequences ${s.min}..${s.max}`,
      );
    }
  }
  const { rows: counters } = await client.query(`SELECT year, last FROM "RequestCounter" WHERE "agencyId" = $1`, [target.agencyId]);
  for (const c of counters) {
    const s = sequences.find((x) => x.year === c.year);
    if (!s || s.n !== c.last) problems.push(`RequestCounter ${c.year} says ${c.last}, ${s?.n ?? 0} requests exist`);
  }

  // Files of failed attempts are removed: nothing stored beyond the documents.
  const {
    rows: [{ documents: documentRows }],
  } = await client.query(`SELECT count(*)::int AS documents FROM "RequestDocument"`);
  const stored = fs.existsSync(filesDir)
    ? fs.readdirSync(filesDir, { recursive: true }).filter((f) => fs.statSync(path.join(filesDir, String(f))).isFile()).length
    : 0;
  if (stored !== documentRows) problems.push(`${stored} stored files but ${documentRows} RequestDocument rows`);

  return { verified, problems };
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

let server;
let dataDir;
let adminUrl;
let databaseCreated = false;
const failures = [];

async function cleanUp() {
  await stopServer(server);
  server = undefined;
  if (databaseCreated) {
    await dropServerDatabase(adminUrl, BENCH_DATABASE).catch((error) => log(`could not drop ${BENCH_DATABASE}: ${error.message}`));
    databaseCreated = false;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

try {
  const urls = databaseUrls(process.env.DATABASE_URL, BENCH_DATABASE);
  adminUrl = urls.admin;
  await freshServerDatabase(adminUrl, BENCH_DATABASE);
  databaseCreated = true;
  const target = new URL(urls.target);
  log(`fresh database ${BENCH_DATABASE} on ${target.hostname}:${target.port || 5432}`);

  ensureBuild({ log });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-bench-submit-"));
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: urls.target,
    LOKET_DEMO_DATA: "1",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: origin,
    PORT: String(port),
    LOKET_DATA_DIR: dataDir,
    LOKET_DB_POOL_MAX: "10",
    LOKET_WORKERS: process.env.LOKET_WORKERS || "2",
    LOG_LEVEL: "warn",
  };
  delete env.SMTP_URL;
  delete env.NEXTAUTH_URL;
  const launched = startServer({ env, port });
  server = launched.server;
  await waitForHealth(origin, server, launched.output);
  log(`server ready at ${origin} (PID ${server.pid}, files in ${dataDir})`);

  const cookie = await signIn(origin);
  log(`signed in as ${APPLICANT.email}`);

  const db = new pg.Client({ connectionString: urls.target });
  await db.connect();
  try {
    const targetRows = await loadTarget(db);
    const pdf = makePdf();
    const load = { origin, cookie, target: targetRows, pdf, concurrency: CONCURRENCY };

    log(`warm-up: ${WARM_UP} submissions…`);
    const warmUp = await submitMany({ ...load, first: 0, count: WARM_UP });
    const warmUpFailed = warmUp.filter((r) => !r.ok);
    if (warmUpFailed.length > 0) {
      throw new Error(
        `${warmUpFailed.length} of ${WARM_UP} warm-up submissions failed; first: HTTP ${warmUpFailed[0].status} ${warmUpFailed[0].body.slice(0, 500)}`,
      );
    }

    log(`measuring: ${COUNT} submissions, ${CONCURRENCY} at a time…`);
    const cpuBefore = processTreeCpuSeconds(server.pid);
    const clientCpuBefore = process.cpuUsage();
    const started = performance.now();
    const results = await submitMany({ ...load, first: WARM_UP, count: COUNT });
    const seconds = (performance.now() - started) / 1000;
    const serverCpu = processTreeCpuSeconds(server.pid) - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);

    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const acknowledged = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    const rps = acknowledged.length / seconds;
    console.log(`BENCH submit requests-per-second ${rps.toFixed(1)} req/s`);
    console.log(`BENCH submit latency-p50 ${Math.round(percentile(latencies, 50))} ms`);
    console.log(`BENCH submit latency-p99 ${Math.round(percentile(latencies, 99))} ms`);
    console.log(`BENCH submit acknowledged ${acknowledged.length} requests`);
    console.log(`BENCH submit failed ${failed.length} requests`);
    console.log(
      `# goal: >= ${GOAL_RPS} req/s on 2 cores: ${rps >= GOAL_RPS ? "met" : "NOT met"} (${rps.toFixed(1)} req/s on ${os.cpus().length} cores)`,
    );
    console.log(
      `# ${seconds.toFixed(1)} s wall; CPU used: server ${serverCpu.toFixed(1)} s (${Math.round((100 * serverCpu) / seconds)}% of one core, ` +
        `${((1000 * serverCpu) / Math.max(1, results.length)).toFixed(1)} ms per request), load generator ` +
        `${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s`,
    );
    if (failed.length > 0) {
      failures.push(`${failed.length} of ${COUNT} submissions failed`);
      for (const f of failed.slice(0, 5)) log(`failed #${f.i}: HTTP ${f.status} ${f.body.slice(0, 500)}`);
    }

    const { verified, problems } = await verify(
      db,
      path.join(dataDir, "files"),
      targetRows,
      [...warmUp, ...acknowledged],
      WARM_UP + acknowledged.length,
    );
    // The warm-up is checked too; the figure counts the measured submissions.
    console.log(`BENCH submit verified ${acknowledged.filter((r) => verified.has(r.requestId)).length} requests`);
    if (problems.length > 0) {
      failures.push(`durability check: ${problems.length} problem(s)`);
      for (const p of problems.slice(0, 10)) log(`verify: ${p}`);
    }
  } finally {
    await db.end();
  }
} catch (error) {
  failures.push(error.message);
} finally {
  await cleanUp();
}

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL submit: ${f}`);
  process.exit(1);
}
