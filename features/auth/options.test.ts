import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { cookiePolicy } from "./cookies";
import { buildAuthOptions } from "./options";

/** Cookies are `Secure` (with next-auth's __Secure-/__Host- prefixes) whenever the portal is served over https. */
const SECRET = "s".repeat(40);
const optionsFor = (APP_URL: string) => buildAuthOptions(loadEnv({ NODE_ENV: "production", APP_URL, AUTH_SECRET: SECRET }));

describe("auth options: cookie policy", () => {
  it("uses secure cookies when APP_URL is https", () => {
    expect(optionsFor("https://loket.bulungan.go.id").useSecureCookies).toBe(true);
    expect(cookiePolicy("https://loket.bulungan.go.id")).toMatchObject({
      secure: true,
      sessionTokenName: "__Secure-next-auth.session-token",
      attributes: { secure: true, httpOnly: true },
    });
  });

  it("keeps plain cookies on http (a local machine), where a browser would drop Secure ones", () => {
    expect(optionsFor("http://localhost:3000").useSecureCookies).toBe(false);
    expect(cookiePolicy("http://127.0.0.1:3312")).toMatchObject({ secure: false, sessionTokenName: "next-auth.session-token" });
  });
});
