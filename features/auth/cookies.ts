/**
 * Cookie policy from the public origin: over https every cookie is `Secure`, with next-auth's
 * `__Secure-` / `__Host-` name prefixes (browsers then refuse them over http or from a subdomain).
 * The one place that decides it, for next-auth's options and for cookies we set ourselves.
 */
export function cookiePolicy(appUrl: string) {
  const secure = new URL(appUrl).protocol === "https:";
  return {
    secure,
    /** next-auth v4's session cookie name for this policy. */
    sessionTokenName: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    /** Attributes for any cookie of ours that must not be read by scripts. */
    attributes: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
