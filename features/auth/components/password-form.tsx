import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-fields";
import { setOwnPassword } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../password-rules";

/** Setting or changing one's own password. The boxes stay empty after an error: a password is never sent back to the page. */
export function SetPasswordForm({ hasPassword }: { hasPassword: boolean }) {
  return (
    <div className="max-w-md">
      <ActionForm action={setOwnPassword} idPrefix="account" submitLabel="Simpan kata sandi" successMessage="Kata sandi tersimpan.">
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
