import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ADDRESS_FAILURES, checkPasswordSignIn, PASSWORD_ATTEMPTS, RateLimitedError } from "../../features/auth/password-sign-in";
import { logger } from "../../lib/logger";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * Wrong passwords are counted per (account, address) and per address; successes never count. So an
 * owner signing in often is never locked out, and nobody elsewhere can lock the owner out.
 */
let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());
afterEach(() => vi.restoreAllMocks());

const PASSWORD = "Demo-Loket-2026";
const OWNER_ADDRESS = "203.0.113.5";

describe("password sign-in throttling", () => {
  it("never locks an account through its successful sign-ins", async () => {
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit + 3; i++) {
      expect(await checkPasswordSignIn(fx.database.prisma, "kadis.babel@loket.example", PASSWORD, OWNER_ADDRESS)).toMatchObject({
        email: "kadis.babel@loket.example",
      });
    }
  });

  it("refuses after five wrong passwords from one address, and a correct one before that clears the count", async () => {
    const p = fx.database.prisma;
    const email = "kabid.babel@loket.example";
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit - 1; i++) expect(await checkPasswordSignIn(p, email, "salah", OWNER_ADDRESS)).toBeNull();
    expect(await checkPasswordSignIn(p, email, PASSWORD, OWNER_ADDRESS)).not.toBeNull();
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit; i++) expect(await checkPasswordSignIn(p, email, "salah", OWNER_ADDRESS)).toBeNull();
    await expect(checkPasswordSignIn(p, email, PASSWORD, OWNER_ADDRESS)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("wrong passwords sent from elsewhere do not lock the owner out", async () => {
    const p = fx.database.prisma;
    const email = "subkoor.babel@loket.example";
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit + 2; i++) {
      await checkPasswordSignIn(p, email, "tebakan", "198.51.100.1").catch(() => null);
    }
    await expect(checkPasswordSignIn(p, email, PASSWORD, "198.51.100.1")).rejects.toBeInstanceOf(RateLimitedError);
    expect(await checkPasswordSignIn(p, email, PASSWORD, OWNER_ADDRESS)).toMatchObject({ email });
  });

  it("one address guessing across many accounts is refused", async () => {
    const p = fx.database.prisma;
    const attacker = "198.51.100.2";
    for (let i = 0; i < ADDRESS_FAILURES.limit; i++) {
      expect(await checkPasswordSignIn(p, `orang${i}@contoh.go.id`, "tebakan", attacker)).toBeNull();
    }
    await expect(checkPasswordSignIn(p, "petugas.babel@loket.example", PASSWORD, attacker)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await checkPasswordSignIn(p, "petugas.babel@loket.example", PASSWORD, OWNER_ADDRESS)).not.toBeNull();
  });

  it("logs refused attempts with the client address", async () => {
    const warn = vi.spyOn(logger, "warn");
    const p = fx.database.prisma;
    await checkPasswordSignIn(p, "teknis.babel@loket.example", "salah", "198.51.100.3");
    expect(warn).toHaveBeenCalledWith(
      "password sign-in refused",
      expect.objectContaining({ clientAddress: "198.51.100.3", reason: "wrong" }),
    );
    for (let i = 1; i < PASSWORD_ATTEMPTS.limit; i++) await checkPasswordSignIn(p, "teknis.babel@loket.example", "salah", "198.51.100.3");
    await expect(checkPasswordSignIn(p, "teknis.babel@loket.example", PASSWORD, "198.51.100.3")).rejects.toBeInstanceOf(RateLimitedError);
    expect(warn).toHaveBeenCalledWith(
      "password sign-in refused",
      expect.objectContaining({ clientAddress: "198.51.100.3", reason: "rate-limited" }),
    );
  });
});
