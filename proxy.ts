import { type NextRequest, NextResponse } from "next/server";

/**
 * Request plumbing only (never authorization): passes the requested path to server components, so
 * that the 404 page can suggest what the visitor meant and the portal can return the visitor there
 * after signing in. (Request ids are made where errors are logged: the guarded entry points.)
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-loket-path", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: API routes need no path header.
  matcher: ["/((?!_next/|favicon.ico|icon.svg|api/).*)"],
};
