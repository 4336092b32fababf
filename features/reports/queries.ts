import "server-only";
import { db } from "@/lib/db";
import { type PublicPerformance, publicPerformance } from "./public-performance";

/**
 * The public performance page reads from a per-process cache: anyone can load it, and the figures
 * (a year's aggregates) do not need to be fresher than a minute. A failed load is not cached.
 */
const PUBLIC_TTL_MS = 60_000;

const holder = globalThis as unknown as {
  __loketPublicPerformance?: Map<string, { loadedAt: number; value: Promise<PublicPerformance> }>;
};

export async function getPublicPerformance(agency: { id: string; timeZone: string }): Promise<PublicPerformance> {
  const cache = (holder.__loketPublicPerformance ??= new Map());
  const hit = cache.get(agency.id);
  if (hit && Date.now() - hit.loadedAt < PUBLIC_TTL_MS) return hit.value;
  const value = db().then((prisma) => publicPerformance(prisma, agency));
  cache.set(agency.id, { loadedAt: Date.now(), value });
  value.catch(() => {
    if (cache.get(agency.id)?.value === value) cache.delete(agency.id);
  });
  return value;
}
