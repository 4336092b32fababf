import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The sign-in-link form must not tell which addresses belong to staff (or to a disabled account):
 * every address gets the same answer and the same work (one token, one e-mail). What the e-mail
 * says differs, and only the mailbox's owner reads it.
 */
const seams = vi.hoisted(() => ({ prisma: null as unknown }));
vi.mock("@/lib/db", () => ({ db: async () => seams.prisma }));

import type { EmailConfig } from "next-auth/providers/email";
import { authOptions, SIGN_IN_LINK_MINUTES } from "../../features/auth/options";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type Fixture, seededFixture } from "../support/fixture";

let fx: Fixture;
const p = (): PrismaClient => fx.database.prisma;
beforeAll(async () => {
  fx = await seededFixture();
  seams.prisma = fx.database.prisma;
  await p().user.create({ data: { email: "nonaktif@haltimkab.go.id", name: "Akun Nonaktif", disabledAt: new Date() } });
});
afterAll(() => fx.dispose());

const ADDRESSES = {
  applicant: "ani.rahmawati@bulungan.go.id",
  staff: "kadis.bulungan@loket.example",
  "platform admin": "platform@loket.example",
  unknown: "belum.terdaftar@bulungan.go.id",
  disabled: "nonaktif@haltimkab.go.id",
};

/** What the form's request runs on the server: the signIn callback, then (when allowed) the mail. */
async function requestLink(address: string) {
  const options = authOptions();
  const answer = await options.callbacks!.signIn!({
    user: { id: "", email: address },
    account: { provider: "email", type: "email", providerAccountId: address },
    email: { verificationRequest: true },
  } as never);
  const provider = options.providers.find((x) => x.id === "email") as EmailConfig;
  const url = `http://localhost:3000/api/auth/callback/email?token=t-${address}`;
  if (answer === true) {
    await (provider.options.sendVerificationRequest ?? provider.sendVerificationRequest)({
      identifier: address,
      url,
      expires: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
      provider,
      token: "t",
      theme: {},
    });
  }
  const mails = await p().mailMessage.findMany({ where: { to: address }, select: { text: true } });
  return { answer, mails, url };
}

describe("sign-in link requests", () => {
  it("answer the same for an applicant, staff, the platform admin, an unknown and a disabled address", async () => {
    const outcomes = Object.fromEntries(
      await Promise.all(Object.entries(ADDRESSES).map(async ([kind, address]) => [kind, await requestLink(address)] as const)),
    );
    for (const [kind, outcome] of Object.entries(outcomes)) {
      expect(outcome.answer, kind).toBe(true);
      // The same work for each: exactly one e-mail.
      expect(outcome.mails, kind).toHaveLength(1);
    }
    // Only those who may sign in by link receive one.
    expect(outcomes.applicant!.mails[0]!.text).toContain(outcomes.applicant!.url);
    expect(outcomes.unknown!.mails[0]!.text).toContain(outcomes.unknown!.url);
    for (const kind of ["staff", "platform admin", "disabled"]) expect(outcomes[kind]!.mails[0]!.text, kind).not.toContain("token=");
    expect(outcomes.staff!.mails[0]!.text).toMatch(/kata sandi/);
  });

  it("a clicked link still refuses staff and disabled accounts", async () => {
    const click = (address: string) =>
      authOptions().callbacks!.signIn!({
        user: { id: "", email: address },
        account: { provider: "email", type: "email", providerAccountId: address },
        email: { verificationRequest: false },
      } as never);
    expect(await click(ADDRESSES.staff)).toMatch(/error=StaffUsePassword/);
    expect(await click(ADDRESSES.disabled)).toBe(false);
    expect(await click(ADDRESSES.applicant)).toBe(true);
  });
});
