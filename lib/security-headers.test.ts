import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isMalformedPath, newNonce, strictTransportSecurity } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, and nothing inline or evaluated in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
  it("adds eval only in development, upgrades requests only over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("newNonce", () => {
  it("is fresh and long enough", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toEqual(a);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only for an https origin", () => {
    expect(strictTransportSecurity("https://loket.example.go.id")).toMatch(/^max-age=\d{8}/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});

describe("isMalformedPath", () => {
  it("flags percent-encoding that cannot be decoded", () => {
    expect(isMalformedPath("/instansi/%E0%A4%A")).toBe(true);
    expect(isMalformedPath("/%C0%AF")).toBe(true);
    expect(isMalformedPath("/instansi/bulungan")).toBe(false);
    expect(isMalformedPath("/instansi/%20a")).toBe(false);
  });
});
