import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The server-side half of a session: the JWT carries the account's `sessionVersion` from sign-in
 * and getPrincipal() compares it with the row on every request. Bumping the version ends every
 * session of the account, on every device, at once.
 */
export async function readSessionVersion(prisma: PrismaClient, userId: string): Promise<number> {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? 0;
}

export async function endAllSessions(prisma: PrismaClient, userId: string): Promise<number> {
  const rows = await prisma.user.updateManyAndReturn({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return rows[0]?.sessionVersion ?? 0;
}

/** Tokens issued before versions existed carry none: they count as version 0. */
export function tokenSessionVersion(claim: unknown): number {
  return typeof claim === "number" && Number.isInteger(claim) ? claim : 0;
}
