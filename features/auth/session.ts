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
  const user = await (await db()).user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      disabledAt: true,
      memberships: { select: { agencyId: true, role: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: user.memberships.map((m) => ({ agencyId: m.agencyId, role: m.role as Role })),
  };
});
