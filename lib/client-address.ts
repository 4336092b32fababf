import { CLIENT_ADDRESS_HEADER } from "./net/proxy-trust.mjs";

/** What `next dev` (which does not run scripts/server.mjs) reports: every visitor shares it. */
export const UNKNOWN_LOCAL_ADDRESS = "unknown-local";

type HeaderSource = Headers | { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/**
 * The client's address as the server resolved it from the socket (and trusted proxies only):
 * scripts/server.mjs replaces whatever the client sent in this header. X-Forwarded-For and friends
 * are never read here, so a client cannot choose its throttling bucket.
 */
export function clientAddress(headers: HeaderSource | null | undefined): string {
  if (!headers) return UNKNOWN_LOCAL_ADDRESS;
  const raw =
    typeof (headers as Headers).get === "function"
      ? (headers as Headers).get(CLIENT_ADDRESS_HEADER)
      : (headers as Record<string, string | string[] | undefined>)[CLIENT_ADDRESS_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value.slice(0, 64) : UNKNOWN_LOCAL_ADDRESS;
}
