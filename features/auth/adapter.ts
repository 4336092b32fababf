import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The part of a next-auth adapter that e-mail sign-in with JWT sessions uses: users and one-time
 * tokens. Sessions live in signed cookies, so session and account methods are not needed.
 */
const userSelect = { id: true, email: true, emailVerified: true, name: true } as const;
type Row = { id: string; email: string; emailVerified: Date | null; name: string };
const toAdapterUser = (u: Row): AdapterUser => ({ id: u.id, email: u.email, emailVerified: u.emailVerified, name: u.name });

export function loketAdapter(prisma: () => Promise<PrismaClient>): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const email = user.email.toLowerCase();
      const created = await (
        await prisma()
      ).user.create({
        data: { email, emailVerified: user.emailVerified, name: user.name ?? email.split("@")[0]! },
        select: userSelect,
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const u = await (await prisma()).user.findUnique({ where: { id }, select: userSelect });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByEmail(email) {
      const u = await (await prisma()).user.findUnique({ where: { email: email.toLowerCase() }, select: userSelect });
      return u ? toAdapterUser(u) : null;
    },
    async updateUser(user) {
      const u = await (
        await prisma()
      ).user.update({
        where: { id: user.id },
        data: { emailVerified: user.emailVerified ?? undefined },
        select: userSelect,
      });
      return toAdapterUser(u);
    },
    async getUserByAccount() {
      return null;
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      await (await prisma()).verificationToken.create({ data: { ...token, identifier: token.identifier.toLowerCase() } });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const db = await prisma();
      // Delete-and-return makes the link single-use even when clicked twice at once.
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier.toLowerCase()} AND "token" = ${token}
        RETURNING "identifier", "token", "expires"`;
      return rows[0] ?? null;
    },
  };
}
