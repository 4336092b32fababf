import { t, type MessageKey } from "@/lib/i18n";

/** The sign-in error codes of next-auth and ours, as Indonesian messages. */
export function errorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith("RateLimited")) {
    const seconds = Number(code.split(":")[1] ?? 900);
    return t("auth.error.RateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  const key = `auth.error.${code}` as MessageKey;
  const known = ["CredentialsSignin", "StaffUsePassword", "Verification", "EmailSignin", "AccessDenied"];
  return known.includes(code) ? t(key) : t("auth.error.generic");
}
