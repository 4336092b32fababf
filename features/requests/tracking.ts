import "server-only";
import { headers } from "next/headers";
import { consumeRateLimit, isRateLimited } from "../auth/rate-limit";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { parseRegistrationNumber } from "./numbering";
import { trackRequest } from "./queries";

/**
 * The code is a secret, so guessing is throttled twice: lookups per client address, and failed
 * lookups per registration number (from any number of addresses, so a botnet cannot walk one
 * number's codes either).
 */
const LOOKUPS_PER_ADDRESS = { limit: 30, windowSeconds: 10 * 60 };
const FAILURES_PER_NUMBER = { limit: 10, windowSeconds: 15 * 60 };

export type TrackingOutcome =
  | { kind: "empty" }
  | { kind: "limited"; minutes: number }
  | { kind: "not-found" }
  | { kind: "found"; request: NonNullable<Awaited<ReturnType<typeof trackRequest>>> };

const limited = (retryAfterSeconds: number): TrackingOutcome => ({ kind: "limited", minutes: Math.ceil(retryAfterSeconds / 60) });

export async function lookUpTracking(number: string, code: string): Promise<TrackingOutcome> {
  if (!number.trim() || !code.trim()) return { kind: "empty" };
  const prisma = await db();
  const client = clientAddress(await headers());
  const byAddress = await consumeRateLimit(prisma, `track:address:${client}`, LOOKUPS_PER_ADDRESS.limit, LOOKUPS_PER_ADDRESS.windowSeconds);
  if (!byAddress.allowed) {
    logger.warn("tracking lookup refused", { reason: "address-limit", clientAddress: client });
    return limited(byAddress.retryAfterSeconds);
  }
  const parsed = parseRegistrationNumber(number.slice(0, 40));
  // One bucket per number however it is typed (case, spaces); a number that cannot exist has none.
  const numberKey = parsed && `track:number:${parsed.agencyCode}-${parsed.year}-${parsed.sequence}`;
  if (numberKey) {
    const byNumber = await isRateLimited(prisma, numberKey, FAILURES_PER_NUMBER.limit, FAILURES_PER_NUMBER.windowSeconds);
    if (!byNumber.allowed) {
      logger.warn("tracking lookup refused", { reason: "number-limit", clientAddress: client });
      return limited(byNumber.retryAfterSeconds);
    }
  }
  const request = await trackRequest(prisma, number.slice(0, 40), code.slice(0, 20));
  if (request) return { kind: "found", request };
  if (numberKey) await consumeRateLimit(prisma, numberKey, FAILURES_PER_NUMBER.limit, FAILURES_PER_NUMBER.windowSeconds);
  return { kind: "not-found" };
}
