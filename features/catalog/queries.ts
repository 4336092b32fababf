import "server-only";
import { db } from "@/lib/db";
import { loadCatalog } from "./load";
import type { Catalog } from "./snapshot";

/**
 * The public catalog, cached in the process. Catalog pages render from memory (no query on the
 * request path); a change made by an admin in this process invalidates at once, and other
 * processes see it within CATALOG_TTL_MS. See docs/decisions/003-catalog-cache.md.
 */
const CATALOG_TTL_MS = 30_000;

const holder = globalThis as unknown as {
  __loketCatalog?: { loadedAt: number; value: Promise<Catalog> };
};

export async function getCatalog(): Promise<Catalog> {
  const current = holder.__loketCatalog;
  if (current && Date.now() - current.loadedAt < CATALOG_TTL_MS) return current.value;
  const value = db().then(loadCatalog);
  holder.__loketCatalog = { loadedAt: Date.now(), value };
  value.catch(() => {
    if (holder.__loketCatalog?.value === value) holder.__loketCatalog = undefined;
  });
  // While a refresh loads, keep serving the previous snapshot.
  if (current) return current.value;
  return value;
}

export function invalidateCatalog(): void {
  holder.__loketCatalog = undefined;
}
