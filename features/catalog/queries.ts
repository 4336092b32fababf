import "server-only";
import { db } from "@/lib/db";
import { loadCatalog } from "./load";
import type { Catalog } from "./snapshot";

/**
 * The public catalog, cached in the process. Catalog pages render from memory (no query on the
 * request path); a change made by an admin is forgotten at once in this process and, through
 * PostgreSQL's NOTIFY, in the others (./invalidation.ts); CATALOG_TTL_MS bounds what a missed
 * notice costs. See docs/decisions/003-catalog-cache.md and 017-public-page-cache.md.
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

/** The catalog changed: forget it in every process, with the cached public pages (./invalidation.ts). */
export { catalogChanged as invalidateCatalog } from "./invalidation";
