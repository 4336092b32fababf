import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in PostgreSQL (one atomic upsert), so every app process shares it.
 * `key` should name the action and the subject, e.g. `signin:email:ani@x.go.id`.
 */
export async function consumeRateLimit(prisma: PrismaClient, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  if (windowSeconds > RATE_LIMIT_LONGEST_WINDOW_SECONDS)
    throw new Error(`rate-limit window ${windowSeconds}s is longer than the cleanup keeps`);
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                     THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const elapsed = (Date.now() - new Date(row.windowStart).getTime()) / 1000;
  return {
    allowed: row.count <= limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)),
  };
}

/** Whether `key` is over `limit` in its current window, without counting this look. */
export async function isRateLimited(prisma: PrismaClient, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const row = await prisma.rateLimit.findUnique({ where: { key }, select: { count: true, windowStart: true } });
  const elapsed = row ? (Date.now() - row.windowStart.getTime()) / 1000 : windowSeconds;
  const count = row && elapsed < windowSeconds ? row.count : 0;
  return { allowed: count < limit, count, retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)) };
}

export async function clearRateLimit(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}

/**
 * No limit counts over a longer window than this: a row whose window began earlier is over and is
 * deleted by the expired-rows job (features/jobs/expired-rows.ts). `consumeRateLimit` refuses longer windows.
 */
export const RATE_LIMIT_LONGEST_WINDOW_SECONDS = 24 * 3600;
