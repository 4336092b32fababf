import { richTextToPlain } from "./content";
import type { Catalog, CatalogAgency, CatalogService } from "./snapshot";

/**
 * Catalog search by name and keyword. Pure and in memory: the public catalog is small (tens of
 * services per agency) and already loaded, so this answers in microseconds with no query.
 * Every word of the query must match somewhere; matches in the name and keywords rank first.
 */
export interface SearchHit {
  service: CatalogService;
  agency: CatalogAgency;
  score: number;
}

export const MAX_QUERY_LENGTH = 100;

export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function parseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").slice(0, MAX_QUERY_LENGTH).trim();
}

interface Indexed {
  service: CatalogService;
  agency: CatalogAgency;
  strong: string;
  weak: string;
}

const indexCache = new WeakMap<Catalog, Indexed[]>();

function indexOf(catalog: Catalog): Indexed[] {
  let index = indexCache.get(catalog);
  if (!index) {
    const agencies = new Map(catalog.agencies.map((a) => [a.id, a]));
    index = catalog.services.flatMap((service) => {
      const agency = agencies.get(service.agencyId);
      if (!agency) return [];
      const strong = normalize([service.name, ...service.keywords, ...service.scopes.map((s) => s.name)].join(" "));
      const weak = normalize(
        [
          service.summary,
          service.category?.name ?? "",
          agency.name,
          agency.shortName,
          agency.region,
          agency.province,
          richTextToPlain(service.description),
        ].join(" "),
      );
      return [{ service, agency, strong: ` ${strong} `, weak: ` ${weak} ` }];
    });
    indexCache.set(catalog, index);
  }
  return index;
}

export function searchCatalog(catalog: Catalog, query: string): SearchHit[] {
  const words = normalize(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of indexOf(catalog)) {
    let score = 0;
    let all = true;
    for (const w of words) {
      if (entry.strong.includes(` ${w}`)) score += entry.strong.includes(` ${w} `) ? 3 : 2;
      else if (entry.weak.includes(` ${w}`)) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) hits.push({ service: entry.service, agency: entry.agency, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name, "id"));
}
