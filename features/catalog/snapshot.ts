import type { RequestField } from "../requests/fields";
import type { SlaPolicy } from "../sla/policy";
import type { ComplaintDeadline, ContactChannel, Definition, ExtraSection, RichText, StandardComponentKey, WeeklyHours } from "./content";

/**
 * The public catalog as the pages read it: every agency and every published service with its
 * standard. Pure types and lookups; loading lives in queries.ts.
 */
export interface CatalogAgency {
  id: string;
  slug: string;
  code: string;
  name: string;
  shortName: string;
  unitName: string | null;
  level: "PROVINSI" | "KABUPATEN" | "KOTA";
  region: string;
  province: string;
  timeZone: string;
  domain: string | null;
  address: string | null;
  contactChannels: ContactChannel[];
  complaintChannels: ContactChannel[];
  complaintFlow: RichText | null;
  complaintDeadlines: ComplaintDeadline[];
  maklumat: string | null;
  workingHours: WeeklyHours;
  sourceNote: string | null;
}

export interface CatalogService {
  id: string;
  agencyId: string;
  slug: string;
  name: string;
  category: { slug: string; name: string } | null;
  officialNumber: string | null;
  establishedOn: Date | null;
  summary: string;
  description: RichText | null;
  definitions: Definition[];
  generalProvisions: RichText | null;
  recipientsText: RichText | null;
  allowsAsn: boolean;
  allowsNonAsn: boolean;
  allowsPublic: boolean;
  allowedEmailDomains: string[];
  slaText: string | null;
  slaPolicy: SlaPolicy | null;
  availabilityTarget: number | null;
  extraSections: ExtraSection[];
  keywords: string[];
  requestFields: RequestField[];
  /** Whether one request may ask for several of its lingkup. */
  multipleScopes: boolean;
  sourceNote: string | null;
  scopes: {
    code: string;
    name: string;
    description: RichText | null;
    slaText: string | null;
    slaPolicy: SlaPolicy | null;
  }[];
  components: Partial<Record<StandardComponentKey, RichText>>;
  documents: {
    code: string;
    name: string;
    description: string | null;
    required: boolean;
    allowedTypes: string[];
    maxSizeBytes: number;
  }[];
  steps: {
    position: number;
    actor: string | null;
    description: string;
    inputs: string | null;
    normText: string | null;
    normMinutes: number | null;
    output: string | null;
  }[];
}

export interface Catalog {
  agencies: CatalogAgency[];
  services: CatalogService[];
  /** Active OPDs of every agency, by name. */
  opds: { id: string; agencyId: string; name: string }[];
}

export function findAgency(catalog: Catalog, slug: string): CatalogAgency | undefined {
  return catalog.agencies.find((a) => a.slug === slug);
}

export function servicesOf(catalog: Catalog, agencyId: string): CatalogService[] {
  return catalog.services.filter((s) => s.agencyId === agencyId);
}

export function findService(
  catalog: Catalog,
  agencySlug: string,
  serviceSlug: string,
): { agency: CatalogAgency; service: CatalogService } | undefined {
  const agency = findAgency(catalog, agencySlug);
  if (!agency) return undefined;
  const service = catalog.services.find((s) => s.agencyId === agency.id && s.slug === serviceSlug);
  return service ? { agency, service } : undefined;
}
