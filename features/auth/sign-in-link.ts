import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Who may sign in with an e-mailed link: applicants (and new addresses, which become applicant
 * accounts). Staff sign in with a password: a link could be read from a shared office mailbox.
 */
export type LinkAccess = "applicant" | "staff" | "disabled";

export async function linkAccessOf(prisma: PrismaClient, address: string): Promise<LinkAccess> {
  const user = await prisma.user.findUnique({
    where: { email: address.toLowerCase() },
    select: { disabledAt: true, isPlatformAdmin: true, _count: { select: { memberships: true } } },
  });
  if (user?.disabledAt) return "disabled";
  if (user && (user.isPlatformAdmin || user._count.memberships > 0)) return "staff";
  return "applicant";
}
