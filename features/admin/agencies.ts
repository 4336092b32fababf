import { z } from "@/lib/validation";
import { DEFAULT_WEEKLY_HOURS } from "../catalog/content";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password";
import { ROLES } from "../auth/roles";
import { ensureNationalHolidays } from "../sla/calendar-store";
import { ConflictError, UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit/record";

/**
 * Platform administration: agencies (the Diskominfo offices on the platform) and who holds which
 * role in them. A new agency starts with the Perpres working hours and the national holidays.
 */
export const agencySchema = z.object({
  slug: z
    .string({ error: "Isi slug." })
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Slug hanya huruf kecil, angka dan tanda hubung, mis. kota-ternate." })
    .max(60),
  code: z
    .string({ error: "Isi kode." })
    .trim()
    .regex(/^[A-Z]{2,6}$/, { error: "Kode 2–6 huruf kapital, mis. TTE." }),
  name: z.string({ error: "Isi nama resmi." }).trim().min(10, { error: "Nama resmi minimal 10 karakter." }).max(200),
  shortName: z.string({ error: "Isi nama singkat." }).trim().min(3, { error: "Nama singkat minimal 3 karakter." }).max(80),
  level: z.enum(["PROVINSI", "KABUPATEN", "KOTA"], { error: "Pilih tingkat pemerintahan." }),
  region: z.string({ error: "Isi wilayah." }).trim().min(3, { error: "Isi wilayah, mis. Kota Ternate." }).max(120),
  province: z.string({ error: "Isi provinsi." }).trim().min(3, { error: "Isi provinsi." }).max(120),
  timeZone: z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"], { error: "Pilih zona waktu WIB, WITA atau WIT." }),
  domain: z
    .union([
      z
        .string()
        .trim()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: "Domain tidak valid, mis. ternatekota.go.id." }),
      z.literal("").transform(() => undefined),
    ])
    .optional(),
});

export async function createAgency(prisma: PrismaClient, actor: { id: string; name: string }, input: z.output<typeof agencySchema>) {
  const clash = await prisma.agency.findFirst({
    where: { OR: [{ slug: input.slug }, { code: input.code }] },
    select: { slug: true, code: true },
  });
  if (clash)
    throw new ConflictError(clash.slug === input.slug ? `Slug “${input.slug}” sudah dipakai.` : `Kode “${input.code}” sudah dipakai.`);
  const agency = await prisma.$transaction(async (tx) => {
    const a = await tx.agency.create({ data: { ...input, domain: input.domain ?? null, workingHours: DEFAULT_WEEKLY_HOURS } });
    await recordAudit(tx, {
      agencyId: a.id,
      actor: actor,
      action: "AGENCY_CREATED",
      entity: "Agency",
      entityId: a.id,
      after: input,
    });
    return a;
  });
  await ensureNationalHolidays(prisma);
  return agency;
}

export const membershipSchema = z.object({
  agencyId: z.uuid(),
  email: z.email({ error: "Isi alamat email yang valid." }).trim().toLowerCase(),
  name: z.string().trim().max(120).optional(),
  role: z.enum(ROLES, { error: "Pilih peran." }),
  title: z.string().trim().max(200).optional(),
  initialPassword: z
    .union([
      z
        .string()
        .min(MIN_PASSWORD_LENGTH, { error: `Kata sandi awal minimal ${MIN_PASSWORD_LENGTH} karakter.` })
        .max(200),
      z.literal("").transform(() => undefined),
    ])
    .optional(),
});

/** Grants a role in an agency; creates the staff account (with an initial password) when the e-mail is new. */
export async function grantRole(prisma: PrismaClient, actor: { id: string; name: string }, input: z.output<typeof membershipSchema>) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!existing && (!input.name || input.name.length < 3))
    throw new UserError("Akun baru: isi nama lengkap.", { name: ["Isi nama lengkap."] });
  if (!existing && !input.initialPassword)
    throw new UserError("Akun baru: isi kata sandi awal (petugas masuk dengan kata sandi).", { initialPassword: ["Isi kata sandi awal."] });
  const passwordHash = existing ? null : await hashPassword(input.initialPassword!);
  return prisma.$transaction(async (tx) => {
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.email, name: input.name!, passwordHash, emailVerified: new Date() },
        select: { id: true },
      }));
    const m = await tx.membership.upsert({
      where: { userId_agencyId_role: { userId: user.id, agencyId: input.agencyId, role: input.role } },
      create: { userId: user.id, agencyId: input.agencyId, role: input.role, title: input.title || null },
      update: { title: input.title || null },
    });
    await recordAudit(tx, {
      agencyId: input.agencyId,
      actor: actor,
      action: "ROLE_GRANTED",
      entity: "Membership",
      entityId: m.id,
      after: { email: input.email, role: input.role, title: input.title ?? null },
    });
    return m;
  });
}

export const revokeSchema = z.object({ agencyId: z.uuid(), membershipId: z.uuid() });

export async function revokeRole(
  prisma: PrismaClient,
  actor: { id: string; name: string },
  input: { agencyId: string; membershipId: string },
) {
  await prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({
      where: { id: input.membershipId, agencyId: input.agencyId },
      include: { user: { select: { email: true } } },
    });
    if (!m) throw new UserError("Peran tidak ditemukan pada instansi ini.");
    await tx.membership.delete({ where: { id: m.id } });
    await recordAudit(tx, {
      agencyId: input.agencyId,
      actor: actor,
      action: "ROLE_REVOKED",
      entity: "Membership",
      entityId: m.id,
      before: { email: m.user.email, role: m.role },
    });
  });
}

/** How many years after closing a request's personal data is kept (the agency's archive retention schedule). */
export const RETENTION_LIMITS = { min: 1, max: 30 } as const;
export const retentionSchema = z.object({
  agencyId: z.uuid(),
  retentionYears: z.coerce
    .number({ error: "Isi masa retensi dalam tahun." })
    .int({ error: "Masa retensi dalam tahun penuh." })
    .min(RETENTION_LIMITS.min, { error: `Masa retensi paling sedikit ${RETENTION_LIMITS.min} tahun.` })
    .max(RETENTION_LIMITS.max, { error: `Masa retensi paling lama ${RETENTION_LIMITS.max} tahun.` }),
});

export async function setRetentionYears(
  prisma: PrismaClient,
  actor: { id: string; name: string },
  input: z.output<typeof retentionSchema>,
) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.agency.findUniqueOrThrow({ where: { id: input.agencyId }, select: { retentionYears: true } });
    await tx.agency.update({ where: { id: input.agencyId }, data: { retentionYears: input.retentionYears } });
    await recordAudit(tx, {
      agencyId: input.agencyId,
      actor,
      action: "RETENTION_CHANGED",
      entity: "Agency",
      entityId: input.agencyId,
      before: { retentionYears: before.retentionYears },
      after: { retentionYears: input.retentionYears },
    });
  });
}
