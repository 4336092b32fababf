"use client";

import { useActionState } from "react";
import { setOwnPassword } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../password-rules";

const input = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function SetPasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState(setOwnPassword, null);
  const errors = state?.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      {state?.status === "ok" && <p role="status" className="rounded-md border border-emerald-400 bg-emerald-50 p-2">Kata sandi tersimpan.</p>}
      {state?.status === "error" && <p role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-red-800">{state.message}</p>}
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">{hasPassword ? "Kata sandi baru" : "Kata sandi"}</label>
        <input id="password" name="password" type="password" autoComplete="new-password" className={input}
          aria-invalid={errors.password ? true : undefined} aria-describedby="password-hint password-error" />
        <p id="password-hint" className="text-sm text-slate-600">Minimal {MIN_PASSWORD_LENGTH} karakter.</p>
        {errors.password && <p id="password-error" className="text-sm font-medium text-red-700">{errors.password.join(" ")}</p>}
      </div>
      <div className="space-y-1">
        <label htmlFor="confirm" className="block font-medium">Ulangi kata sandi</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" className={input}
          aria-invalid={errors.confirm ? true : undefined} aria-describedby="confirm-error" />
        {errors.confirm && <p id="confirm-error" className="text-sm font-medium text-red-700">{errors.confirm.join(" ")}</p>}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? "Menyimpan…" : "Simpan kata sandi"}
      </button>
    </form>
  );
}
