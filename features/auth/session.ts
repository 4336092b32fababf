import "server-only";
import { getServerSession } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cookiePolicy } from "./cookies";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";
import type { Principal, Role } from "./roles";
import { authSecret } from "./secret";
import { tokenSessionVersion } from "./session-version";

/**
 * The one session helper the rest of the code calls. Roles are read from the database on every
 * request (not trusted from the cookie), so a revoked role or a disabled account takes effect at
 * once. A session whose version is behind the account's (signed out elsewhere, password changed)
 * is no session.
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sv?: unknown } | undefined;
  const id = claims?.id;
  if (!id) return null;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  // One round trip: the user and every membership (this runs on every signed-in request).
  const rows = await (
    await db()
  ).$queryRaw<
    {
      id: string;
      email: string;
      name: string;
      isPlatformAdmin: boolean;
      disabled: boolean;
      sessionVersion: number;
      memberships: { agencyId: string; role: Role }[];
    }[]
  >`
    SELECT u."id", u."email", u."name", u."isPlatformAdmin", u."disabledAt" IS NOT NULL AS "disabled", u."sessionVersion",
      COALESCE(json_agg(json_build_object('agencyId', m."agencyId", 'role', m."role")) FILTER (WHERE m."id" IS NOT NULL), '[]') AS "memberships"
    FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u."id"
    WHERE u."id" = ${id}::uuid
    GROUP BY u."id"`;
  const user = rows[0];
  if (!user || user.disabled || user.sessionVersion !== tokenSessionVersion(claims.sv)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: user.memberships,
  };
});

/**
 * After this device ended every session (a password change), it carries on with the new version:
 * its own session cookie is re-issued, every other device's stays behind and is signed out.
 */
export async function renewCurrentSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const policy = cookiePolicy(env().appUrl);
  const current = jar.get(policy.sessionTokenName)?.value;
  if (!current) return;
  const secret = authSecret();
  const token = await decode({ token: current, secret });
  if (!token) return;
  const renewed = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(policy.sessionTokenName, renewed, { ...policy.attributes, maxAge: SESSION_MAX_AGE_SECONDS });
}
