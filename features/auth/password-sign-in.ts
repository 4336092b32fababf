import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { verifyPassword } from "./password";
import { clearRateLimit, consumeRateLimit, isRateLimited } from "./rate-limit";

/**
 * Password sign-in, throttled so that nobody can lock anyone else out:
 * - wrong passwords per (account, client address): the owner at their own desk keeps their own
 *   count, whatever is tried against the account from elsewhere; a correct password clears it;
 * - wrong passwords per client address, over all accounts: stops one address spraying guesses
 *   across many accounts. Not cleared by a success (an attacker could reset it by signing in to
 *   an account of their own between guesses).
 * Successes never count. An applicant refused here can still sign in with an e-mailed link.
 */
export const PASSWORD_ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };
export const ADDRESS_FAILURES = { limit: 20, windowSeconds: 15 * 60 };

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`RateLimited:${retryAfterSeconds}`);
  }
}

export async function checkPasswordSignIn(prisma: PrismaClient, rawEmail: string, password: string, clientAddress: string) {
  const email = rawEmail.trim().toLowerCase();
  if (!email || !password || email.length > 254 || password.length > 200) return null;
  const accountKey = `signin:password:${email}|${clientAddress}`;
  const addressKey = `signin:password-address:${clientAddress}`;
  const [byAccount, byAddress] = await Promise.all([
    isRateLimited(prisma, accountKey, PASSWORD_ATTEMPTS.limit, PASSWORD_ATTEMPTS.windowSeconds),
    isRateLimited(prisma, addressKey, ADDRESS_FAILURES.limit, ADDRESS_FAILURES.windowSeconds),
  ]);
  if (!byAccount.allowed || !byAddress.allowed) {
    logger.warn("password sign-in refused", { reason: "rate-limited", clientAddress });
    throw new RateLimitedError(
      Math.max(byAccount.allowed ? 0 : byAccount.retryAfterSeconds, byAddress.allowed ? 0 : byAddress.retryAfterSeconds),
    );
  }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok || user.disabledAt) {
    await consumeRateLimit(prisma, accountKey, PASSWORD_ATTEMPTS.limit, PASSWORD_ATTEMPTS.windowSeconds);
    await consumeRateLimit(prisma, addressKey, ADDRESS_FAILURES.limit, ADDRESS_FAILURES.windowSeconds);
    logger.warn("password sign-in refused", { reason: "wrong", clientAddress });
    return null;
  }
  await clearRateLimit(prisma, accountKey);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
