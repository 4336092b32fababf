import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { verifyPassword } from "./password";
import { clearRateLimit, consumeRateLimit, isRateLimited } from "./rate-limit";

/**
 * Password sign-in. Only wrong passwords count toward the limit (a correct one clears it), so
 * an owner who signs in often is never locked out by their own successes.
 */
export const PASSWORD_ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`RateLimited:${retryAfterSeconds}`);
  }
}

export async function checkPasswordSignIn(prisma: PrismaClient, rawEmail: string, password: string) {
  const email = rawEmail.trim().toLowerCase();
  if (!email || !password || email.length > 254 || password.length > 200) return null;
  const key = `signin:password:${email}`;
  const state = await isRateLimited(prisma, key, PASSWORD_ATTEMPTS.limit, PASSWORD_ATTEMPTS.windowSeconds);
  if (!state.allowed) throw new RateLimitedError(state.retryAfterSeconds);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok || user.disabledAt) {
    await consumeRateLimit(prisma, key, PASSWORD_ATTEMPTS.limit, PASSWORD_ATTEMPTS.windowSeconds);
    logger.info("password sign-in refused");
    return null;
  }
  await clearRateLimit(prisma, key);
  return { id: user.id, email: user.email, name: user.name };
}
