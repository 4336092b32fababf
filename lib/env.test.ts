import { describe, expect, it } from "vitest";
import { isLocalOrigin, loadEnv } from "./env";

const server = "postgresql://loket:loket@db.internal:5432/loket";
const secret = "x".repeat(40);

describe("demo data is a choice away from a local machine", () => {
  it("is on by default only for the embedded database on a local origin", () => {
    expect(loadEnv({ NODE_ENV: "production" }).demoData).toBe(true);
    expect(loadEnv({ NODE_ENV: "production" }).demoReason).toBe("local-default");
    expect(loadEnv({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3210" }).demoData).toBe(true);
    expect(loadEnv({ NODE_ENV: "production", APP_URL: "https://loket.haltimkab.go.id" }).demoData).toBe(false);
    expect(loadEnv({ NODE_ENV: "production", DATABASE_URL: server, AUTH_SECRET: secret, APP_URL: "https://loket.example" }).demoData).toBe(
      false,
    );
  });
  it("is on anywhere when chosen, and says so", () => {
    const e = loadEnv({ NODE_ENV: "production", APP_URL: "https://demo.loket.example", LOKET_DEMO_DATA: "1" });
    expect(e.demoData).toBe(true);
    expect(e.demoReason).toBe("chosen");
    expect(loadEnv({ NODE_ENV: "production", LOKET_DEMO_DATA: "0", APP_URL: "http://localhost:3000" }).demoData).toBe(false);
  });
  it("recognises local origins", () => {
    expect(isLocalOrigin(undefined)).toBe(true);
    expect(isLocalOrigin("http://localhost:3000")).toBe(true);
    expect(isLocalOrigin("http://loket.localhost")).toBe(true);
    expect(isLocalOrigin("http://[::1]:3000")).toBe(true);
    expect(isLocalOrigin("http://10.0.0.5:3000")).toBe(false);
    expect(isLocalOrigin("https://loket.example.go.id")).toBe(false);
  });
});

describe("APP_URL in production", () => {
  it("is required when the portal is not the local demo", () => {
    expect(() => loadEnv({ NODE_ENV: "production", DATABASE_URL: server, AUTH_SECRET: secret })).toThrow(/APP_URL: required in production/);
    expect(() => loadEnv({ NODE_ENV: "production", LOKET_DEMO_DATA: "0" })).toThrow(/APP_URL/);
    expect(() => loadEnv({ NODE_ENV: "development", DATABASE_URL: server })).not.toThrow();
  });
});

describe("fault hooks", () => {
  it("take effect only with the explicit test switch", () => {
    const pause = (vars: Record<string, string>) => loadEnv({ NODE_ENV: "production", ...vars }).faultPauseAfterStore;
    expect(pause({ LOKET_FAULT_PAUSE_AFTER_STORE: "/tmp/pause" })).toBeNull();
    expect(pause({ LOKET_FAULT_PAUSE_AFTER_STORE: "/tmp/pause", LOKET_TEST_HOOKS: "0" })).toBeNull();
    expect(pause({ LOKET_FAULT_PAUSE_AFTER_STORE: "/tmp/pause", LOKET_TEST_HOOKS: "1" })).toBe("/tmp/pause");
    expect(pause({ LOKET_TEST_HOOKS: "1" })).toBeNull();
  });
});
