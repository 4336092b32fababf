"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-fields";
import { t } from "@/lib/i18n";
import { errorMessage } from "../sign-in-errors";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A problem with one field (shown next to it) or with the attempt as a whole (shown above). */
type Problem = { field?: "email" | "password"; message: string } | null;

/** The field at fault takes focus, so a screen reader reads its error with it. */
function useProblem(initial: Problem, ids: Record<"email" | "password", string>) {
  const [problem, setProblem] = useState<Problem>(initial);
  const report = (next: Problem) => {
    setProblem(next);
    if (next?.field) requestAnimationFrame(() => document.getElementById(ids[next.field!])?.focus());
  };
  return [problem, report] as const;
}

export function EmailLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useProblem(null, { email: "link-email", password: "link-email" });
  const [busy, setBusy] = useState(false);
  const router = useRouter();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!EMAIL.test(email.trim())) return setProblem({ field: "email", message: t("auth.error.emailInvalid") });
    setBusy(true);
    setProblem(null);
    const result = await signIn("email", { email: email.trim(), callbackUrl, redirect: false }).catch(() => null);
    setBusy(false);
    const code = !result
      ? "generic"
      : (result.error ?? (result.url ? new URL(result.url, window.location.href).searchParams.get("error") : null));
    if (code) return setProblem({ field: "email", message: errorMessage(code) ?? t("auth.error.generic") });
    router.push("/masuk/cek-email");
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="link-heading">
      <h2 id="link-heading" className="text-lg font-semibold">
        {t("auth.linkHeading")}
      </h2>
      <TextField
        id="link-email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("auth.email")}
        hint={t("auth.emailHint")}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={problem?.message}
      />
      <SubmitButton pending={busy} pendingLabel={t("auth.sending")}>
        {t("auth.sendLink")}
      </SubmitButton>
    </form>
  );
}

export function PasswordForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useProblem(initialError ? { message: initialError } : null, { email: "pw-email", password: "pw-password" });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!EMAIL.test(email.trim())) return setProblem({ field: "email", message: t("auth.error.emailInvalid") });
    if (!password) return setProblem({ field: "password", message: t("auth.error.passwordRequired") });
    setBusy(true);
    setProblem(null);
    const result = await signIn("password", { email: email.trim(), password, callbackUrl, redirect: false }).catch(() => null);
    if (result?.error || !result?.ok) {
      setBusy(false);
      return setProblem({ message: errorMessage(result?.error ?? "generic") ?? t("auth.error.generic") });
    }
    // A full navigation so every server component sees the new session.
    window.location.assign(callbackUrl);
  }

  const fieldError = (field: "email" | "password") => (problem?.field === field ? problem.message : undefined);
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("auth.passwordHeading")}
      </h2>
      {problem && !problem.field && <FormMessage tone="error">{problem.message}</FormMessage>}
      <TextField
        id="pw-email"
        name="email"
        type="email"
        autoComplete="username"
        label={t("auth.email")}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError("email")}
      />
      <TextField
        id="pw-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("auth.password")}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError("password")}
      />
      <SubmitButton pending={busy} pendingLabel={t("auth.signingIn")}>
        {t("auth.submitPassword")}
      </SubmitButton>
    </form>
  );
}
