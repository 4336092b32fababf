import type { Principal, Role } from "../../features/auth/roles";
import type { PrismaClient } from "../../lib/generated/prisma/client";

/** The principal the session helper would build for a user, by e-mail. */
export async function principalOf(prisma: PrismaClient, email: string): Promise<Principal> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, memberships: { select: { agencyId: true, role: true } } },
  });
  return { ...u, memberships: u.memberships.map((m) => ({ agencyId: m.agencyId, role: m.role as Role })) };
}
