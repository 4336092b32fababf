/**
 * Which agency's report a staff member opens: one of the agencies whose desk they may open
 * (`deskAgencies`: any staff role there; platform admins: all), by slug, or the first one when none
 * is named. An agency they do not belong to is `null` exactly like an unknown slug, so exports
 * answer 404 either way.
 */
export function chooseReportAgency<A extends { slug: string }>(agencies: readonly A[], slug: string | undefined): A | null {
  if (slug === undefined || slug === "") return agencies[0] ?? null;
  return agencies.find((a) => a.slug === slug) ?? null;
}
