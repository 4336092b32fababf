import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-fields";
import { t } from "@/lib/i18n";
import { setOwnPassword } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../password-rules";

/** Setting or changing one's own password. The boxes stay empty after an error: a password is never sent back to the page. */
export function SetPasswordForm({ hasPassword }: { hasPassword: boolean }) {
  return (
    <div className="max-w-md space-y-2">
      <p className="text-sm text-slate-700">{t("account.sessionsNote")}</p>
      <ActionForm action={setOwnPassword} idPrefix="account" submitLabel="Simpan kata sandi" successMessage={t("account.passwordSaved")}>
        {hasPassword && (
          <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("account.currentPassword")} />
        )}
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={hasPassword ? "Kata sandi baru" : "Kata sandi"}
          hint={`Minimal ${MIN_PASSWORD_LENGTH} karakter.`}
        />
        <TextField name="confirm" type="password" autoComplete="new-password" label="Ulangi kata sandi" />
      </ActionForm>
    </div>
  );
}
