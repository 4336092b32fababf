import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RATE_LIMIT_LONGEST_WINDOW_SECONDS } from "../auth/rate-limit";
import type { PeriodicJob } from "./scheduler";

export const EXPIRED_ROWS_JOB = "expired-rows";

/**
 * Deletes rows that can no longer matter: rate-limit counters whose window is over (older than the
 * longest window any limit uses) and sign-in links past their expiry. Both tables would otherwise
 * grow with every visitor and every link ever sent.
 */
export async function deleteExpiredRows(prisma: PrismaClient, now = new Date()): Promise<{ rateLimits: number; signInTokens: number }> {
  const windowsOver = new Date(now.getTime() - RATE_LIMIT_LONGEST_WINDOW_SECONDS * 1000);
  const [rateLimits, signInTokens] = await Promise.all([
    prisma.rateLimit.deleteMany({ where: { windowStart: { lt: windowsOver } } }),
    prisma.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
  ]);
  return { rateLimits: rateLimits.count, signInTokens: signInTokens.count };
}

export const expiredRowsJob: PeriodicJob<PrismaClient> = {
  name: EXPIRED_ROWS_JOB,
  everyMs: 3_600_000,
  async run(prisma) {
    await deleteExpiredRows(prisma);
  },
};
