// Types of page-cache.mjs, for the TypeScript code and tests that import it.
import type { IncomingMessage, ServerResponse } from "node:http";

export type RenderedPage = { status: number; headers: Record<string, string | string[] | undefined>; html: string };
export type Render = (key: string, options?: { notFoundPath?: string }) => Promise<RenderedPage>;
export type PublicPage = { name: string; pattern: RegExp; params: string[]; freshMs: number };

export const NOT_FOUND_PAGE: string;
export const FILL_HEADER: string;
export const NOT_FOUND_PATH_HEADER: string;
export const PUBLIC_PAGES: PublicPage[];
export const PUBLIC_CACHE_CONTROL: string;
export function cacheKey(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): { key: string; page: PublicPage; searched: boolean } | null;
export function chooseEncoding(acceptEncoding?: string): "br" | "gzip" | "identity";
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean;
export class SizeBoundedLru {
  constructor(maxBytes: number);
  map: Map<string, unknown>;
  get(key: string): unknown;
  set(key: string, entry: unknown): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}
export function loopbackRenderer(options: { port: number; host?: string; secret: string; timeoutMs?: number }): Render;
export function createPageCache(options: { render: Render; secret?: string; maxBytes?: number; now?: () => number }): {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  invalidate(): void;
  secret: string;
  stats: { hits: number; fills: number; stale: number; bypass: number };
  readonly size: number;
};
