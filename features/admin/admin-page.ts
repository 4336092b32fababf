import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The "Instansi dan peran" page: platform admins see every agency (and may add one), agency
 * admins see the agencies they administer, each with who holds which role. Anyone else sees none.
 */
export async function loadAgencyAdminPage(prisma: PrismaClient, principal: Principal) {
  const adminOf = principal.memberships.filter((m) => m.role === "ADMIN").map((m) => m.agencyId);
  const agencies =
    principal.isPlatformAdmin || adminOf.length > 0
      ? await prisma.agency.findMany({
          where: principal.isPlatformAdmin ? {} : { id: { in: adminOf } },
          orderBy: { name: "asc" },
          select: {
            id: true,
            name: true,
            code: true,
            slug: true,
            timeZone: true,
            retentionYears: true,
            members: {
              orderBy: [{ role: "asc" }],
              select: { id: true, role: true, title: true, user: { select: { name: true, email: true } } },
            },
          },
        })
      : [];
  return { canCreateAgency: principal.isPlatformAdmin, agencies };
}

export type AgencyAdminPage = Awaited<ReturnType<typeof loadAgencyAdminPage>>;
