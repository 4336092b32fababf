import { isSuperiorOf, ROLE_NAMES, type Principal, type Role } from "../auth/roles";
import { notifyUsers } from "../notifications/notify";
import { ForbiddenError, UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime, localDateTimeToInstant } from "@/lib/time/zones";
import { recordAudit } from "../audit/record";

/**
 * Plh/Plt appointments. A substitute fills a post for a period: for an official who is away (Plh,
 * "yang digantikan" recorded) or for a vacant post (Plt, no official). Who may appoint:
 * - the official may name their own Plh while they are away;
 * - the official's superior in the chain (Kepala Dinas above Kepala Bidang above Sub Koordinator
 *   above petugas) or the agency admin may appoint a Plh or Plt for an official or a post;
 * - nobody appoints their own Plt, and a vacant post's Plt comes from the superior or the admin.
 */
const LEVEL_ORDER: readonly Role[] = ["KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN"];
/** The highest post among an official's roles (the one a substitute fills by default). */
const topPost = (roles: Role[]) => [...roles].sort((a, b) => ((LEVEL_ORDER.indexOf(a) + 9) % 9) - ((LEVEL_ORDER.indexOf(b) + 9) % 9))[0];

export interface DelegationInput {
  agencyId: string;
  substituteId: string;
  kind: "PLH" | "PLT";
  /** The official replaced; absent for a vacant post. */
  officialId?: string | null;
  /** The post filled; required for a vacant post, else the official's post in the chain. */
  role?: Role | null;
  /** Local date-times of the agency, "YYYY-MM-DDTHH:MM". */
  startsAt: string;
  endsAt: string;
  reason?: string | null;
}

export async function appointSubstitute(prisma: PrismaClient, principal: Principal, input: DelegationInput, now = new Date()) {
  const members = await prisma.membership.findMany({
    where: { agencyId: input.agencyId },
    select: { userId: true, role: true, title: true, user: { select: { name: true } } },
  });
  const rolesOf = (userId: string) => members.filter((m) => m.userId === userId).map((m) => m.role);
  const myRoles = rolesOf(principal.id);
  const isAdmin = principal.isPlatformAdmin || myRoles.includes("ADMIN");
  if (!isAdmin && myRoles.length === 0) throw new ForbiddenError("Hanya pejabat atau admin instansi ini yang dapat menunjuk pengganti.");

  const officialId = input.officialId || null;
  const officialRoles: Role[] = officialId ? rolesOf(officialId).filter((r) => r !== "ADMIN") : [];
  if (officialId && officialRoles.length === 0)
    throw new UserError("Pejabat yang digantikan harus pejabat instansi ini.", { officialId: ["Pilih dari daftar."] });
  const post: Role | undefined = input.role ?? topPost(officialRoles);
  if (!post) throw new UserError("Pilih jabatan yang diisi pengganti.", { role: ["Pilih jabatan."] });
  if (officialId && input.role && !(officialRoles as Role[]).includes(input.role)) {
    throw new UserError("Pejabat yang digantikan tidak memegang jabatan itu.", { role: ["Pilih jabatan pejabat yang digantikan."] });
  }

  const self = officialId === principal.id;
  if (
    !isAdmin &&
    !isSuperiorOf(
      myRoles.filter((r) => r !== "ADMIN"),
      post,
    )
  ) {
    if (!self) throw new ForbiddenError("Pengganti hanya dapat ditunjuk oleh pejabat yang digantikan, atasannya, atau admin instansi.");
    if (input.kind === "PLT") throw new ForbiddenError("Plt ditunjuk oleh atasan atau admin instansi, bukan oleh pejabat yang digantikan.");
  }
  if (!officialId && input.kind === "PLH")
    throw new UserError("Jabatan yang kosong diisi oleh Plt, bukan Plh.", { kind: ["Pilih Plt untuk jabatan yang kosong."] });
  if (input.substituteId === officialId)
    throw new UserError("Pengganti tidak boleh pejabat yang digantikan.", { substituteId: ["Pilih pejabat lain."] });
  const substitute = members.find((m) => m.userId === input.substituteId);
  if (!substitute) throw new UserError("Pengganti harus pegawai instansi yang sama.", { substituteId: ["Pilih dari daftar."] });

  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: input.agencyId }, select: { timeZone: true, name: true } });
  const startsAt = localDateTimeToInstant(input.startsAt, agency.timeZone);
  const endsAt = localDateTimeToInstant(input.endsAt, agency.timeZone);
  if (endsAt.getTime() <= now.getTime())
    throw new UserError("Masa penunjukan sudah lewat.", { endsAt: ["Tanggal selesai harus di masa depan."] });

  const official = officialId ? members.find((m) => m.userId === officialId && m.role === post) : null;
  const postTitle = official?.title ?? members.find((m) => m.role === post && m.title)?.title ?? ROLE_NAMES[post];
  const label = `${input.kind === "PLT" ? "Plt." : "Plh."} ${postTitle}`;
  const officialName = officialId ? members.find((m) => m.userId === officialId)!.user.name : null;
  const period = `${formatDateTime(startsAt, agency.timeZone)} sampai ${formatDateTime(endsAt, agency.timeZone)}`;

  await prisma.$transaction(async (tx) => {
    const d = await tx.delegation.create({
      data: {
        agencyId: input.agencyId,
        officialId,
        role: post,
        postTitle,
        substituteId: input.substituteId,
        kind: input.kind,
        startsAt,
        endsAt,
        reason: input.reason?.trim() || null,
        appointedById: principal.id,
        appointedByName: principal.name,
      },
    });
    await recordAudit(tx, {
      agencyId: input.agencyId,
      actor: principal,
      action: "DELEGATED",
      entity: "Delegation",
      entityId: d.id,
      after: {
        substituteId: input.substituteId,
        officialId,
        role: post,
        kind: input.kind,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
      },
    });
    const replaced = officialName ? `menggantikan ${officialName}` : "untuk jabatan yang kosong";
    await notifyUsers(tx, {
      agencyId: input.agencyId,
      userIds: [input.substituteId],
      message: `${principal.name} menunjuk Anda sebagai ${label} ${replaced}, ${period}.`,
      link: "/meja",
    });
    if (officialId && officialId !== principal.id) {
      await notifyUsers(tx, {
        agencyId: input.agencyId,
        userIds: [officialId],
        message: `${principal.name} menunjuk ${substitute.user.name} sebagai ${label} menggantikan Anda, ${period}.`,
        link: "/meja/pengganti",
      });
    }
  });
}
