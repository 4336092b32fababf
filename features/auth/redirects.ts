/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeCallbackUrl(raw: string | string[] | undefined, fallback = "/permohonan"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value.slice(0, 500);
}
