import type { Principal } from "../auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deskAgencies } from "./desk-queries";

/**
 * The Plh/Plt page: per agency of the principal, the colleagues who can be named substitute and
 * the appointments still running or to come in which the principal is the official or the
 * substitute, with the names the list prints.
 */
export async function loadDelegationPage(prisma: PrismaClient, principal: Principal, now = new Date()) {
  const agencies = await deskAgencies(prisma, principal);
  const ids = agencies.map((a) => a.id);
  const [members, delegations] = await Promise.all([
    prisma.membership.findMany({
      where: { agencyId: { in: ids }, userId: { not: principal.id } },
      distinct: ["agencyId", "userId"],
      orderBy: [{ agencyId: "asc" }, { user: { name: "asc" } }],
      select: { agencyId: true, title: true, user: { select: { id: true, name: true } } },
    }),
    prisma.delegation.findMany({
      where: { agencyId: { in: ids }, endsAt: { gt: now }, OR: [{ officialId: principal.id }, { substituteId: principal.id }] },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        agencyId: true,
        kind: true,
        officialId: true,
        substituteId: true,
        postTitle: true,
        appointedByName: true,
        startsAt: true,
        endsAt: true,
        reason: true,
      },
    }),
  ]);
  return agencies.map((agency) => {
    const colleagues = members.filter((m) => m.agencyId === agency.id);
    const names = new Map(colleagues.map((c) => [c.user.id, c.user.name]));
    names.set(principal.id, principal.name);
    return {
      agency,
      /** The principal, the official a Plh is most often named for. */
      self: { id: principal.id, name: principal.name },
      colleagues: colleagues.map((c) => ({ id: c.user.id, name: c.user.name, title: c.title })),
      delegations: delegations
        .filter((d) => d.agencyId === agency.id)
        .map((d) => ({
          id: d.id,
          kind: d.kind,
          substituteName: names.get(d.substituteId) ?? "",
          // A Plt for a vacant post names the post instead of an official.
          onBehalfOf: d.officialId ? (names.get(d.officialId) ?? "") : (d.postTitle ?? "jabatan kosong"),
          postTitle: d.postTitle,
          appointedByName: d.appointedByName,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          reason: d.reason,
        })),
    };
  });
}

export type DelegationPageAgency = Awaited<ReturnType<typeof loadDelegationPage>>[number];
