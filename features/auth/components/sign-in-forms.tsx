"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { t } from "@/lib/i18n";
import { errorMessage } from "../sign-in-errors";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
const buttonClass =
  "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70";

export function EmailLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!EMAIL.test(email.trim())) return setError(t("auth.error.emailInvalid"));
    setBusy(true);
    setError(null);
    const result = await signIn("email", { email: email.trim(), callbackUrl, redirect: false }).catch(() => null);
    setBusy(false);
    if (!result) return setError(t("auth.error.generic"));
    if (result?.error) return setError(errorMessage(result.error));
    if (result?.url && new URL(result.url, window.location.href).searchParams.get("error")) {
      return setError(errorMessage(new URL(result.url, window.location.href).searchParams.get("error")));
    }
    router.push("/masuk/cek-email");
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="link-heading">
      <h2 id="link-heading" className="text-lg font-semibold">
        {t("auth.linkHeading")}
      </h2>
      <div className="space-y-1">
        <label htmlFor="link-email" className="block font-medium">
          {t("auth.email")}
        </label>
        <input
          id="link-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby="link-email-hint link-email-error"
          className={inputClass}
        />
        <p id="link-email-hint" className="text-sm text-slate-600">
          {t("auth.emailHint")}
        </p>
        {error && (
          <p id="link-email-error" role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? t("auth.sending") : t("auth.sendLink")}
      </button>
    </form>
  );
}

export function PasswordForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!EMAIL.test(email.trim())) return setError(t("auth.error.emailInvalid"));
    if (!password) return setError(t("auth.error.passwordRequired"));
    setBusy(true);
    setError(null);
    const result = await signIn("password", { email: email.trim(), password, callbackUrl, redirect: false }).catch(() => null);
    if (result?.error || !result?.ok) {
      setBusy(false);
      return setError(errorMessage(result?.error ?? "generic"));
    }
    // A full navigation so every server component sees the new session.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("auth.passwordHeading")}
      </h2>
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="pw-email" className="block font-medium">
          {t("auth.email")}
        </label>
        <input
          id="pw-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="pw-password" className="block font-medium">
          {t("auth.password")}
        </label>
        <input
          id="pw-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? t("auth.signingIn") : t("auth.submitPassword")}
      </button>
    </form>
  );
}
