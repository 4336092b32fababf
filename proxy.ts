import { type NextRequest, NextResponse } from "next/server";

/**
 * Request plumbing only (never authorization): passes the requested path and a request id to
 * server components, so the 404 page can suggest what the visitor meant and logs can be joined.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-loket-path", request.nextUrl.pathname);
  if (!headers.has("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: API routes make their own request ids and need no path header.
  matcher: ["/((?!_next/|favicon.ico|icon.svg|api/).*)"],
};
