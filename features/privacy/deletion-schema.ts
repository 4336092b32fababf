import { z } from "@/lib/validation";

/** The account deletion form's one schema and choices, shared by the form and the action. */
export const CONFIRM_PHRASE = "HAPUS AKUN SAYA";

export const DELETION_REASONS = {
  TIDAK_DIPERLUKAN: "Tidak lagi memerlukan layanan Loket",
  PRIVASI: "Tidak ingin data pribadi disimpan",
  AKUN_LAIN: "Memakai akun lain",
  LAINNYA: "Alasan lain",
} as const;
export type DeletionReason = keyof typeof DELETION_REASONS;

export const deleteAccountSchema = z.object({
  reason: z.enum(Object.keys(DELETION_REASONS) as [DeletionReason, ...DeletionReason[]], { error: "Pilih alasan penghapusan." }),
  confirm: z
    .string({ error: `Ketik ${CONFIRM_PHRASE} untuk mengonfirmasi.` })
    .trim()
    .refine((v) => v.toUpperCase() === CONFIRM_PHRASE, { error: `Ketik ${CONFIRM_PHRASE} untuk mengonfirmasi.` }),
});
