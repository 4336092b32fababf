import type { z } from "@/lib/validation";
import type { DocumentStore } from "../documents/store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import { anonymizeRequestRows, CLOSED_STATUSES, type ErasureKind, removeFiles } from "./anonymize";
import { DELETION_REASONS, type deleteAccountSchema } from "./deletion-schema";

/**
 * An applicant's request to delete their account (UU 27/2022). What no retention rule requires is
 * removed: the profile (name, e-mail, phone, NIP/NIK, jabatan, dinas), the password, notifications,
 * mail and sign-in links. Closed requests past their agency's retention are anonymized now; those
 * still inside it stay with the agency as its archive record, detached from the person: the account
 * becomes a pseudonymous tombstone and the requests' e-mail address is replaced, so nothing reaches
 * or identifies the account any more; the retention job anonymizes them when their time is up
 * (docs/decisions/015-personal-data.md). Sessions end (disabled, session version bumped).
 */
export const STAFF_CANNOT_DELETE =
  "Akun petugas tidak dapat dihapus dari halaman ini: minta admin instansi mencabut peran Anda terlebih dahulu.";

/** The address a deleted account and its kept requests carry instead of the person's. */
export const erasedAddress = (userId: string) => `dihapus-${userId}@loket.invalid`;

export interface AccountErasure {
  requestsKept: number;
  requestsAnonymized: number;
}

export async function deleteOwnAccount(
  prisma: PrismaClient,
  store: DocumentStore,
  principal: { id: string; isPlatformAdmin: boolean; memberships: readonly unknown[] },
  input: z.output<typeof deleteAccountSchema>,
  options: { now?: Date } = {},
): Promise<AccountErasure> {
  const now = options.now ?? new Date();
  if (principal.isPlatformAdmin || principal.memberships.length > 0) throw new ForbiddenError(STAFF_CANNOT_DELETE);
  const open = await prisma.serviceRequest.findMany({
    where: { applicantId: principal.id, status: { notIn: [...CLOSED_STATUSES] } },
    orderBy: { submittedAt: "asc" },
    select: { registrationNumber: true },
  });
  if (open.length > 0) {
    throw new UserError(
      `Anda masih memiliki ${open.length} permohonan yang sedang berjalan (${open.map((r) => r.registrationNumber).join(", ")}). ` +
        "Akun dapat dihapus setelah permohonan tersebut selesai, ditolak, atau dibatalkan.",
    );
  }
  const kind: ErasureKind = "ACCOUNT_DELETION";
  const { keys, summary } = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: principal.id }, select: { email: true } });
    const expired = await tx.$queryRaw<{ id: string; agencyId: string; applicantId: string }[]>`
      SELECT r."id", r."agencyId", r."applicantId" FROM "ServiceRequest" r JOIN "Agency" a ON a."id" = r."agencyId"
      WHERE r."applicantId" = ${principal.id}::uuid AND r."anonymizedAt" IS NULL
        AND COALESCE(r."completedAt", r."updatedAt") < ${now}::timestamptz - make_interval(years => a."retentionYears")`;
    const keys: string[] = [];
    for (const r of expired) keys.push(...(await anonymizeRequestRows(tx, r, now)).keys);
    const kept = await tx.serviceRequest.updateMany({
      where: { applicantId: principal.id, anonymizedAt: null },
      data: { applicantEmail: erasedAddress(principal.id) },
    });
    const notifications = await tx.notification.deleteMany({ where: { userId: principal.id } });
    const mail = await tx.mailMessage.deleteMany({ where: { to: user.email } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.update({
      where: { id: principal.id },
      data: {
        email: erasedAddress(principal.id),
        emailVerified: null,
        name: "Akun dihapus",
        passwordHash: null,
        employeeNumberKind: null,
        employeeNumber: null,
        jabatan: null,
        opdId: null,
        opdOther: null,
        phone: null,
        disabledAt: now,
        erasedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    const summary = {
      requestsKept: kept.count,
      requestsAnonymized: expired.length,
      notificationsDeleted: notifications.count,
      mailDeleted: mail.count,
      documentFilesDeleted: keys.length,
    };
    await tx.dataErasure.create({
      data: {
        kind,
        userId: principal.id,
        at: now,
        reason:
          `Permintaan pemohon (${DELETION_REASONS[input.reason]}): profil, kata sandi, pemberitahuan dan surel dihapus; ` +
          "permohonan dalam masa retensi arsip instansi disimpan tanpa tautan ke akun dan dianonimkan saat masa retensinya berakhir.",
        summary,
      },
    });
    return { keys, summary };
  });
  await removeFiles(store, keys);
  return { requestsKept: summary.requestsKept, requestsAnonymized: summary.requestsAnonymized };
}
