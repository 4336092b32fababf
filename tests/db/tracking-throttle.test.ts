import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The tracking page's throttles: per client address (as scripts/server.mjs resolved it from the
 * socket, whatever X-Forwarded-For the visitor sends) and per registration number.
 */
const seams = vi.hoisted(() => ({ headers: new Headers(), prisma: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => seams.headers }));
vi.mock("@/lib/db", () => ({ db: async () => seams.prisma }));

import { lookUpTracking } from "../../features/requests/tracking";
import { type Fixture, seededFixture } from "../support/fixture";

let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
  seams.prisma = fx.database.prisma;
});
afterAll(() => fx.dispose());

/** A visitor whose socket address is `address`, sending whatever other headers it likes. */
function visitor(address: string, extra: Record<string, string> = {}) {
  seams.headers = new Headers({ "x-loket-client-address": address, ...extra });
}

let sequence = 1;
const unknownNumber = () => `BLG-2026-${String(90000 + sequence++).padStart(5, "0")}`;

describe("tracking throttle", () => {
  it("keys on the socket address: a spoofed X-Forwarded-For does not give a visitor a fresh bucket", async () => {
    for (let i = 0; i < 30; i++) {
      visitor("203.0.113.7", { "x-forwarded-for": `198.51.100.${i}` });
      expect((await lookUpTracking(unknownNumber(), "ABCD2345")).kind).toBe("not-found");
    }
    visitor("203.0.113.7", { "x-forwarded-for": "198.51.100.250", "x-real-ip": "198.51.100.251" });
    expect((await lookUpTracking(unknownNumber(), "ABCD2345")).kind).toBe("limited");
  });

  it("30 lookups from one address do not block another address", async () => {
    for (let i = 0; i < 31; i++) {
      visitor("203.0.113.20");
      await lookUpTracking(unknownNumber(), "ABCD2345");
    }
    visitor("203.0.113.20");
    expect((await lookUpTracking(unknownNumber(), "ABCD2345")).kind).toBe("limited");
    visitor("203.0.113.21");
    expect((await lookUpTracking(unknownNumber(), "ABCD2345")).kind).toBe("not-found");
  });

  it("limits failed lookups per registration number, from any number of addresses", async () => {
    const { registrationNumber } = await fx.submitAs("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", {
      scopeCode: "hosting",
      details: { subdomain: "lacak" },
    });
    const { trackingCode } = await fx.database.prisma.serviceRequest.findFirstOrThrow({
      where: { registrationNumber },
      select: { trackingCode: true },
    });
    visitor("203.0.113.40");
    expect((await lookUpTracking(registrationNumber, trackingCode)).kind).toBe("found");
    for (let i = 0; i < 10; i++) {
      visitor(`192.0.2.${i + 1}`);
      expect((await lookUpTracking(registrationNumber.toLowerCase(), "ZZZZ2222")).kind).toBe("not-found");
    }
    // Guessing stops for this number, even from a fresh address and with the right code…
    visitor("192.0.2.200");
    expect((await lookUpTracking(registrationNumber, trackingCode)).kind).toBe("limited");
    // …while other numbers stay open.
    expect((await lookUpTracking(unknownNumber(), "ABCD2345")).kind).toBe("not-found");
  });
});
