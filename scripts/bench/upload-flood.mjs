// An upload flood against the production build: `npm run bench -- upload-flood`.
// Serves the production build (embedded database, demo catalog and accounts, a fresh data folder),
// signs in as a demo applicant and sends BENCH_FLOOD_UPLOADS (20) chunked uploads of
// BENCH_FLOOD_MB (200) MB each to POST /api/permohonan at once: a real submission form whose
// document part never ends, with no Content-Length, written as fast as the server takes it. While
// they run, ordinary submissions (100 KB PDF) go to the same endpoint one after another. The server's
// resident memory (VmRSS of its process tree, /proc) is sampled every 50 ms throughout.
// With DATABASE_URL (a role that may CREATE DATABASE) the server uses a fresh database
// `loket_bench_upload_flood` on that PostgreSQL server, in one process; without it, the embedded one.
// Prints `BENCH upload-flood <figure> <value> <unit>`; exits 1 when an upload was not refused with
// 413, an ordinary submission failed, the flood raised the server's memory by 150 MB or more, or
// (with a database server, where the figure is the web process's own) its peak reached 500 MB.
// The embedded database lives inside the web process, so there the idle figure already includes it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { positiveInt } from "../lib/bench-options.mjs";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../lib/database.mjs";
import { loadTarget, signIn, submissionFields, submitNormal } from "../lib/portal-client.mjs";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const UPLOADS = positiveInt("BENCH_FLOOD_UPLOADS", 20);
const UPLOAD_BYTES = positiveInt("BENCH_FLOOD_MB", 200) * 1024 * 1024;
const MEMORY_BUDGET_MB = 500;
// 20 open uploads each hold socket buffers and a parser chunk until refused (≈ 5 MB apiece).
const FLOOD_RISE_BUDGET_MB = 150;
const BENCH_DATABASE = "loket_bench_upload_flood";
const CHUNK = 64 * 1024;

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const log = (msg) => console.error(`[upload-flood] ${msg}`);

// ── Memory ───────────────────────────────────────────────────────────────────────────────────

/** Resident memory in MB of a process and its descendants (Linux /proc). */
function processTreeRssMb(pid) {
  let kb = 0;
  const visit = (p) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(" ") : []) visit(child);
      }
    } catch {
      // gone, or not Linux
    }
  };
  visit(pid);
  return kb / 1024;
}

function sampleMemory(pid) {
  const sampler = { peak: 0, samples: 0 };
  const tick = () => {
    sampler.peak = Math.max(sampler.peak, processTreeRssMb(pid));
    sampler.samples++;
  };
  tick();
  const timer = setInterval(tick, 50);
  sampler.stop = () => clearInterval(timer);
  return sampler;
}

// ── HTTP client ──────────────────────────────────────────────────────────────────────────────

/**
 * One chunked upload (Transfer-Encoding: chunked, no Content-Length) of a submission whose document
 * part is `UPLOAD_BYTES` long, written as fast as the socket takes it, until the server answers.
 */
function floodUpload(port, origin, cookie, target, i) {
  return new Promise((resolve) => {
    const boundary = `----flood${randomBytes(8).toString("hex")}`;
    let head = "";
    for (const [k, v] of Object.entries(submissionFields(target, 10_000 + i))) {
      head += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    }
    head += `--${boundary}\r\nContent-Disposition: form-data; name="document.${target.documentCode}"; filename="besar.pdf"\r\n`;
    head += "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n";
    const filler = Buffer.alloc(CHUNK, 0x20);
    let written = 0;
    let writtenAtAnswer = null;
    let status = 0;
    let body = "";
    let finished = false;
    const started = performance.now();
    const done = (error) => {
      if (finished) return;
      finished = true;
      resolve({
        status,
        body,
        written,
        writtenAtAnswer,
        error: error ? String(error.code ?? error.message) : null,
        ms: performance.now() - started,
      });
    };
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/permohonan",
      headers: { Cookie: cookie, Origin: origin, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    });
    req.on("response", (res) => {
      status = res.statusCode;
      writtenAtAnswer = written;
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => {
        req.destroy();
        done();
      });
      res.on("error", done);
    });
    req.on("error", (error) => {
      // The server closing the connection while we still write is the point; an answer may already be in.
      if (status) setTimeout(() => done(), 100);
      else done(error);
    });
    const pump = () => {
      while (!finished && writtenAtAnswer === null && written < UPLOAD_BYTES) {
        written += CHUNK;
        if (!req.write(filler)) return req.once("drain", pump);
      }
      if (!finished && writtenAtAnswer === null) req.end(`\r\n--${boundary}--\r\n`);
    };
    req.write(head);
    written += head.length;
    pump();
  });
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

let server;
let dataDir;
let adminUrl;
const failures = [];

async function cleanUp() {
  await stopServer(server);
  server = undefined;
  if (adminUrl) {
    await dropServerDatabase(adminUrl, BENCH_DATABASE).catch((error) => log(`could not drop ${BENCH_DATABASE}: ${error.message}`));
    adminUrl = undefined;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => cleanUp().finally(() => process.exit(130)));

try {
  ensureBuild({ log });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-bench-flood-"));
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOKET_DEMO_DATA: "1",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: origin,
    LOKET_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  if (process.env.DATABASE_URL) {
    const urls = databaseUrls(process.env.DATABASE_URL, BENCH_DATABASE);
    await freshServerDatabase(urls.admin, BENCH_DATABASE);
    adminUrl = urls.admin;
    env.DATABASE_URL = urls.target;
    env.LOKET_WORKERS = "1";
  }
  const mode = process.env.DATABASE_URL ? "database server" : "embedded database";
  delete env.SMTP_URL;
  delete env.NEXTAUTH_URL;
  const launched = startServer({ env, port });
  server = launched.server;
  await waitForHealth(origin, server, launched.output);
  log(`server ready at ${origin} (PID ${server.pid}, ${mode}, files in ${dataDir})`);
  const atStart = processTreeRssMb(server.pid);

  const cookie = await signIn(origin);
  const target = await loadTarget(origin, cookie);
  for (let i = 0; i < 3; i++) {
    const warm = await submitNormal(origin, cookie, target, i);
    if (!warm.ok) throw new Error(`warm-up submission failed: HTTP ${warm.status} ${warm.body.slice(0, 300)}`);
  }
  const baseline = processTreeRssMb(server.pid);
  log(`warm: ${baseline.toFixed(0)} MB resident; flooding with ${UPLOADS} × ${UPLOAD_BYTES / 1024 / 1024} MB chunked uploads…`);

  const memory = sampleMemory(server.pid);
  const started = performance.now();
  let flooding = true;
  const flood = Promise.all(Array.from({ length: UPLOADS }, (_, i) => floodUpload(port, origin, cookie, target, i))).finally(
    () => (flooding = false),
  );
  // Ordinary submissions one after another while the flood lasts (at least five).
  const normal = [];
  for (let i = 100; flooding || normal.length < 5; i++) normal.push(await submitNormal(origin, cookie, target, i));
  const uploads = await flood;
  const seconds = (performance.now() - started) / 1000;
  memory.stop();

  const refused = uploads.filter((u) => u.status === 413);
  const readBeforeAnswer = Math.max(...uploads.map((u) => u.writtenAtAnswer ?? u.written)) / 1024 / 1024;
  const okNormal = normal.filter((n) => n.ok);
  console.log(`BENCH upload-flood refused ${refused.length} of-${UPLOADS}-uploads`);
  console.log(`BENCH upload-flood sent-before-answer-max ${readBeforeAnswer.toFixed(1)} MB`);
  console.log(`BENCH upload-flood peak-server-rss ${memory.peak.toFixed(0)} MB`);
  console.log(`BENCH upload-flood idle-server-rss ${baseline.toFixed(0)} MB`);
  console.log(`BENCH upload-flood flood-rise-server-rss ${(memory.peak - baseline).toFixed(0)} MB`);
  console.log(`BENCH upload-flood normal-submissions-ok ${okNormal.length} of-${normal.length}`);
  console.log(`BENCH upload-flood normal-latency-max ${Math.round(Math.max(...normal.map((n) => n.ms)))} ms`);
  console.log(
    `# ${mode}; server ${atStart.toFixed(0)} MB resident when healthy; goal peak < ${MEMORY_BUDGET_MB} MB: ${memory.peak < MEMORY_BUDGET_MB ? "met" : "NOT met"}`,
  );
  console.log(`# ${seconds.toFixed(1)} s for the flood, ${memory.samples} memory samples, ${os.cpus().length} cores`);
  if (refused.length !== UPLOADS) {
    failures.push(`${UPLOADS - refused.length} uploads were not refused with 413`);
    for (const u of uploads.filter((x) => x.status !== 413).slice(0, 5))
      log(`not refused: HTTP ${u.status} ${u.error ?? ""} after ${(u.written / 1024 / 1024).toFixed(1)} MB ${u.body.slice(0, 200)}`);
  }
  if (memory.peak - baseline >= FLOOD_RISE_BUDGET_MB) {
    failures.push(`the flood raised server memory by ${(memory.peak - baseline).toFixed(0)} MB (budget ${FLOOD_RISE_BUDGET_MB} MB)`);
  }
  if (process.env.DATABASE_URL && memory.peak >= MEMORY_BUDGET_MB) {
    failures.push(`peak server memory ${memory.peak.toFixed(0)} MB ≥ ${MEMORY_BUDGET_MB} MB`);
  }
  if (okNormal.length !== normal.length) {
    failures.push(`${normal.length - okNormal.length} ordinary submissions failed`);
    for (const n of normal.filter((x) => !x.ok).slice(0, 3)) log(`failed: HTTP ${n.status} ${n.body.slice(0, 300)}`);
  }
} catch (error) {
  failures.push(error.message);
} finally {
  await cleanUp();
}

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL upload-flood: ${f}`);
  process.exit(1);
}
