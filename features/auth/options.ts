import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/client-address";
import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "../notifications/mailer";
import { signInLinkMail, signInLinkRefusedMail } from "../notifications/templates";
import { loketAdapter } from "./adapter";
import { cookiePolicy } from "./cookies";
import { consumeRateLimit } from "./rate-limit";
import { checkPasswordSignIn, RateLimitedError } from "./password-sign-in";
import { authSecret } from "./secret";
import { linkAccessOf } from "./sign-in-link";
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
        // Every address gets the same answer and the same work (one token, one e-mail); only the
        // e-mail's content depends on who the address belongs to.
        async sendVerificationRequest({ identifier, url }) {
          const prisma = await db();
          const access = await linkAccessOf(prisma, identifier);
          const mail =
            access === "applicant" ? signInLinkMail(url, SIGN_IN_LINK_MINUTES) : signInLinkRefusedMail(access, `${env().appUrl}/masuk`);
          await sendMail(prisma, identifier, mail);
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
          // Asking for a link: the same answer for every address (applicant, staff, unknown,
          // disabled), so the form reveals nobody; sendVerificationRequest decides what is sent.
          const limit = await consumeRateLimit(prisma, `signin:link:${address}`, LINK_REQUESTS.limit, LINK_REQUESTS.windowSeconds);
          if (!limit.allowed) return `${env().appUrl}/masuk?error=RateLimited:${limit.retryAfterSeconds}`;
          return true;
        }
        // A clicked link (only its mailbox's owner has it): staff and disabled accounts are refused.
        const access = await linkAccessOf(prisma, address);
        if (access === "staff") return `${env().appUrl}/masuk?error=StaffUsePassword`;
        return access === "applicant";
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
