import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPasswordSignIn, PASSWORD_ATTEMPTS, RateLimitedError } from "../../features/auth/password-sign-in";
import { type Fixture, seededFixture } from "../support/fixture";

/** Only wrong passwords count toward the limit: an owner signing in often is never locked out. */
let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());

describe("password sign-in throttling", () => {
  it("never locks an account through its successful sign-ins", async () => {
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit + 3; i++) {
      expect(await checkPasswordSignIn(fx.database.prisma, "kadis.babel@loket.example", "Demo-Loket-2026")).toMatchObject({
        email: "kadis.babel@loket.example",
      });
    }
  });

  it("refuses after five wrong passwords, and a correct one before that clears the count", async () => {
    const p = fx.database.prisma;
    const email = "kabid.babel@loket.example";
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit - 1; i++) expect(await checkPasswordSignIn(p, email, "salah")).toBeNull();
    expect(await checkPasswordSignIn(p, email, "Demo-Loket-2026")).not.toBeNull();
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit; i++) expect(await checkPasswordSignIn(p, email, "salah")).toBeNull();
    await expect(checkPasswordSignIn(p, email, "Demo-Loket-2026")).rejects.toBeInstanceOf(RateLimitedError);
  });
});
