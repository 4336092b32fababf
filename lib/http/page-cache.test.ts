import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, chooseEncoding, createPageCache, etagMatches, type Render, SizeBoundedLru } from "./page-cache.mjs";
import { scriptFreePolicy, withoutFrameworkScripts } from "./script-free.mjs";

const PAGE = (text: string) =>
  `<!DOCTYPE html><html lang="id"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
  `<script src="/_next/static/chunks/b.js" nonce="abc" async=""></script><script src="/site.js" async="" nonce="abc"></script></head>` +
  `<body><h1>${text}</h1><script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

describe("script-free pages", () => {
  it("removes Next.js's scripts, preload hints and nonces, keeps the site's own script and styles", () => {
    const html = withoutFrameworkScripts(PAGE("Katalog"));
    expect(html).not.toContain("/_next/static/chunks/b.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("nonce");
    expect(html).toContain('<script src="/site.js" async=""></script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain("<h1>Katalog</h1>");
  });

  it("keeps no external script from another origin", () => {
    expect(withoutFrameworkScripts('<script src="//evil.example/x.js"></script><p>x</p>')).toBe("<p>x</p>");
  });

  it("drops the nonce and strict-dynamic from the policy, keeping every other directive", () => {
    expect(
      scriptFreePolicy(
        "default-src 'self'; script-src 'self' 'nonce-QUJD' 'strict-dynamic'; style-src 'self' 'nonce-QUJD'; object-src 'none'",
      ),
    ).toBe("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'");
  });
});

describe("what is cached", () => {
  it("caches public pages by path and known parameters only", () => {
    expect(cacheKey("GET", "/", {})?.key).toBe("/");
    expect(cacheKey("HEAD", "/instansi/bulungan", {})?.page.name).toBe("agency");
    expect(cacheKey("GET", "/instansi/bulungan/kinerja", {})?.page.name).toBe("performance");
    expect(cacheKey("GET", "/instansi/bulungan/hosting", {})?.page.name).toBe("service");
    expect(cacheKey("GET", "/?q=%20sub%20%20domain ", {})?.key).toBe("/?q=sub+domain");
    expect(cacheKey("GET", "/?q=", {})?.key).toBe("/");
    expect(cacheKey("GET", "/?q=a&q=b", {})).toBeNull();
    expect(cacheKey("GET", "/?x=1", {})).toBeNull();
    expect(cacheKey("GET", "/lacak?nomor=1&kode=2", {})).toBeNull();
    expect(cacheKey("GET", "/instansi/bulungan/hosting/ajukan", {})).toBeNull();
    expect(cacheKey("GET", "/permohonan", {})).toBeNull();
    expect(cacheKey("GET", "/meja", {})).toBeNull();
    expect(cacheKey("POST", "/", {})).toBeNull();
    expect(cacheKey("GET", "/instansi/bulungan/", {})).toBeNull();
    expect(cacheKey("GET", "/instansi/%C0%AF", {})).toBeNull();
    // Next.js's client navigation asks for the RSC payload of the same URL.
    expect(cacheKey("GET", "/", { rsc: "1" })).toBeNull();
  });

  it("chooses brotli, then gzip, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("")).toBe("identity");
    expect(chooseEncoding("gzip;q=0")).toBe("identity");
  });

  it("compares ETags weakly", () => {
    expect(etagMatches('W/"abc", "def"', '"abc"')).toBe(true);
    expect(etagMatches('"xyz"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });

  it("forgets the least recently used entries past its size", () => {
    const lru = new SizeBoundedLru(3100);
    const entry = (n: number) => ({ bodies: { identity: Buffer.alloc(n), gzip: Buffer.alloc(0), br: Buffer.alloc(0) } });
    lru.set("a", entry(1000));
    lru.set("b", entry(1000));
    lru.get("a");
    lru.set("c", entry(1000));
    expect([...lru.map.keys()]).toEqual(["a", "c"]);
  });
});

describe("the cache in front of a renderer", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(render: Render, now = () => 0) {
    const cache = createPageCache({ render, now });
    server = http.createServer(async (req, res) => {
      if (!(await cache.handle(req, res))) {
        res.statusCode = 418;
        res.end("passed through");
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path, headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
    return { cache, get };
  }

  const ok = (text: string) => ({
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'self' 'nonce-x' 'strict-dynamic'" },
    html: PAGE(text),
  });

  it("renders once for concurrent visitors, then answers from memory with public caching headers and 304s", async () => {
    let renders = 0;
    const { get } = await serve(async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 20));
      return ok("Katalog");
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/", { "accept-encoding": "gzip" })));
    expect(renders).toBe(1);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(zlib.gunzipSync(a.body).toString()).toContain("<h1>Katalog</h1>");
    }
    const first = answers[0]!;
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
    expect(first.headers["content-security-policy"]).toBe("script-src 'self'");
    expect(first.headers.vary).toBe("Accept-Encoding");
    const again = await get("/", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("passes personal pages through, and never stores an answer that sets a cookie or failed", async () => {
    let renders = 0;
    const { get, cache } = await serve(async () => {
      renders++;
      return renders === 1
        ? { status: 503, headers: { "retry-after": "5", "content-type": "text/html" }, html: "<p>sebentar</p>" }
        : { ...ok("x"), headers: { ...ok("x").headers, "set-cookie": "a=b" } };
    });
    expect((await get("/permohonan")).status).toBe(418);
    const outage = await get("/instansi/a");
    expect(outage.status).toBe(503);
    expect(outage.headers["retry-after"]).toBe("5");
    await get("/instansi/a");
    expect(cache.size).toBe(0);
  });

  it("serves a page past its time while the next one renders, and keeps serving it when rendering fails", async () => {
    let clock = 0;
    let version = 1;
    const { get } = await serve(
      async () => (version === 2 ? { status: 503, headers: {}, html: "down" } : ok(`v${version}`)),
      () => clock,
    );
    expect((await get("/privasi")).body.toString()).toContain("v1");
    clock = 61 * 60_000;
    version = 2; // the database is down
    expect((await get("/privasi")).body.toString()).toContain("v1");
    await new Promise((r) => setTimeout(r, 10));
    expect((await get("/privasi")).body.toString()).toContain("v1");
    version = 3;
    await get("/privasi");
    await new Promise((r) => setTimeout(r, 10));
    expect((await get("/privasi")).body.toString()).toContain("v3");
  });

  it("forgets everything when the catalog changes", async () => {
    let version = 1;
    const { get, cache } = await serve(async () => ok(`v${version}`));
    expect((await get("/instansi/a")).body.toString()).toContain("v1");
    version = 2;
    expect((await get("/instansi/a")).body.toString()).toContain("v1");
    cache.invalidate();
    expect((await get("/instansi/a")).body.toString()).toContain("v2");
  });

  it("renders the 404 page on its own when Next.js answers a dynamic page's 404 with an empty shell", async () => {
    const asked: unknown[] = [];
    const { get } = await serve(async (key, options) => {
      asked.push([key, options?.notFoundPath]);
      return key === "/_tidak-ditemukan"
        ? { ...ok("Halaman tidak ditemukan"), status: 404 }
        : { status: 404, headers: {}, html: '<html id="__next_error__"><body><div hidden=""></div></body></html>' };
    });
    const answer = await get("/instansi/nope");
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain("Halaman tidak ditemukan");
    expect(asked).toEqual([
      ["/instansi/nope", undefined],
      ["/_tidak-ditemukan", "/instansi/nope"],
    ]);
  });
});
