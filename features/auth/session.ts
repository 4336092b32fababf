import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Principal, Role } from "./roles";

/**
 * The one session helper the rest of the code calls. Roles are read from the database on every
 * request (not trusted from the cookie), so a revoked role or a disabled account takes effect at
 * once.
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
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
      memberships: { agencyId: string; role: Role }[];
    }[]
  >`
    SELECT u."id", u."email", u."name", u."isPlatformAdmin", u."disabledAt" IS NOT NULL AS "disabled",
      COALESCE(json_agg(json_build_object('agencyId', m."agencyId", 'role', m."role")) FILTER (WHERE m."id" IS NOT NULL), '[]') AS "memberships"
    FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u."id"
    WHERE u."id" = ${id}::uuid
    GROUP BY u."id"`;
  const user = rows[0];
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: user.memberships,
  };
});
