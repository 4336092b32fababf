/**
 * The security headers of every response, as pure functions of the configuration (unit-tested;
 * applied by proxy.ts for pages and by scripts/server.mjs for HSTS on everything).
 *
 * The Content-Security-Policy allows scripts only with the per-request nonce ('strict-dynamic' lets
 * Next.js's own chunks load the rest), styles only from the site itself or with the nonce, no
 * plugins, no framing, forms posting only to the site. Development adds 'unsafe-eval', which React's
 * development build needs for its stack traces.
 */
export function contentSecurityPolicy({
  nonce,
  development = false,
  https = false,
}: {
  nonce: string;
  development?: boolean;
  /** Served over https: ask the browser to upgrade any stray http:// subresource. */
  https?: boolean;
}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only when the portal's public origin is https (a plain-http deployment must stay reachable). */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/** True when a path's percent-encoding cannot be decoded (e.g. `/%C0%AF`): such a URL names no page. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
