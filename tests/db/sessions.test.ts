import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * A server-side session version: the JWT carries the account's `sessionVersion` from sign-in, and
 * every getPrincipal() compares it with the row. Signing out and changing the password bump it, so
 * every session of the account ends, on every device.
 */
const seams = vi.hoisted(() => ({ session: null as unknown, prisma: null as unknown, jar: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (seams.jar.has(name) ? { name, value: seams.jar.get(name) } : undefined),
    set: (name: string, value: string) => void seams.jar.set(name, value),
  }),
}));
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => seams.session }));
vi.mock("@/lib/db", () => ({ db: async () => seams.prisma }));

import { decode, encode } from "next-auth/jwt";
import { setOwnPassword } from "../../features/auth/actions";
import { authOptions } from "../../features/auth/options";
import { authSecret } from "../../features/auth/secret";
import { getPrincipal } from "../../features/auth/session";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type Fixture, seededFixture } from "../support/fixture";

let fx: Fixture;
const p = (): PrismaClient => fx.database.prisma;
beforeAll(async () => {
  fx = await seededFixture();
  seams.prisma = fx.database.prisma;
});
afterAll(() => fx.dispose());

/** Signs in as next-auth would: the jwt callback at sign-in, then the session callback on each read. */
async function signIn(userId: string) {
  const { callbacks } = authOptions();
  const token = await callbacks!.jwt!({ token: { sub: userId }, user: { id: userId, email: "" }, account: null } as never);
  const session = await callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
  return { token, session };
}

const userId = async (email: string) => (await p().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

describe("session version", () => {
  it("a session from before the account's version changed is no longer signed in", async () => {
    const id = await userId("dimas.saputra@babelprov.go.id");
    const { session } = await signIn(id);
    seams.session = session;
    expect((await getPrincipal())?.id).toBe(id);
    await p().user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getPrincipal()).toBeNull();
    // A fresh sign-in carries the new version.
    seams.session = (await signIn(id)).session;
    expect((await getPrincipal())?.id).toBe(id);
  });

  it("signing out ends the account's sessions everywhere", async () => {
    const id = await userId("eka.wulandari@purbalinggakab.go.id");
    const phone = await signIn(id);
    const desk = await signIn(id);
    seams.session = desk.session;
    expect((await getPrincipal())?.id).toBe(id);
    await authOptions().events!.signOut!({ token: phone.token, session: phone.session } as never);
    seams.session = desk.session;
    expect(await getPrincipal()).toBeNull();
  });

  it("changing the password asks for the current one, then ends every other session", async () => {
    const email = "citra.lestari@haltimkab.go.id";
    const id = await userId(email);
    const elsewhere = await signIn(id);
    const here = await signIn(id);
    seams.session = here.session;
    seams.jar.set("next-auth.session-token", await encode({ token: here.token, secret: authSecret() }));
    const wrong = await setOwnPassword(null, {
      currentPassword: "bukan-sandinya",
      password: "Sandi-Baru-2026",
      confirm: "Sandi-Baru-2026",
    });
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { currentPassword: [expect.any(String)] } });
    const missing = await setOwnPassword(null, { password: "Sandi-Baru-2026", confirm: "Sandi-Baru-2026" });
    expect(missing).toMatchObject({ status: "error", fieldErrors: { currentPassword: [expect.any(String)] } });
    const before = await p().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

    const ok = await setOwnPassword(null, {
      currentPassword: "Pemohon-Demo-2026",
      password: "Sandi-Baru-2026",
      confirm: "Sandi-Baru-2026",
    });
    expect(ok).toEqual({ status: "ok", data: { saved: true } });
    const after = await p().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    seams.session = elsewhere.session;
    expect(await getPrincipal()).toBeNull();
    // This device carries on: its cookie was re-issued with the new version.
    const renewed = await decode({ token: seams.jar.get("next-auth.session-token"), secret: authSecret() });
    expect(renewed).toMatchObject({ sub: id, sv: after.sessionVersion });
    seams.session = await authOptions().callbacks!.session!({ session: { user: {}, expires: "" }, token: renewed } as never);
    expect((await getPrincipal())?.id).toBe(id);
  });

  it("an account without a password sets its first one without a current one", async () => {
    const user = await p().user.create({ data: { email: "baru@contoh.go.id", name: "Pengguna Baru" }, select: { id: true } });
    seams.session = (await signIn(user.id)).session;
    const ok = await setOwnPassword(null, { password: "Sandi-Pertama-2026", confirm: "Sandi-Pertama-2026" });
    expect(ok).toEqual({ status: "ok", data: { saved: true } });
  });
});
