// Lighthouse (default mobile config: mobile form factor, simulated throttling) on the production
// build, served by the production server on a free port with a fresh embedded database, on the
// public pages and, signed in as a demo applicant, the request form. Each page is audited
// BENCH_LIGHTHOUSE_RUNS (3) times; the median run (by performance score) is printed as
// `BENCH lighthouse <page>-<metric> <value> <unit>`, with the JavaScript the page loaded
// (`<page>-script-kb`, bytes over the wire). Fails when performance < 95 or accessibility < 100 on a
// page, or a public page loads more than 80 KB of JavaScript. Full reports go to
// bench-results/lighthouse-<page>.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { signIn } from "../lib/portal-client.mjs";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const PAGES = [
  { name: "home", path: "/", public: true },
  { name: "agency", path: "/instansi/bangka-belitung", public: true },
  { name: "service", path: "/instansi/bangka-belitung/manajemen-data", public: true },
  { name: "tracking", path: "/lacak", public: true },
  { name: "sign-in", path: "/masuk" },
  { name: "form", path: "/instansi/bulungan/hosting-subdomain-email/ajukan", signedIn: true },
];
const BUDGET = { performance: 95, accessibility: 100 };
const PUBLIC_SCRIPT_BUDGET_KB = 80;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const only = (process.env.BENCH_LIGHTHOUSE_ONLY ?? "").split(",").filter(Boolean);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root);
const log = (msg) => console.error(`[lighthouse] ${msg}`);

let server;
let chrome;
let dataDir;
const failures = [];

async function cleanUp() {
  await chrome?.kill();
  chrome = undefined;
  await stopServer(server);
  server = undefined;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

try {
  ensureBuild({ log });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-bench-"));
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOKET_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.LOKET_DEMO_DATA;
  const launched = startServer({ env, port });
  server = launched.server;
  await waitForHealth(origin, server, launched.output);
  log(`server ready at ${origin} (embedded database in ${dataDir})`);
  const cookie = await signIn(origin);
  // One plain request per page first, so the figures measure serving pages, not the first start.
  for (const p of PAGES) await (await fetch(origin + p.path, { headers: p.signedIn ? { cookie } : {} })).text();

  const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromePath)) {
    throw new Error(`Chromium not found at ${chromePath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "error" });

  fs.mkdirSync("bench-results", { recursive: true });
  for (const p of PAGES.filter((page) => only.length === 0 || only.includes(page.name))) {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`auditing ${p.path} (${run}/${RUNS})…`);
      const result = await lighthouse(origin + p.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        ...(p.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${p.path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${p.path}: ${result.lhr.runtimeError.message}`);
      runs.push(result.lhr);
    }
    const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
    const lhr = runs[Math.floor(runs.length / 2)];
    fs.writeFileSync(path.join("bench-results", `lighthouse-${p.name}.json`), JSON.stringify(lhr, null, 2));

    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const requests = lhr.audits["network-requests"]?.details?.items ?? [];
    const scriptKb = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
    const figures = [
      ["performance", score(lhr, "performance"), "score"],
      ["accessibility", score(lhr, "accessibility"), "score"],
      ["best-practices", score(lhr, "best-practices"), "score"],
      ["seo", score(lhr, "seo"), "score"],
      ["fcp", Math.round(audit("first-contentful-paint")), "ms"],
      ["lcp", Math.round(audit("largest-contentful-paint")), "ms"],
      ["tbt", Math.round(audit("total-blocking-time")), "ms"],
      ["cls", Math.round(audit("cumulative-layout-shift") * 1000) / 1000, "ratio"],
      ["script-kb", Math.round(scriptKb * 10) / 10, "KB"],
      ["performance-runs", runs.map((r) => score(r, "performance")).join("/"), "scores"],
    ];
    for (const [metric, value, unit] of figures) console.log(`BENCH lighthouse ${p.name}-${metric} ${value} ${unit}`);

    for (const [category, min] of Object.entries(BUDGET)) {
      const value = score(lhr, category);
      if (value < min) {
        const failing = lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
        failures.push(`${p.name} (${p.path}): ${category} ${value} < ${min}; failing audits: ${failing.join(", ") || "none"}`);
      }
    }
    if (p.public && scriptKb > PUBLIC_SCRIPT_BUDGET_KB) {
      failures.push(`${p.name} (${p.path}): loads ${scriptKb.toFixed(1)} KB of JavaScript, budget ${PUBLIC_SCRIPT_BUDGET_KB} KB`);
    }
  }
} catch (error) {
  failures.push(error.message);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL lighthouse: ${f}`);
  process.exit(1);
}
