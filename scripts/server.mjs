// The production HTTP server behind `npm start`: Next.js's request handler in one process, or,
// with a PostgreSQL server, in LOKET_WORKERS processes sharing the port (node:cluster). The
// embedded database can only be owned by one process, so embedded mode always runs one.
// Every request's client address is resolved here, from the socket or a trusted proxy
// (LOKET_TRUSTED_PROXIES), and handed to the app in one header (lib/net/proxy-trust.mjs).
// Public pages are answered from the page cache (lib/http/page-cache.mjs) unless LOKET_PAGE_CACHE=0.
// Usage: node scripts/server.mjs  (PORT, HOSTNAME, LOKET_WORKERS, LOKET_TRUSTED_PROXIES, LOKET_PAGE_CACHE from the environment)
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import next from "next";
import { createPageCache, loopbackRenderer } from "../lib/http/page-cache.mjs";
import { prepareRequest, proxyTrust } from "../lib/net/proxy-trust.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const embedded = !process.env.DATABASE_URL;
const requested = process.env.LOKET_WORKERS ? Number(process.env.LOKET_WORKERS) : embedded ? 1 : Math.min(os.availableParallelism(), 4);
if (!Number.isInteger(requested) || requested < 1 || requested > 64) {
  console.error(`LOKET_WORKERS must be an integer from 1 to 64, got "${process.env.LOKET_WORKERS}"`);
  process.exit(1);
}
if (embedded && requested > 1) {
  console.error("LOKET_WORKERS > 1 needs DATABASE_URL: the embedded database can be owned by one process only.");
  process.exit(1);
}
const workers = requested;
// Shared by the workers (inherited before they fork): a page fill may land on any of them.
process.env.LOKET_PAGE_FILL_SECRET ||= randomBytes(16).toString("hex");
const pageCacheOn = process.env.LOKET_PAGE_CACHE !== "0";

function malformedPath(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return false;
  } catch {
    return true;
  }
}
let isTrustedProxy;
try {
  isTrustedProxy = proxyTrust(process.env.LOKET_TRUSTED_PROXIES);
} catch (error) {
  console.error(`LOKET_TRUSTED_PROXIES: ${error.message}`);
  process.exit(1);
}

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} exited (${code}); starting another`);
    setTimeout(fork, 1000);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      setTimeout(() => process.exit(0), 30_000).unref();
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
  console.log(`Loket listening on http://${hostname ?? "localhost"}:${port} with ${workers} workers`);
} else {
  // This process owns the signals: the app's shutdown hooks (lib/shutdown.ts) wait for us.
  globalThis.__loketManagedShutdown = true;
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const secret = process.env.LOKET_PAGE_FILL_SECRET;
  const fillHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const pageCache = pageCacheOn ? createPageCache({ secret, render: loopbackRenderer({ port, host: fillHost, secret }) }) : null;
  // The app forgets cached pages when the catalog changes (features/catalog/invalidation.ts).
  globalThis.__loketPageCache = pageCache;
  let stopping = false;
  const server = http.createServer(async (req, res) => {
    prepareRequest(req, isTrustedProxy);
    // While stopping, every answer ends its connection, so keep-alive clients reconnect elsewhere.
    if (stopping) res.setHeader("connection", "close");
    // An API URL whose percent-encoding cannot be decoded names nothing: 404 here, before the
    // router fails on it (pages get the same answer with the 404 page from proxy.ts, which does not
    // run for API routes: it would make Next.js buffer every upload's body for it).
    if (req.url?.startsWith("/api/") && malformedPath(req.url)) {
      res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
      return res.end(JSON.stringify({ status: "error", message: "Tidak ditemukan." }));
    }
    if (pageCache && !stopping && (await pageCache.handle(req, res))) return;
    return handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    if (workers === 1) console.log(`Loket listening on http://${hostname ?? "localhost"}:${port}`);
  });
  // Graceful stop: accept nothing new, let every in-flight request finish (its answer is sent),
  // then stop the jobs and close the database (lib/shutdown.ts), and exit 0. Idle keep-alive
  // connections are closed at once; a stop that takes longer than LOKET_STOP_TIMEOUT_MS (25 s) exits 1.
  const stopTimeout = Number(process.env.LOKET_STOP_TIMEOUT_MS || 25_000);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(async () => {
        const hooks = globalThis.__loketShutdownHooks ?? [];
        globalThis.__loketShutdownHooks = [];
        for (const hook of hooks.reverse()) await hook().catch((error) => console.error(`shutdown: ${error?.message ?? error}`));
        process.exit(0);
      });
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 100).unref();
      setTimeout(() => {
        console.error(`stop took longer than ${stopTimeout} ms; exiting`);
        process.exit(1);
      }, stopTimeout).unref();
    });
  }
}
