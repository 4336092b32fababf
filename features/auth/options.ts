import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "../notifications/mailer";
import { signInLinkMail } from "../notifications/templates";
import { loketAdapter } from "./adapter";
import { verifyPassword } from "./password";
import { consumeRateLimit } from "./rate-limit";
import { authSecret } from "./secret";

export const SIGN_IN_LINK_MINUTES = 15;
/** Password attempts per e-mail address per window, whether or not the address exists. */
const PASSWORD_ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };
/** Sign-in links per e-mail address per window. */
const LINK_REQUESTS = { limit: 5, windowSeconds: 60 * 60 };

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RateLimited");
  }
}

function options(): NextAuthOptions {
  return {
    secret: authSecret(),
    adapter: loketAdapter(db),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/masuk", verifyRequest: "/masuk/cek-email", error: "/masuk" },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendMail(await db(), identifier, signInLinkMail(url, SIGN_IN_LINK_MINUTES));
        },
      }),
      CredentialsProvider({
        id: "password",
        name: "Kata sandi",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const email = String(credentials?.email ?? "").trim().toLowerCase();
          const password = String(credentials?.password ?? "");
          if (!email || !password || email.length > 254 || password.length > 200) return null;
          const prisma = await db();
          const limit = await consumeRateLimit(prisma, `signin:password:${email}`, PASSWORD_ATTEMPTS.limit, PASSWORD_ATTEMPTS.windowSeconds);
          if (!limit.allowed) throw new Error(`RateLimited:${limit.retryAfterSeconds}`);
          const user = await prisma.user.findUnique({
            where: { email },
            select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
          });
          const ok = await verifyPassword(user?.passwordHash, password);
          if (!user || !ok || user.disabledAt) {
            logger.info("password sign-in refused");
            return null;
          }
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        const address = String(user.email ?? "").toLowerCase();
        const prisma = await db();
        if (email?.verificationRequest) {
          const limit = await consumeRateLimit(prisma, `signin:link:${address}`, LINK_REQUESTS.limit, LINK_REQUESTS.windowSeconds);
          if (!limit.allowed) return `${env().appUrl}/masuk?error=RateLimited:${limit.retryAfterSeconds}`;
        }
        const existing = await prisma.user.findUnique({
          where: { email: address },
          select: { disabledAt: true, isPlatformAdmin: true, _count: { select: { memberships: true } } },
        });
        // Staff accounts sign in with a password; a link could be intercepted from a shared mailbox.
        if (existing && (existing.isPlatformAdmin || existing._count.memberships > 0)) {
          return `${env().appUrl}/masuk?error=StaffUsePassword`;
        }
        return !existing?.disabledAt;
      },
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
    logger: {
      error: (code, metadata) => logger.error(`auth: ${code}`, { detail: String((metadata as Error)?.message ?? "") }),
      warn: (code) => logger.warn(`auth: ${code}`),
      debug: () => {},
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  env(); // validates configuration and sets next-auth's origin
  cached ??= options();
  return cached;
}
