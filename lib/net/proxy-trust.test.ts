import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_LOCAL_ADDRESS } from "../client-address";
import { loadEnv } from "../env";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, prepareRequest, proxyTrust, resolveClientAddress } from "./proxy-trust.mjs";

/** What scripts/server.mjs does to every request before the app reads it. */
function served(remoteAddress: string, headers: Record<string, string>, trusted = "") {
  const req = { socket: { remoteAddress }, headers: { ...headers } as Record<string, string | string[] | undefined> };
  prepareRequest(req, proxyTrust(trusted));
  return req.headers;
}

describe("client address", () => {
  it("without trusted proxies is the socket peer, whatever the client writes", () => {
    const h = served("::ffff:203.0.113.7", {
      "x-forwarded-for": "198.51.100.1",
      "x-real-ip": "198.51.100.2",
      [CLIENT_ADDRESS_HEADER]: "198.51.100.3",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(clientAddress(h)).toBe("203.0.113.7");
    // The origin check must not believe a forwarded host from a client either.
    expect(h["x-forwarded-host"]).toBeUndefined();
    expect(h["x-forwarded-proto"]).toBeUndefined();
    expect(h["x-forwarded-for"]).toBeUndefined();
  });

  it("behind a trusted proxy is the right-most untrusted X-Forwarded-For entry", () => {
    const trusted = "10.0.0.0/8, 2001:db8::1";
    // The client wrote "1.1.1.1" itself; the proxy appended the address it saw.
    const h = served("10.0.0.2", { "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.7", "x-forwarded-host": "loket.go.id" }, trusted);
    expect(clientAddress(h)).toBe("203.0.113.9");
    expect(h["x-forwarded-host"]).toBe("loket.go.id");
    expect(clientAddress(served("2001:db8::1", { "x-forwarded-for": "203.0.113.10" }, trusted))).toBe("203.0.113.10");
    // A trusted proxy without the header: the proxy itself.
    expect(clientAddress(served("10.0.0.2", {}, trusted))).toBe("10.0.0.2");
    // An untrusted peer's X-Forwarded-For is ignored even when it names trusted addresses.
    expect(clientAddress(served("203.0.113.50", { "x-forwarded-for": "10.0.0.3" }, trusted))).toBe("203.0.113.50");
  });

  it("a malformed entry does not become the client's chosen bucket", () => {
    const trust = proxyTrust("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "203.0.113.1, not-an-ip", trust)).toBe("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "[2001:db8::5]:443", trust)).toBe("2001:db8::5");
  });

  it("in `next dev` (no server to set the header) every visitor is unknown-local", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe(UNKNOWN_LOCAL_ADDRESS);
  });

  it("LOKET_TRUSTED_PROXIES is validated", () => {
    expect(parseTrustedProxies("10.0.0.1, 172.16.0.0/12,fd00::/8")).toHaveLength(3);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/proxy\.local/);
    expect(() => loadEnv({ NODE_ENV: "test", LOKET_TRUSTED_PROXIES: "10.0.0.1, nope" })).toThrow(/LOKET_TRUSTED_PROXIES/);
    expect(loadEnv({ NODE_ENV: "test", LOKET_TRUSTED_PROXIES: "10.0.0.1" }).LOKET_TRUSTED_PROXIES).toBe("10.0.0.1");
  });
});
