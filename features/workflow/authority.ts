import type { Principal, Role } from "../auth/roles";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Stage } from "../lifecycle";

/**
 * Who may act on a request's current stage: the one rule used by the desk's commands (may this
 * officer act?) AND by the queues (what waits for this officer?), so a Plh/Plt sees exactly the
 * work they may do.
 *
 * - the platform admin and the agency admin act on any stage, in their own name;
 * - a holder of the stage's role, while the stage is unassigned or assigned to them;
 * - an active substitute (Plh/Plt) of an official, wherever that official could act: stages of
 *   the official's role (or the post named in the delegation) that are unassigned or assigned to
 *   the official;
 * - a Plt for a vacant post: unassigned stages of that post's role.
 */
type Db = PrismaClient | Prisma.TransactionClient;

export interface ActiveDelegation {
  kind: "PLH" | "PLT";
  /** The official replaced; null for a vacant post. */
  official: { id: string; name: string; roles: Role[] } | null;
  /** The post filled, when the delegation names one. */
  role: Role | null;
  postTitle: string | null;
}

/** One way of acting: on stages of `role`, assigned to one of `assignees` (null = unassigned). */
export interface Grant {
  role: Role;
  assignees: (string | null)[];
  substitute: { kind: "PLH" | "PLT"; official: { id: string; name: string } | null; postTitle: string | null } | null;
}

export interface Authority {
  /** Admins act on every stage. */
  all: boolean;
  grants: Grant[];
}

export function authorityOf(principal: Principal, agencyId: string, delegations: readonly ActiveDelegation[]): Authority {
  const roles = principal.memberships.filter((m) => m.agencyId === agencyId).map((m) => m.role);
  const all = principal.isPlatformAdmin || roles.includes("ADMIN");
  const own: Grant[] = roles.filter((r) => r !== "ADMIN").map((role) => ({ role, assignees: [null, principal.id], substitute: null }));
  const substitute: Grant[] = delegations.flatMap((d) => {
    const posts = d.role ? [d.role] : (d.official?.roles ?? []);
    const official = d.official ? { id: d.official.id, name: d.official.name } : null;
    return posts
      .filter((role) => role !== "ADMIN")
      .map((role) => ({
        role,
        assignees: official ? [null, official.id] : [null],
        substitute: { kind: d.kind, official, postTitle: d.postTitle },
      }));
  });
  return { all, grants: [...own, ...substitute] };
}

export type ActingAs = { kind: "self" } | { kind: "substitute"; grant: Grant };

/** How the principal may act on a stage in its current assignment, or null when they may not. */
export function actingAs(authority: Authority, stage: Pick<Stage, "role">, assigneeId: string | null): ActingAs | null {
  const grant = authority.grants.find((g) => g.role === stage.role && g.assignees.includes(assigneeId));
  if (grant && !grant.substitute) return { kind: "self" };
  if (authority.all) return { kind: "self" };
  return grant ? { kind: "substitute", grant } : null;
}

/** The queue condition for "may act on": open requests at a stage the authority covers. */
export function actionableWhere(
  authority: Authority,
  stages: readonly { serviceId: string; position: number; role: Role }[],
): Prisma.ServiceRequestWhereInput {
  if (authority.all) return { stagePosition: { not: null } };
  const or: Prisma.ServiceRequestWhereInput[] = [];
  for (const g of authority.grants) {
    const people = g.assignees.filter((a): a is string => a !== null);
    const assignee: Prisma.ServiceRequestWhereInput = g.assignees.includes(null)
      ? { OR: [{ assigneeId: null }, ...(people.length ? [{ assigneeId: { in: people } }] : [])] }
      : { assigneeId: { in: people } };
    for (const s of stages) if (s.role === g.role) or.push({ serviceId: s.serviceId, stagePosition: s.position, ...assignee });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** Delegations in which the principal stands in for someone in the agency now, with the officials' roles. */
export async function activeDelegations(prisma: Db, principalId: string, agencyId: string, now: Date): Promise<ActiveDelegation[]> {
  const rows = await prisma.delegation.findMany({
    where: { agencyId, substituteId: principalId, startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { kind: true, officialId: true, role: true, postTitle: true },
  });
  const officialIds = rows.flatMap((r) => (r.officialId ? [r.officialId] : []));
  const members = officialIds.length
    ? await prisma.membership.findMany({
        where: { agencyId, userId: { in: officialIds } },
        select: { userId: true, role: true, user: { select: { name: true } } },
      })
    : [];
  return rows.map((r) => {
    const mine = members.filter((m) => m.userId === r.officialId);
    return {
      kind: r.kind,
      official: r.officialId ? { id: r.officialId, name: mine[0]?.user.name ?? "", roles: mine.map((m) => m.role) } : null,
      role: r.role,
      postTitle: r.postTitle,
    };
  });
}

export async function loadAuthority(prisma: Db, principal: Principal, agencyId: string, now = new Date()): Promise<Authority> {
  return authorityOf(principal, agencyId, await activeDelegations(prisma, principal.id, agencyId, now));
}
