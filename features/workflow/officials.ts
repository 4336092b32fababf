import type { Role } from "../auth/roles";
import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "./transition";

/** The officials a desk command names: they must hold the role in the request's agency. */
export async function ensureHolds(db: PrismaClient | Tx, agencyId: string, userId: string, role: Role, field: string) {
  const m = await db.membership.findFirst({ where: { agencyId, userId, role }, select: { id: true } });
  if (!m)
    throw new UserError("Pejabat yang dipilih tidak memegang peran tahap berikutnya di instansi ini.", {
      [field]: ["Pilih pejabat dari daftar."],
    });
}

export async function officialOf(db: PrismaClient | Tx, agencyId: string, userId: string, role: Role) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, memberships: { where: { agencyId }, select: { role: true, title: true } } },
  });
  const m = user.memberships.find((x) => x.role === role) ?? user.memberships[0];
  return { id: user.id, name: user.name, title: m?.title ?? role };
}
