import "server-only";
import { headers } from "next/headers";
import { consumeRateLimit } from "../auth/rate-limit";
import { db } from "@/lib/db";
import { trackRequest } from "./queries";

/** Lookups per client address per window: the code is a secret, so guessing is throttled. */
const LOOKUPS = { limit: 30, windowSeconds: 10 * 60 };

export type TrackingOutcome =
  | { kind: "empty" }
  | { kind: "limited"; minutes: number }
  | { kind: "not-found" }
  | { kind: "found"; request: NonNullable<Awaited<ReturnType<typeof trackRequest>>> };

export async function lookUpTracking(number: string, code: string): Promise<TrackingOutcome> {
  if (!number.trim() || !code.trim()) return { kind: "empty" };
  const prisma = await db();
  const h = await headers();
  const client = (h.get("x-forwarded-for") ?? "").split(",")[0]!.trim() || h.get("x-real-ip") || "local";
  const limit = await consumeRateLimit(prisma, `track:${client}`, LOOKUPS.limit, LOOKUPS.windowSeconds);
  if (!limit.allowed) return { kind: "limited", minutes: Math.ceil(limit.retryAfterSeconds / 60) };
  const request = await trackRequest(prisma, number.slice(0, 40), code.slice(0, 20));
  return request ? { kind: "found", request } : { kind: "not-found" };
}
