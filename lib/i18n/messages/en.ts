import type { MessageKey } from "./id";

/** English interface text. Partial: a missing key falls back to Indonesian. */
export const en: Partial<Record<MessageKey, string>> = {
  "app.tagline": "Local government IT services, open and measured",
  "app.skipToContent": "Skip to content",
  "demo.banner.label": "Demo mode notice",
  "demo.banner.title": "Demo mode.",
  "demo.banner.text":
    "The catalog, accounts and requests here are sample data; the demo accounts' passwords are published and every e-mail is readable by anyone. Do not enter real data.",
  "nav.catalog": "Service catalog",
  "nav.track": "Track a request",
  "home.title": "Local Government IT Service Catalog",
  "home.searchLabel": "Search services",
  "home.searchButton": "Search",
  "service.apply": "Apply",
  "service.notStated": "Not stated by the agency.",
  "notFound.title": "Page not found",
  "agency.performanceLink": "Service performance",
  "performance.title": "Service performance of {agency}",
  "history.older": "Show {count} earlier entries",
  "history.newest": "Back to the newest entries",
  "history.invalidCursor": "The history page link is not valid; the newest entries are shown.",
  "history.trackingLimit": "Showing the newest {count} entries. The full history is on the request page after you sign in.",
};
