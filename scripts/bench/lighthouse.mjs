// Lighthouse (default mobile config: mobile form factor, simulated throttling) on the production
// build, served by `next start` on a free port with a fresh embedded database. Prints
// `BENCH lighthouse <page>-<metric> <value> <unit>` and fails when performance < 90 or
// accessibility < 95 on a page. Full reports go to bench-results/lighthouse-<page>.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBuild, freePort, startServer, stopServer, waitForHealth } from "../lib/server.mjs";

const PAGES = [
  { name: "home", path: "/" },
  { name: "service", path: "/instansi/bangka-belitung/manajemen-data" },
];
const BUDGET = { performance: 90, accessibility: 95 };
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
  // One plain request per page first, so the figures measure serving pages, not the first start.
  for (const p of PAGES) await (await fetch(origin + p.path)).text();

  const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromePath)) {
    throw new Error(`Chromium not found at ${chromePath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "error" });

  fs.mkdirSync("bench-results", { recursive: true });
  for (const p of PAGES) {
    log(`auditing ${p.path}…`);
    const result = await lighthouse(origin + p.path, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${p.path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${p.path}: ${lhr.runtimeError.message}`);
    fs.writeFileSync(path.join("bench-results", `lighthouse-${p.name}.json`), JSON.stringify(lhr, null, 2));

    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const figures = [
      ["performance", score("performance"), "score"],
      ["accessibility", score("accessibility"), "score"],
      ["best-practices", score("best-practices"), "score"],
      ["seo", score("seo"), "score"],
      ["fcp", Math.round(audit("first-contentful-paint")), "ms"],
      ["lcp", Math.round(audit("largest-contentful-paint")), "ms"],
      ["tbt", Math.round(audit("total-blocking-time")), "ms"],
      ["cls", Math.round(audit("cumulative-layout-shift") * 1000) / 1000, "ratio"],
    ];
    for (const [metric, value, unit] of figures) console.log(`BENCH lighthouse ${p.name}-${metric} ${value} ${unit}`);

    for (const [category, min] of Object.entries(BUDGET)) {
      const value = score(category);
      if (value < min) {
        const failing = lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
        failures.push(`${p.name} (${p.path}): ${category} ${value} < ${min}; failing audits: ${failing.join(", ") || "none"}`);
      }
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
