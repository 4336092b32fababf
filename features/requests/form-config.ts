import type { Catalog } from "../catalog/snapshot";
import { identityKindsFor } from "./form-schema";
import type { LoadedFormConfig } from "./submit";

/**
 * A service's form configuration from the in-memory catalog (no query on the submission path).
 * Same shape as the database loader in submit.ts; only published services are in the catalog.
 */
export function formConfigFromCatalog(catalog: Catalog, serviceId: string): LoadedFormConfig | null {
  const service = catalog.services.find((s) => s.id === serviceId);
  const agency = service && catalog.agencies.find((a) => a.id === service.agencyId);
  if (!service || !agency) return null;
  return {
    config: {
      serviceId: service.id,
      agencyName: agency.name,
      timeZone: agency.timeZone,
      agencyDomain: agency.domain,
      identityKinds: identityKindsFor(service),
      scopes: service.scopes.map((s) => ({ code: s.code, name: s.name })),
      multipleScopes: service.multipleScopes,
      fields: service.requestFields,
      documents: service.documents,
      opds: catalog.opds.filter((o) => o.agencyId === agency.id).map((o) => ({ id: o.id, name: o.name })),
    },
    agency: { id: agency.id, code: agency.code, timeZone: agency.timeZone },
    allowedEmailDomains: service.allowedEmailDomains,
  };
}
