// Page throughput against a PostgreSQL server, production build (`npm start`'s server, its default
// number of processes): `DATABASE_URL=postgresql://user:pass@host:5432/db npm run bench -- pages`.
// Creates a fresh database `loket_bench_pages` (the role needs CREATEDB) with the demo catalog and
// accounts, then loads each page with BENCH_PAGES_CONNECTIONS (50) connections for
// BENCH_PAGES_SECONDS (10) after a 3-second warm-up, BENCH_PAGES_ROUNDS (3) rounds interleaved
// (home, service, form, request, queue, home, …), and prints the median of the rounds:
//   BENCH pages <page>-req-per-second <n> req/s     BENCH pages <page>-p50 <n> ms
//   BENCH pages <page>-p99 <n> ms                   BENCH pages <page>-cpu-ms-per-request <n> ms
// The load generator (autocannon) runs in this process, on the same cores as the server. Pages are
// asked for as a browser does (Accept-Encoding: gzip, deflate, br). Exits 1 when any answer was not
// 200; the budgets of the page-speed issue are reported, not failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { positiveInt } from "../lib/bench-options.mjs";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../lib/database.mjs";
import { loadTarget, signIn, STAFF_PASSWORD, submitNormal } from "../lib/portal-client.mjs";
import { processTreeCpuSeconds } from "../lib/process-stats.mjs";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const BENCH_DATABASE = "loket_bench_pages";
const STAFF = { email: "admin.bulungan@loket.example", password: STAFF_PASSWORD };
const SERVICE = "/instansi/bulungan/hosting-subdomain-email";
const BUDGETS = {
  home: { rps: 3000, p99: 50 },
  service: { rps: 3000, p99: 50 },
  form: { rps: 600, p99: 100 },
  queue: { rps: 300 },
};

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const log = (msg) => console.error(`[pages] ${msg}`);

const CONNECTIONS = positiveInt("BENCH_PAGES_CONNECTIONS", 50);
const SECONDS = positiveInt("BENCH_PAGES_SECONDS", 10);
const ROUNDS = positiveInt("BENCH_PAGES_ROUNDS", 3);
const only = (process.env.BENCH_PAGES_ONLY ?? "").split(",").filter(Boolean);

if (!process.env.DATABASE_URL) {
  console.error(
    "the pages benchmark needs a PostgreSQL server: set DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db (a role that may CREATE DATABASE)",
  );
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function load(url, headers, seconds) {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { "accept-encoding": "gzip, deflate, br", ...headers } });
}

let server;
let adminUrl;
try {
  ensureBuild({ log });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const urls = databaseUrls(process.env.DATABASE_URL, BENCH_DATABASE);
  await freshServerDatabase(urls.admin, BENCH_DATABASE);
  adminUrl = urls.admin;
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: urls.target,
    AUTH_SECRET: "s".repeat(48),
    LOKET_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "loket-bench-pages-")),
    LOKET_DEMO_DATA: "1",
    APP_URL: origin,
    LOG_LEVEL: "warn",
  };
  delete env.SMTP_URL;
  delete env.NEXTAUTH_URL;
  const launched = startServer({ env, port });
  server = launched.server;
  await waitForHealth(origin, server, launched.output);
  await new Promise((r) => setTimeout(r, 3000)); // every worker has opened its database

  const applicant = await signIn(origin);
  const staff = await signIn(origin, STAFF);
  const submitted = await submitNormal(origin, applicant, await loadTarget(origin, applicant), 1);
  if (!submitted.ok) throw new Error(`submission for the request page failed: HTTP ${submitted.status}`);
  const requestId = JSON.parse(submitted.body).data.requestId;

  const pages = [
    { name: "home", path: "/" },
    { name: "service", path: SERVICE },
    { name: "form", path: `${SERVICE}/ajukan`, cookie: applicant },
    { name: "request", path: `/permohonan/${requestId}`, cookie: applicant },
    { name: "queue", path: "/meja/antrian", cookie: staff },
  ].filter((p) => only.length === 0 || only.includes(p.name));

  const results = Object.fromEntries(pages.map((p) => [p.name, []]));
  let failures = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    for (const page of pages) {
      const headers = page.cookie ? { cookie: page.cookie } : {};
      const url = `${origin}${page.path}`;
      await load(url, headers, 3);
      const cpuBefore = processTreeCpuSeconds(server.pid);
      const r = await load(url, headers, SECONDS);
      const cpu = processTreeCpuSeconds(server.pid) - cpuBefore;
      const answered = r.requests.total;
      const bad = r.non2xx + r.errors + r.timeouts;
      failures += bad;
      const figures = {
        rps: answered / (r.duration || SECONDS),
        p50: r.latency.p50,
        p99: r.latency.p99,
        cpuMs: answered ? (cpu * 1000) / answered : NaN,
      };
      results[page.name].push(figures);
      log(
        `round ${round} ${page.name}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ` +
          `${figures.cpuMs.toFixed(2)} ms CPU/request${bad ? `, ${bad} failed` : ""}`,
      );
    }
  }

  for (const page of pages) {
    const rounds = results[page.name];
    const rps = median(rounds.map((x) => x.rps));
    const p50 = median(rounds.map((x) => x.p50));
    const p99 = median(rounds.map((x) => x.p99));
    const cpuMs = median(rounds.map((x) => x.cpuMs));
    console.log(`BENCH pages ${page.name}-req-per-second ${rps.toFixed(0)} req/s`);
    console.log(`BENCH pages ${page.name}-p50 ${p50} ms`);
    console.log(`BENCH pages ${page.name}-p99 ${p99} ms`);
    console.log(`BENCH pages ${page.name}-cpu-ms-per-request ${cpuMs.toFixed(2)} ms`);
    const budget = BUDGETS[page.name];
    if (budget) {
      const met = rps >= budget.rps && (budget.p99 === undefined || p99 <= budget.p99);
      log(`${page.name}: budget ≥ ${budget.rps} req/s${budget.p99 ? `, p99 ≤ ${budget.p99} ms` : ""}: ${met ? "met" : "NOT met"}`);
    }
  }
  console.log(`BENCH pages rounds ${ROUNDS} count`);
  console.log(`BENCH pages connections ${CONNECTIONS} count`);
  if (failures > 0) {
    log(`${failures} answers were not 200`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`[pages] ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await stopServer(server);
  if (adminUrl) await dropServerDatabase(adminUrl, BENCH_DATABASE).catch(() => {});
}
