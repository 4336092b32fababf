// The public page cache of the production server (scripts/server.mjs): the catalog, agency,
// service, performance, tracking-form and privacy pages are rendered once by Next.js, kept in
// memory (identity, gzip and brotli, with an ETag) and sent from there until the catalog changes or
// their time is up. See docs/decisions/017-public-page-cache.md.
//
// A page is filled by a request to this server itself, without cookies: a public page is the same for
// every visitor (the signed-in part of the header is filled in the browser from /api/sesi). Only
// 200 and 404 answers without Set-Cookie are kept. Personal pages never pass through here.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { needsStreamingScript, scriptFreePolicy, withoutFrameworkScripts } from "./script-free.mjs";

const MINUTE = 60_000;
/** A path no route has: Next.js answers it with app/not-found.tsx, rendered on the server. */
export const NOT_FOUND_PAGE = "/_tidak-ditemukan";
/** Headers of a fill request: the shared secret, and for the 404 page the path it stands for. */
export const FILL_HEADER = "x-loket-page-fill";
export const NOT_FOUND_PATH_HEADER = "x-loket-not-found-path";

/**
 * The pages that may be cached, with how long an entry is fresh. Query parameters not listed make
 * the request pass to Next.js as it is (rendered per request, never cached).
 */
export const PUBLIC_PAGES = [
  { name: "home", pattern: /^\/$/, params: ["q"], freshMs: 10 * MINUTE },
  { name: "privacy", pattern: /^\/privasi$/, params: [], freshMs: 60 * MINUTE },
  { name: "tracking", pattern: /^\/lacak$/, params: [], freshMs: 60 * MINUTE },
  // Figures move with every completed request: a minute old at most.
  { name: "performance", pattern: /^\/instansi\/[^/]+\/kinerja$/, params: [], freshMs: MINUTE },
  { name: "agency", pattern: /^\/instansi\/[^/]+$/, params: [], freshMs: 10 * MINUTE },
  { name: "service", pattern: /^\/instansi\/[^/]+\/[^/]+$/, params: [], freshMs: 10 * MINUTE },
];

/** What proxies and browsers are told: revalidate with the ETag; a shared cache may keep it a minute. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

const KEPT_HEADERS = [
  "content-type",
  "content-language",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "strict-transport-security",
];

/** The cache key of a request, or null when it is not a cacheable public page request. */
export function cacheKey(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return null;
  // Client-side navigation of a page that runs Next.js asks for the page's RSC payload, not its HTML.
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return null;
  let parsed;
  try {
    parsed = new URL(url, "http://x");
    decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, "") : parsed.pathname;
  if (path !== parsed.pathname || path.length > 300) return null;
  const page = PUBLIC_PAGES.find((p) => p.pattern.test(path));
  if (!page) return null;
  const query = [];
  for (const [name, value] of parsed.searchParams) {
    if (!page.params.includes(name)) return null;
    if (query.some(([n]) => n === name)) return null;
    const normalized = value.trim().replace(/\s+/g, " ");
    if (normalized.length > 100) return null;
    if (normalized) query.push([name, normalized]);
  }
  query.sort(([a], [b]) => a.localeCompare(b));
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : "";
  return { key: `${path}${search}`, page, searched: query.length > 0 };
}

/** Which stored encoding to send for an Accept-Encoding header. */
export function chooseEncoding(acceptEncoding = "") {
  const accepts = (coding) =>
    new RegExp(`(?:^|,)\\s*${coding}\\s*(?:;\\s*q=(?!0(?:\\.0*)?\\s*(?:,|$))[0-9.]+)?\\s*(?:,|$)`, "i").test(acceptEncoding);
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/** True when an If-None-Match header names this ETag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/** A cache entry from a rendered page: the page without framework scripts, compressed once. */
export function makeEntry({ status, headers, html, now, freshMs }) {
  const body = Buffer.from(withoutFrameworkScripts(html));
  const kept = {};
  for (const name of KEPT_HEADERS) if (headers[name] !== undefined) kept[name] = headers[name];
  if (headers["content-security-policy"]) kept["content-security-policy"] = scriptFreePolicy(String(headers["content-security-policy"]));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return {
    status,
    headers: kept,
    etag,
    bodies: {
      identity: body,
      gzip: zlib.gzipSync(body, { level: 9 }),
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 10 } }),
    },
    storedAt: now,
    freshUntil: now + freshMs,
  };
}

function entrySize(entry) {
  return entry.bodies.identity.length + entry.bodies.gzip.length + entry.bodies.br.length + 512;
}

/** A map that forgets its least recently used entries past a total size. */
export class SizeBoundedLru {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
  }
  get(key) {
    const entry = this.map.get(key);
    if (entry) {
      this.map.delete(key);
      this.map.set(key, entry);
    }
    return entry;
  }
  set(key, entry) {
    this.delete(key);
    this.map.set(key, entry);
    this.bytes += entrySize(entry);
    for (const [oldest, value] of this.map) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.map.delete(oldest);
      this.bytes -= entrySize(value);
    }
  }
  delete(key) {
    const entry = this.map.get(key);
    if (!entry) return;
    this.map.delete(key);
    this.bytes -= entrySize(entry);
  }
  clear() {
    this.map.clear();
    this.bytes = 0;
  }
  get size() {
    return this.map.size;
  }
}

/**
 * Renders a page by asking this server for it, marked as a fill (so it goes to Next.js) and
 * without cookies or compression. Resolves to { status, headers, html }.
 */
export function loopbackRenderer({ port, host = "127.0.0.1", secret, timeoutMs = 15_000 }) {
  return (key, { notFoundPath } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host,
          port,
          path: key,
          method: "GET",
          headers: {
            [FILL_HEADER]: secret,
            ...(notFoundPath ? { [NOT_FOUND_PATH_HEADER]: notFoundPath } : {}),
            "accept-encoding": "identity",
            accept: "text/html",
          },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, html: Buffer.concat(chunks).toString("utf8") }),
          );
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`page fill of ${key} timed out`)));
      req.on("error", reject);
      req.end();
    });
}

/**
 * The cache. `render(key)` renders a page; `handle(req, res)` answers a request from the cache and
 * returns true, or returns false when the request is not for a cached public page (or is a fill).
 */
export function createPageCache({ render, secret = randomBytes(16).toString("hex"), maxBytes = 64 * 1024 * 1024, now = Date.now } = {}) {
  const pages = new SizeBoundedLru(maxBytes);
  // Searches and unknown slugs (404) are unbounded in number: they get their own, smaller room.
  const searches = new SizeBoundedLru(Math.floor(maxBytes / 4));
  const misses = new SizeBoundedLru(Math.floor(maxBytes / 8));
  const filling = new Map();
  let generation = 0;
  const stats = { hits: 0, fills: 0, stale: 0, bypass: 0 };

  const roomFor = (found, status) => (status === 404 ? misses : found.searched ? searches : pages);

  function lookup(key) {
    return pages.get(key) ?? searches.get(key) ?? misses.get(key);
  }

  /** Renders `key` once however many requests wait for it; stores 200/404 answers of this generation. */
  function fill(found) {
    const running = filling.get(found.key);
    if (running) return running;
    const started = generation;
    const promise = (async () => {
      stats.fills++;
      let rendered = await render(found.key);
      // A slug the catalog does not have: Next.js renders the 404 of a dynamic page only in its
      // client payload (an empty shell without JavaScript), so the 404 page is rendered on its own.
      if (rendered.status === 404 && rendered.html.includes('id="__next_error__"')) {
        rendered = await render(NOT_FOUND_PAGE, { notFoundPath: found.key.split("?")[0] });
      }
      if ((rendered.status !== 200 && rendered.status !== 404) || rendered.headers["set-cookie"] || needsStreamingScript(rendered.html)) {
        return { passThrough: rendered };
      }
      const entry = makeEntry({ ...rendered, now: now(), freshMs: found.page.freshMs });
      if (started === generation) roomFor(found, entry.status).set(found.key, entry);
      return { entry };
    })().finally(() => filling.delete(found.key));
    filling.set(found.key, promise);
    return promise;
  }

  function send(req, res, entry) {
    const headers = { ...entry.headers, "cache-control": PUBLIC_CACHE_CONTROL, etag: entry.etag, vary: "Accept-Encoding" };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (entry.status === 200 && etagMatches(req.headers["if-none-match"], entry.etag)) {
      res.statusCode = 304;
      return res.end();
    }
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const body = entry.bodies[encoding];
    if (encoding !== "identity") res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.statusCode = entry.status;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function sendRendered(req, res, rendered) {
    res.statusCode = rendered.status;
    for (const [name, value] of Object.entries(rendered.headers)) {
      if (!["connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)) res.setHeader(name, value);
    }
    res.end(req.method === "HEAD" ? undefined : rendered.html);
  }

  async function handle(req, res) {
    if (req.headers[FILL_HEADER] !== undefined) {
      if (req.headers[FILL_HEADER] === secret) return false;
      delete req.headers[FILL_HEADER];
    }
    delete req.headers[NOT_FOUND_PATH_HEADER];
    const found = cacheKey(req.method, req.url ?? "/", req.headers);
    if (!found) {
      stats.bypass++;
      return false;
    }
    const entry = lookup(found.key);
    if (entry && entry.freshUntil > now()) {
      stats.hits++;
      send(req, res, entry);
      return true;
    }
    if (entry) {
      // Past its time: send what we have, render the next one in the background.
      stats.stale++;
      send(req, res, entry);
      fill(found).catch(() => {});
      return true;
    }
    try {
      const result = await fill(found);
      if (result.entry) send(req, res, result.entry);
      else sendRendered(req, res, result.passThrough);
    } catch {
      // The fill itself failed (the server is stopping, or timed out): let Next.js answer directly.
      return false;
    }
    return true;
  }

  /** Forgets every page (the catalog changed); pages being rendered at this moment are not stored. */
  function invalidate() {
    generation++;
    pages.clear();
    searches.clear();
    misses.clear();
  }

  return {
    handle,
    invalidate,
    secret,
    stats,
    get size() {
      return pages.size + searches.size + misses.size;
    },
  };
}
