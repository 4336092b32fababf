import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Principal } from "./roles";

/** The account page: who is signed in, whether they already have a password, and whether they may delete the account themselves (applicants only). */
export async function loadAccountPage(prisma: PrismaClient, principal: Principal) {
  const user = await prisma.user.findUnique({ where: { id: principal.id }, select: { passwordHash: true } });
  return {
    name: principal.name,
    email: principal.email,
    hasPassword: Boolean(user?.passwordHash),
    isApplicantOnly: !principal.isPlatformAdmin && principal.memberships.length === 0,
  };
}
