/**
 * The lingkup layanan a request asks for: which choices a service accepts (one, or several where
 * its standard lets one letter ask for several) and how they read. Pure.
 */
type Scope = { code: string; name: string };

/** Why the chosen lingkup cannot be accepted, or null when they can. */
export function scopeSelectionProblem(
  config: { scopes: readonly Scope[]; multipleScopes: boolean },
  chosen: readonly string[],
): string | null {
  if (config.scopes.length === 0) return chosen.length > 0 ? "Layanan ini tidak memiliki pilihan lingkup layanan." : null;
  if (chosen.length === 0) {
    return config.multipleScopes ? "Pilih minimal satu lingkup layanan yang Anda mohonkan." : "Pilih lingkup layanan yang Anda mohonkan.";
  }
  const unknown = [...new Set(chosen.filter((code) => !config.scopes.some((s) => s.code === code)))];
  if (unknown.length > 0) {
    return `Lingkup layanan ${unknown.map((c) => `“${c}”`).join(", ")} tidak tersedia pada layanan ini. Pilih dari daftar: ${config.scopes.map((s) => s.name).join(", ")}.`;
  }
  if (!config.multipleScopes && new Set(chosen).size > 1) {
    return "Layanan ini melayani satu lingkup per permohonan. Pilih satu lingkup; ajukan permohonan terpisah untuk lingkup lainnya.";
  }
  return null;
}

/** The chosen lingkup once each, in the order the service lists them. */
export function orderedScopeCodes(config: { scopes: readonly Scope[] }, chosen: readonly string[]): string[] {
  return config.scopes.map((s) => s.code).filter((code) => chosen.includes(code));
}

/**
 * The names of a request's lingkup, e.g. "Hosting, Subdomain, Email", in the order stored (the
 * service's); a code the service no longer lists shows as itself. Null for none.
 */
export function scopeNamesOf(scopes: readonly Scope[], codes: readonly string[]): string | null {
  const names = codes.map((code) => scopes.find((s) => s.code === code)?.name ?? code);
  return names.length > 0 ? names.join(", ") : null;
}
