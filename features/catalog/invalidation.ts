import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { onShutdown } from "@/lib/shutdown";

/**
 * When the public catalog changes, every process forgets what it derived from it: the catalog
 * snapshot (features/catalog/queries.ts) and the cached public pages of the production server
 * (lib/http/page-cache.mjs). This process forgets at once; the others hear it through PostgreSQL
 * (NOTIFY on `loket_catalog`, delivered when the change has committed). See decision 017.
 */
const CHANNEL = "loket_catalog";
const holder = globalThis as unknown as {
  __loketCatalog?: unknown;
  __loketPageCache?: { invalidate(): void } | null;
  __loketCatalogInstance?: string;
  __loketCatalogListener?: boolean;
};
const instance = (holder.__loketCatalogInstance ??= randomUUID());

/** Forgets the catalog snapshot and the cached public pages of this process. */
export function forgetCatalogHere(): void {
  holder.__loketCatalog = undefined;
  holder.__loketPageCache?.invalidate();
}

/** The catalog (or what public pages show of an agency) changed: forget it here and tell the other processes. */
export function catalogChanged(): void {
  forgetCatalogHere();
  void db()
    .then((prisma) => prisma.$executeRaw`SELECT pg_notify(${CHANNEL}, ${instance})`)
    .catch((error: unknown) => logger.warn("catalog change not announced", { error: (error as Error).message }));
}

/**
 * Listens for other processes' catalog changes (server mode; the embedded database has one
 * process). A lost connection is retried; on reconnecting everything is forgotten, since changes
 * may have been missed meanwhile.
 */
export function listenForCatalogChanges(): void {
  const url = env().DATABASE_URL;
  if (!url || holder.__loketCatalogListener) return;
  holder.__loketCatalogListener = true;
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 1000;
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url, application_name: "loket-catalog-listener" });
    next.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload !== instance) forgetCatalogHere();
    });
    next.on("error", () => {});
    next.on("end", () => {
      if (client === next) client = null;
      if (!stopped) setTimeout(connect, delay).unref();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (client === null && delay > 1000) forgetCatalogHere();
      client = next;
      delay = 1000;
    } catch (error) {
      logger.warn("catalog listener cannot connect; retrying", { error: (error as Error).message });
      delay = Math.min(delay * 2, 30_000);
      await next.end().catch(() => {});
    }
  };
  void connect();
  onShutdown(async () => {
    stopped = true;
    await client?.end().catch(() => {});
  });
}
