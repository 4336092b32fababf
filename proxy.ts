import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, isMalformedPath, newNonce, strictTransportSecurity } from "@/lib/security-headers";

/**
 * Request plumbing only (never authorization):
 * - a URL whose percent-encoding cannot be decoded names no page: it is answered as "not found"
 *   (the router would otherwise fail on it with a 500);
 * - every page gets a Content-Security-Policy with a fresh nonce; Next.js reads the nonce from the
 *   request's copy of the header and puts it on its own scripts, the root layout on ours;
 * - HSTS when the public origin (APP_URL) is https (on pages, which is where browsers learn it);
 * - the requested path goes to server components, so that the 404 page can suggest what the
 *   visitor meant and the portal can return the visitor there after signing in (for the page
 *   cache's 404 fills, the path the 404 stands for).
 */
export function proxy(request: NextRequest) {
  return withTransportSecurity(route(request));
}

function route(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) {
    return NextResponse.rewrite(new URL("/_tidak-ditemukan", request.url), { request: { headers: pageHeaders(request, "") } });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    development: env().NODE_ENV === "development",
    https: env().appUrl.startsWith("https://"),
  });
  const headers = pageHeaders(request, notFoundPathOfFill(request) ?? pathname);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** HSTS on every page and API answer when the public origin is https. */
function withTransportSecurity(response: NextResponse): NextResponse {
  const hsts = strictTransportSecurity(env().appUrl);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

/**
 * The page cache of the production server renders the 404 page of an unknown catalog slug at a path
 * no route has (lib/http/page-cache.mjs), naming the slug's path in a header. Believed only from
 * the server itself (the fill carries the server's secret); anyone else's header is ignored.
 */
function notFoundPathOfFill(request: NextRequest): string | null {
  const secret = env().LOKET_PAGE_FILL_SECRET;
  const path = request.headers.get("x-loket-not-found-path");
  if (!secret || !path || request.headers.get("x-loket-page-fill") !== secret) return null;
  return path.startsWith("/") ? path : null;
}

function pageHeaders(request: NextRequest, path: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-loket-path", path);
  return headers;
}

export const config = {
  // Pages only. Not API routes: a proxy in front of a route handler makes Next.js buffer the request
  // body (an upload) so that both could read it, which defeats the streaming size limit. Malformed
  // API URLs are answered by scripts/server.mjs.
  matcher: ["/((?!_next/|favicon.ico|icon.svg|api/).*)"],
};
