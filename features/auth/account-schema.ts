import { z } from "@/lib/validation";
import { t } from "@/lib/i18n";
import { MIN_PASSWORD_LENGTH } from "./password-rules";

/** Setting (or changing) one's password. Shared by the form and the action. */
export const setPasswordSchema = z
  .object({
    /** Required (by the action) when the account already has a password. */
    currentPassword: z
      .string({ error: t("account.error.currentPasswordRequired") })
      .max(200, { error: t("account.error.currentPasswordWrong") })
      .optional(),
    password: z
      .string({ error: "Isi kata sandi baru." })
      .min(MIN_PASSWORD_LENGTH, { error: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.` })
      .max(200, { error: "Kata sandi paling banyak 200 karakter." }),
    confirm: z.string({ error: "Ulangi kata sandi baru." }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "Kedua kata sandi tidak sama." });
