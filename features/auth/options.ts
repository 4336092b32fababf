import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/client-address";
import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "../notifications/mailer";
import { signInLinkMail } from "../notifications/templates";
import { loketAdapter } from "./adapter";
import { cookiePolicy } from "./cookies";
import { consumeRateLimit } from "./rate-limit";
import { checkPasswordSignIn, RateLimitedError } from "./password-sign-in";
import { authSecret } from "./secret";
import { endAllSessions, readSessionVersion, tokenSessionVersion } from "./session-version";

export const SIGN_IN_LINK_MINUTES = 15;
/** Sign-in links per e-mail address per window. */
const LINK_REQUESTS = { limit: 5, windowSeconds: 60 * 60 };

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RateLimited");
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The options, from the validated configuration (exported for tests of the cookie policy). */
export function buildAuthOptions(e: Env): NextAuthOptions {
  return {
    secret: authSecret(e),
    adapter: loketAdapter(db),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure cookies with __Secure-/__Host- prefixes whenever the portal is served over https.
    useSecureCookies: cookiePolicy(e.appUrl).secure,
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
        async authorize(credentials, req) {
          try {
            const address = clientAddress(req?.headers as Record<string, string | undefined> | undefined);
            return await checkPasswordSignIn(await db(), String(credentials?.email ?? ""), String(credentials?.password ?? ""), address);
          } catch (error) {
            // next-auth passes the message to the sign-in page, which says how long to wait.
            if (error instanceof RateLimitedError) throw new Error(error.message);
            throw error;
          }
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
        if (user) {
          token.sub = user.id;
          token.sv = await readSessionVersion(await db(), user.id);
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sv: tokenSessionVersion(token.sv) });
        return session;
      },
    },
    events: {
      // Signing out ends the account's sessions on every device, not only this cookie.
      async signOut({ token }) {
        if (token?.sub) await endAllSessions(await db(), token.sub);
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
  cached ??= buildAuthOptions(env()); // env() validates configuration and sets next-auth's origin
  return cached;
}
